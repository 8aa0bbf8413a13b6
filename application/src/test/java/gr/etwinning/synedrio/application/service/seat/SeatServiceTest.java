package gr.etwinning.synedrio.application.service.seat;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsCommand;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.Row;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase.BookWorkshopCommand;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase.CancelBookingCommand;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase.SetCapacityCommand;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seat and registration services over in-memory ports: the rules without a database. */
class SeatServiceTest {

    static final LocalDate SATURDAY = LocalDate.of(2021, 11, 20);

    private final InMemorySeats ports = new InMemorySeats(List.of(
            new WorkshopSlot(ContributionId.of("d2-workshop-01"), SATURDAY,
                    new TimeRange(LocalTime.of(10, 0), LocalTime.of(11, 0))),
            new WorkshopSlot(ContributionId.of("d2-workshop-02"), SATURDAY,
                    new TimeRange(LocalTime.of(10, 30), LocalTime.of(11, 30))),
            new WorkshopSlot(ContributionId.of("d3-workshop-01"), SATURDAY.plusDays(1), null)));
    private final RegistrationService registrations = new RegistrationService(ports, ports, ports, ports,
            () -> Instant.parse("2021-11-01T08:00:00Z"), new gr.etwinning.synedrio.application.fakes.InMemoryOutbox(), ports,
            new gr.etwinning.synedrio.application.service.registration.RegistrationMails("https://synedrio.example"));
    private final SeatService seats = new SeatService(ports, ports, ports, ports,
            () -> Instant.parse("2021-11-01T09:00:00Z"));

    static RegistrationData teacher(String name, String email) {
        return new RegistrationData(name, email, "7ο Νηπιαγωγείο Κατερίνης", "ΠΕ60", "Πρωτοβάθμια", true, null);
    }

    private String register(String name, String email) {
        return registrations.register(new RegisterCommand(7, teacher(name, email))).registration().code();
    }

    private String book(String code, String workshop) {
        return seats.book(new BookWorkshopCommand(code, workshop)).booking().status();
    }

    @Test
    void givenABookingRunAgainAfterItWasStoredWhenBookingThenItIsAnsweredAsStoredAndCountedOnce() {
        List<String> counted = new java.util.ArrayList<>();
        MetricsPort metrics = new MetricsPort() {
            @Override
            public void bookingMade(boolean confirmed) {
                counted.add(confirmed ? "booking confirmed" : "booking waiting");
            }

            @Override
            public void registrationMade() {
                counted.add("registration");
            }

            @Override
            public void transactionRetried(RetryCause cause) {
            }

            @Override
            public void waitedForConnection(long nanos) {
            }

            @Override
            public void refusedUnavailable() {
            }
        };
        RegistrationService counting = new RegistrationService(ports, ports, ports, ports,
                () -> Instant.parse("2021-11-01T08:00:00Z"), new gr.etwinning.synedrio.application.fakes.InMemoryOutbox(), ports,
                new gr.etwinning.synedrio.application.service.registration.RegistrationMails("https://synedrio.example"),
                metrics);
        SeatService countingSeats = new SeatService(ports, ports, ports, ports,
                () -> Instant.parse("2021-11-01T09:00:00Z"), metrics);
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-01", 1));
        String code = counting.register(new RegisterCommand(7, teacher("Ευαγγελία Τσιρίγου", "e.tsirigou@sch.gr")))
                .registration().code();
        counting.register(new RegisterCommand(7, teacher("ΕΥΑΓΓΕΛΙΑ ΤΣΙΡΙΓΟΥ", "E.Tsirigou@sch.gr")));

        // The second run is what Database does after a connection lost with the first run's commit done.
        var first = countingSeats.book(new BookWorkshopCommand(code, "d2-workshop-01"));
        var again = countingSeats.book(new BookWorkshopCommand(code, "d2-workshop-01"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.booking().status()).isEqualTo("confirmed");
        assertThat(again.booking().workshop()).isEqualTo(first.booking().workshop());
        assertThat(again.booking().bookedAt()).isEqualTo(first.booking().bookedAt());
        assertThat(counted).containsExactly("registration", "booking confirmed");
    }

    @Test
    void givenFullWorkshopWhenBookingThenParticipantIsWaitlisted() {
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-01", 1));
        assertThat(book(register("Παρασκευή Καρέλλα", "p.karella@sch.gr"), "d2-workshop-01")).isEqualTo("confirmed");
        assertThat(book(register("Κωνσταντία Μανουσαρίδου", "k.manousaridou@sch.gr"), "d2-workshop-01"))
                .isEqualTo("waiting");
    }

    @Test
    void givenWaitingParticipantsWhenAConfirmedSeatIsCancelledThenTheFirstInLineIsPromoted() {
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-01", 1));
        String first = register("Βασιλική Γεωργαντά", "v.georganta@sch.gr");
        String second = register("Μαρία Γκιζλή", "m.gizli@sch.gr");
        String third = register("Σοφία Νίκα", "s.nika@sch.gr");
        book(first, "d2-workshop-01");
        book(second, "d2-workshop-01");
        book(third, "d2-workshop-01");

        var cancelled = seats.cancel(new CancelBookingCommand(first, "d2-workshop-01"));
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.cancelledBooking()).isEqualTo("confirmed");
        assertThat(cancelled.promoted()).isEqualTo(1);
        assertThat(cancelled.left()).isZero();
        assertThat(cancelled.waiting()).isEqualTo(1);
        assertThat(registrations.getRegistration(second).bookings().get(0).status()).isEqualTo("confirmed");
        assertThat(registrations.getRegistration(third).bookings().get(0).waitingPosition()).isEqualTo(1);
        var leftTheList = seats.cancel(new CancelBookingCommand(third, "d2-workshop-01"));
        assertThat(leftTheList).isEqualTo(new CancelBookingUseCase.Cancelled("d2-workshop-01", "cancelled", "waiting",
                0, false, 0, 0));
    }

