package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The participant's own page in one read transaction: registration, bookings, edition, booking limit, certificate.
 * The edition's dates are judged in its own time zone: details may be changed before its first day begins, and the
 * edition is over once its last day has ended.
 */
@Singleton
public final class MyRegistrationService implements GetMyRegistrationUseCase {

    private final ConferenceRepository conferences;
    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final CertificateRepository certificates;
    private final TransactionPort transactions;
    private final ClockPort clock;

    @Inject
    public MyRegistrationService(ConferenceRepository conferences, RegistrationRepository registrations,
                                 SeatRepository seats, CertificateRepository certificates,
                                 TransactionPort transactions, ClockPort clock) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.seats = Objects.requireNonNull(seats, "'seats' must not be null");
        this.certificates = Objects.requireNonNull(certificates, "'certificates' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public MyRegistration myRegistration(String code) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Registration r = registrations.findByCode(Registrations.code(code))
                    .orElseThrow(Registrations::unknownCode);
            ConferenceDetails details = conferences.listAll().stream()
                    .filter(c -> c.edition().equals(r.edition())).map(ConferenceListing::details).findFirst()
                    .orElseThrow(() -> ConferenceService.notFound(r.edition()));
            Instant starts = Registrations.begins(details);
            Instant ends = Registrations.ends(details);
            Optional<Certificate> certificate = certificates.findByRegistration(r.edition(), r.id());
            return new MyRegistration(Registrations.view(r, seats.bookingsOf(r.id())), details.title(),
                    details.startDate(), details.endDate(), now.isBefore(starts), !now.isBefore(ends),
                    seats.limit(r.edition()).value(),
                    certificate.map(c -> c.code().value()).orElse(null),
                    certificate.map(c -> c.revokedAt() != null).orElse(false));
        });
    }
}
