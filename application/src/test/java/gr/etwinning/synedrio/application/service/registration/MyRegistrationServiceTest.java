package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.InMemoryCertificates;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryOutbox;
import gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase.MyRegistration;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase.UpdateRegistrationCommand;
import gr.etwinning.synedrio.application.service.seat.InMemorySeats;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.certificate.VerificationCode;
import gr.etwinning.synedrio.domain.fixtures.DomainFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The participant's own page over in-memory ports: the details change until the edition's first day begins in
 * Athens (19 November 2021, 00:00 = 18 November 22:00 UTC), the edition is over when its last day has ended, and the
 * certificate appears once issued.
 */
class MyRegistrationServiceTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2021-11-01T08:00:00Z"));
    private final InMemorySeats seats = new InMemorySeats(List.of());
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(id ->
            java.util.Optional.empty());
    private final InMemoryCertificates certificates = new InMemoryCertificates();
    private final RegistrationService registrations = new RegistrationService(conferences, seats, seats, seats,
            now::get, new InMemoryOutbox(), seats, new RegistrationMails("https://x"));
    private final MyRegistrationService mine = new MyRegistrationService(conferences, seats, seats, certificates,
            seats, now::get);
    private String code;

    @BeforeEach
    void registered() {
        conferences.add(gr.etwinning.synedrio.domain.conference.Conference.plan(DomainFixtures.EDITION,
                DomainFixtures.details(java.time.LocalDate.of(2021, 11, 19), java.time.LocalDate.of(2021, 11, 21))));
        code = registrations.register(new RegisterCommand(7, data("Ελένη Ζαχαρίου"))).registration().code();
    }

    private static RegistrationData data(String name) {
        return new RegistrationData(name, "eleni@sch.gr", "1ο Γυμνάσιο Βόλου", null, "secondary", true, null);
    }

    @Test
    void theDetailsChangeUntilTheFirstDayBeginsInAthensAndNotAfter() {
        now.set(Instant.parse("2021-11-18T21:59:59Z"));
        MyRegistration before = mine.myRegistration(code);
        assertThat(before.editable()).isTrue();
        assertThat(before.over()).isFalse();
        assertThat(before.bookingLimit()).isEqualTo(2);
        assertThat(registrations.updateRegistration(new UpdateRegistrationCommand(code, data("Ελένη Ζαχαρίου-Παππά")))
                .fullName()).isEqualTo("Ελένη Ζαχαρίου-Παππά");

        now.set(Instant.parse("2021-11-18T22:00:00Z"));
        assertThat(mine.myRegistration(code).editable()).isFalse();
        assertThatThrownBy(() -> registrations.updateRegistration(new UpdateRegistrationCommand(code,
                data("Ελένη Παππά")))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("details-editable-until-start"));
        assertThat(mine.myRegistration(code).registration().fullName()).isEqualTo("Ελένη Ζαχαρίου-Παππά");
    }

    @Test
    void overWhenTheLastDayHasEndedWithTheCertificateOnceIssued() {
        now.set(Instant.parse("2021-11-21T21:59:59Z"));
        assertThat(mine.myRegistration(code).over()).isFalse();
        now.set(Instant.parse("2021-11-21T22:00:00Z"));
        MyRegistration after = mine.myRegistration(code);
        assertThat(after.over()).isTrue();
        assertThat(after.certificateCode()).isNull();

        long id = seats.findByCode(Registrations.code(code)).orElseThrow().id();
        certificates.addAll(List.of(new Certificate(null, DomainFixtures.EDITION, id, VerificationCode.of(12345L),
                "Ελένη Ζαχαρίου", 60, 1, now.get(), null, null)));
        assertThat(mine.myRegistration(code).certificateCode()).isEqualTo(VerificationCode.of(12345L).value());
        assertThat(mine.myRegistration(code).certificateRevoked()).isFalse();
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        assertThatThrownBy(() -> mine.myRegistration("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.myRegistration("../x")).isInstanceOf(NotFoundException.class);
    }
}