    @Test
    void givenABookingOfAnOverlappingWorkshopWhenBookingThenItIsRefused() {
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-01", 5));
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-02", 5));
        String code = register("Αναστασία Σουσιάδου", "a.sousiadou@sch.gr");
        book(code, "d2-workshop-01");
        assertThatThrownBy(() -> book(code, "d2-workshop-02")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("overlaps");
    }

    @Test
    void givenAWorkshopNotOpenedWhenBookingThenTheParticipantIsToldItIsNotOpenYet() {
        String code = register("Στυλιανή Κέτσιου", "s.ketsiou@sch.gr");
        assertThatThrownBy(() -> book(code, "d3-workshop-01")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not open for booking");
        assertThatThrownBy(() -> book(code, "d9-none")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenTheSameEmailInCapitalsWhenRegisteringAgainThenTheSameRegistrationIsUpdated() {
        String code = register("Μαργαρίτα Σαμουτιάν", "m.samoutian@sch.gr");
        var again = registrations.register(new RegisterCommand(7, teacher("ΜΑΡΓΑΡΙΤΑ ΣΑΜΟΥΤΙΑΝ", "M.SAMOUTIAN@SCH.GR")));
        assertThat(again.created()).isFalse();
        assertThat(again.registration().code()).isEqualTo(code);
        assertThat(registrations.listRegistrations(7)).hasSize(1);
    }

    @Test
    void givenNoConsentWhenRegisteringThenItIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> registrations.register(new RegisterCommand(7, new RegistrationData(
                "Ελένη Τσιργιώτη", "e.tsirgioti@sch.gr", "Νηπιαγωγείο Αυλωναρίου", null, null, false, null))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("consent");
        assertThat(registrations.listRegistrations(7)).isEmpty();
    }

    @Test
    void givenAFileWithBadRowsWhenImportingThenExactlyThoseAreRefusedAndNothingIsWrittenUnlessSkipping() {
        List<Row> rows = List.of(
                new Row(2, teacher("Δήμητρα Διαμαντοπούλου", "d.diamantopoulou@sch.gr")),
                new Row(3, teacher("", "x@sch.gr")),
                new Row(4, teacher("Γεωργία Λάσκαρη", "D.Diamantopoulou@sch.gr")),
                new Row(5, teacher("Σωτηρία Μαρώλια", "s.marolia@sch.gr")));
        ImportRegistrationsReport dry = registrations.importRegistrations(new ImportRegistrationsCommand(7, rows,
                false, false));
        assertThat(dry.written()).isFalse();
        assertThat(dry.refused()).extracting(r -> r.line()).containsExactly(3, 4);
        assertThat(registrations.listRegistrations(7)).isEmpty();

        ImportRegistrationsReport skipped = registrations.importRegistrations(new ImportRegistrationsCommand(7, rows,
                true, false));
        assertThat(skipped.created()).isEqualTo(2);
        assertThat(registrations.listRegistrations(7)).extracting(r -> r.fullName())
                .containsExactly("Δήμητρα Διαμαντοπούλου", "Σωτηρία Μαρώλια");
    }

    @Test
    void givenAParticipantOnAWaitingListWhenErasedThenTheWaitingPlaceIsGivenUpAndTheSeatKept() {
        seats.setCapacity(new SetCapacityCommand(7, "d2-workshop-01", 1));
        seats.setCapacity(new SetCapacityCommand(7, "d3-workshop-01", 1));
        book(register("Ειρήνη Παπαδοπετράκη", "e.papadopetraki@sch.gr"), "d2-workshop-01");
        String code = register("Σταυρούλα Σκιαδά", "s.skiada@sch.gr");
        book(code, "d2-workshop-01");
        book(code, "d3-workshop-01");

        var report = registrations.erase(new EraseParticipantCommand("S.Skiada@sch.gr", 7));
        assertThat(report.waitingPlacesGivenUp()).isEqualTo(1);
        assertThat(report.seatsKeptAnonymously()).isEqualTo(1);
        assertThat(ports.isErased(2)).isTrue();
        assertThat(seats.listWorkshops(7)).extracting(w -> w.workshop() + " " + w.booked() + "/" + w.waiting())
                .containsExactly("d2-workshop-01 1/0", "d2-workshop-02 null/null", "d3-workshop-01 1/0");
    }
}
