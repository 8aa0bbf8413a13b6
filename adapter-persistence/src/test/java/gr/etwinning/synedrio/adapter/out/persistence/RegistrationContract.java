package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.service.seat.SeatKeepingConferences;

import gr.etwinning.synedrio.adapter.out.persistence.generated.DefaultSchema;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.Registered;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase.BookWorkshopCommand;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase.Booked;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase.CancelBookingCommand;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase.SetBookingLimitCommand;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase.SetCapacityCommand;
import gr.etwinning.synedrio.application.port.in.seat.WorkshopSeatsData;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.application.service.seat.SeatService;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.text.GreekText;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.BOOKING;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.MAIL_JOB;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.MAIL_OUTBOX;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.WORKSHOP_SEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registrations and seats on a real database, through the real services: what H2 and MariaDB must both do,
 * including hundreds of concurrent bookings racing for the last seats. Each test gets a fresh database.
 */
abstract class RegistrationContract {

    protected Database database;
    protected ConferenceRepository conferences;
    protected RegistrationService registrations;
    protected JooqOutbox outbox;
    protected SeatService seats;
    protected JooqSeatRepository seatStore;
    private DatabaseSettings settings;
    private final AtomicLong millis = new AtomicLong(Instant.parse("2021-11-01T07:00:00Z").toEpochMilli());

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    static final EditionNumber SEVENTH = EditionNumber.of(7);
    static final LocalDate SATURDAY = LocalDate.of(2021, 11, 20);

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 16);
        new FlywaySchema(database).ensureCurrent();
        JooqPersonRepository persons = new JooqPersonRepository(database);
        JooqRegistrationRepository registrationRepository = new JooqRegistrationRepository(database);
        JooqSeatRepository seatRepository = new JooqSeatRepository(database);
        seatStore = seatRepository;
        // as the application wires it: every programme replacement keeps the booked workshops
        conferences = new SeatKeepingConferences(new JooqConferenceRepository(database, persons), seatRepository);
        outbox = new JooqOutbox(database);
        registrations = new RegistrationService(conferences, registrationRepository, seatRepository, database,
                () -> Instant.ofEpochMilli(millis.incrementAndGet()), outbox, new JooqMailJobs(database),
                new gr.etwinning.synedrio.application.service.registration.RegistrationMails("https://synedrio.example"));
        seats = new SeatService(conferences, registrationRepository, seatRepository, database,
                () -> Instant.ofEpochMilli(millis.incrementAndGet()));
        Conference c = Conference.plan(SEVENTH, new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning", null,
                LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 21), ConferenceMode.ONLINE, null, null,
                ZoneId.of("Europe/Athens"), List.of()));
        c.replaceProgramme(programme(workshopIds()), id -> Optional.empty());
        database.inTransaction(() -> {
            conferences.add(c);
            return null;
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    static List<String> workshopIds() {
        return List.of("d2-workshop-01", "d2-workshop-02", "d2-workshop-03", "d2-workshop-04", "d2-workshop-05",
                "d2-workshop-06");
    }

    /** Workshops 01 and 02 overlap (10:00–11:30, 11:00–12:30); 03, 05, 06 are later; 04's time is unknown. */
    static Programme programme(List<String> ids) {
        return programme(ids, java.util.Map.of());
    }

    /** The same programme with some workshops at other times. */
    static Programme programme(List<String> ids, java.util.Map<String, TimeRange> moved) {
        List<Contribution> workshops = new ArrayList<>();
        for (String id : ids) {
            TimeRange time = moved.containsKey(id) ? moved.get(id) : switch (id) {
                case "d2-workshop-01" -> new TimeRange(LocalTime.of(10, 0), LocalTime.of(11, 30));
                case "d2-workshop-02" -> new TimeRange(LocalTime.of(11, 0), LocalTime.of(12, 30));
                case "d2-workshop-03" -> new TimeRange(LocalTime.of(13, 0), LocalTime.of(14, 30));
                case "d2-workshop-05" -> new TimeRange(LocalTime.of(15, 0), LocalTime.of(16, 30));
                case "d2-workshop-06" -> new TimeRange(LocalTime.of(17, 0), LocalTime.of(18, 30));
                default -> null;
            };
            workshops.add(new Contribution(ContributionId.of(id), ContributionKind.WORKSHOP,
                    "Εργαστήριο " + id.substring(id.length() - 2), null, List.of(), null, time));
        }
        return new Programme(List.of(new Session(SessionId.of("d2-workshops"), SessionKind.WORKSHOPS,
                "Βιωματικά εργαστήρια", SATURDAY, new TimeRange(LocalTime.of(9, 0), LocalTime.of(19, 0)), null, null,
                null, List.of(), workshops)));
    }

    static RegistrationData teacher(String name, String email) {
        return new RegistrationData(name, email, "1ο Δημοτικό Σχολείο Καλαμάτας", "ΠΕ70 Δασκάλων", "primary",
                true, null);
    }

    String register(String name, String email) {
        return registrations.register(new RegisterCommand(7, teacher(name, email))).registration().code();
    }

    void open(String workshop, int capacity) {
        seats.setCapacity(new SetCapacityCommand(7, workshop, capacity));
    }

    WorkshopSeatsData seatsOf(String workshop) {
        return seats.listWorkshops(7).stream().filter(w -> w.workshop().equals(workshop)).findFirst().orElseThrow();
    }

    Booked book(String code, String workshop) {
        return seats.book(new BookWorkshopCommand(code, workshop));
    }

    @Test
    void registeringAgainWithAKnownAddressChangesNothingAndMailsTheCodeToThatAddressOnly() {
        Registered first = registrations.register(new RegisterCommand(7, teacher("Μαρία Παπαδοπούλου",
                "maria.papadopoulou@sch.gr")));
        Registered again = registrations.register(new RegisterCommand(7, new RegistrationData(
                "Μαρία Παπαδοπούλου-Νικολάου", "  Maria.Papadopoulou@SCH.gr ", "2ο Γυμνάσιο Καλαμάτας",
                "ΠΕ02 Φιλολόγων", "Δευτεροβάθμια", true, null)));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        String code = first.registration().code();
        RegistrationView read = registrations.getRegistration(code);
        assertThat(read.fullName()).isEqualTo("Μαρία Παπαδοπούλου");
        assertThat(read.school()).isEqualTo("1ο Δημοτικό Σχολείο Καλαμάτας");
        assertThat(read.level()).isEqualTo("primary");
        assertThat(registrations.listRegistrations(7)).hasSize(1);

        var mails = database.inTransaction(() -> outbox.claim("test", Instant.now(), Instant.now().plusSeconds(60),
                10));
        assertThat(mails).hasSize(2).allSatisfy(m -> {
            assertThat(m.message().recipient()).isEqualTo("maria.papadopoulou@sch.gr");
            assertThat(m.message().text()).contains(code);
        });
        assertThat(mails.get(1).message().text()).contains("δεν αλλάξαμε τίποτα");

        // The owner of the address confirms the change with the code.
        RegistrationView changed = registrations.updateRegistration(
                new gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase
                        .UpdateRegistrationCommand(code, new RegistrationData("Μαρία Παπαδοπούλου-Νικολάου",
                        "maria.papadopoulou@sch.gr", "2ο Γυμνάσιο Καλαμάτας", "ΠΕ02 Φιλολόγων", "Δευτεροβάθμια",
                        true, null)));
        assertThat(changed.fullName()).isEqualTo("Μαρία Παπαδοπούλου-Νικολάου");
        assertThat(changed.consentAt()).isEqualTo(first.registration().consentAt());
    }

    @Test
    void timesBefore1970AndAfter2038AreStoredAndReadBackExactly() {
        for (String when : List.of("1960-03-01T08:15:30Z", "2039-01-01T00:00:00Z", "2999-12-31T21:59:59Z")) {
            millis.set(Instant.parse(when).toEpochMilli() - 1);
            String code = register("Ζωή Καραγιάννη", "zoi." + when.substring(0, 4) + "@sch.gr");
            RegistrationView read = registrations.getRegistration(code);
            assertThat(read.consentAt()).as(when).isEqualTo(Instant.parse(when));
            assertThat(read.registeredAt()).as(when).isEqualTo(Instant.parse(when));
        }
    }

    @Test
    void aFullWorkshopPutsTheParticipantOnTheWaitingListAndACancellationPromotesTheFirstInLine() {
        open("d2-workshop-03", 1);
        String eleni = register("Ελένη Γεωργίου", "eleni@sch.gr");
        String nikos = register("Νίκος Αθανασίου", "nikos@sch.gr");
        String sofia = register("Σοφία Κωνσταντίνου", "sofia@sch.gr");

        assertThat(book(eleni, "d2-workshop-03").booking().status()).isEqualTo("confirmed");
        Booked nikosBooking = book(nikos, "d2-workshop-03");
        assertThat(nikosBooking.booking().status()).isEqualTo("waiting");
        assertThat(nikosBooking.booking().waitingPosition()).isEqualTo(1);
        assertThat(book(sofia, "d2-workshop-03").booking().waitingPosition()).isEqualTo(2);
        assertThat(book(nikos, "d2-workshop-03").created()).isFalse();

        var cancelled = seats.cancel(new CancelBookingCommand(eleni, "d2-workshop-03"));
        assertThat(cancelled.waitingParticipantPromoted()).isTrue();
        assertThat(registrations.getRegistration(nikos).bookings()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo("confirmed"));
        assertThat(registrations.getRegistration(sofia).bookings().get(0).waitingPosition()).isEqualTo(1);
        WorkshopSeatsData w = seatsOf("d2-workshop-03");
        assertThat(List.of(w.capacity(), w.booked(), w.left(), w.waiting())).containsExactly(1, 1, 0, 1);
    }

    @Test
    void theLimitAndOverlappingTimesAreRefusedAndAWorkshopOfUnknownTimeClashesWithNothing() {
        for (String w : workshopIds()) {
            open(w, 10);
        }
        seats.setBookingLimit(new SetBookingLimitCommand(7, 2));
        String code = register("Γιώργος Δημητρίου", "giorgos@sch.gr");
        book(code, "d2-workshop-01");
        assertThatThrownBy(() -> book(code, "d2-workshop-02")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("overlaps workshop 'd2-workshop-01'")
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("no-overlapping-workshops");
        book(code, "d2-workshop-04");
        assertThatThrownBy(() -> book(code, "d2-workshop-03")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("booking-limit");
        assertThat(registrations.getRegistration(code).bookings()).extracting(b -> b.workshop())
                .containsExactly("d2-workshop-01", "d2-workshop-04");
    }

    @Test
    void aWorkshopWithoutCapacityOrOutsideTheProgrammeCannotBeBooked() {
        String code = register("Άννα Ιωάννου", "anna@sch.gr");
        assertThatThrownBy(() -> book(code, "d2-workshop-05")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not open for booking");
        assertThatThrownBy(() -> book(code, "d9-nowhere")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no workshop 'd9-nowhere'");
        assertThatThrownBy(() -> book("AAAAAAAAAAAAAAAAAAAAAA", "d2-workshop-05"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> open("d9-nowhere", 5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void capacityNeverGoesBelowTheBookedSeatsAndNewSeatsGoToTheWaitingListInOrder() {
        open("d2-workshop-05", 1);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(register("Συμμετέχων " + i, "p" + i + "@sch.gr"));
            book(codes.get(i), "d2-workshop-05");
        }
        assertThatThrownBy(() -> open("d2-workshop-05", 0)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 seats booked");
        open("d2-workshop-05", 3);
        assertThat(registrations.getRegistration(codes.get(1)).bookings().get(0).status()).isEqualTo("confirmed");
        assertThat(registrations.getRegistration(codes.get(2)).bookings().get(0).status()).isEqualTo("confirmed");
        assertThat(registrations.getRegistration(codes.get(3)).bookings().get(0).waitingPosition()).isEqualTo(1);
        assertThat(seatsOf("d2-workshop-05").waiting()).isEqualTo(1);
    }

    @Test
    void aProgrammeThatDropsABookedWorkshopIsRefusedButAnUnbookedOneMayGo() {
        open("d2-workshop-01", 5);
        open("d2-workshop-06", 5);
        book(register("Δήμητρα Παππά", "dimitra@sch.gr"), "d2-workshop-01");

        Conference withoutBooked = conferences.find(SEVENTH).orElseThrow();
        withoutBooked.replaceProgramme(programme(List.of("d2-workshop-02", "d2-workshop-06")), id -> Optional.empty());
        assertThatThrownBy(() -> database.inTransaction(() -> conferences.update(withoutBooked)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("d2-workshop-01")
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("booked-workshop-stays");
        assertThat(conferences.find(SEVENTH).orElseThrow().programme().contributionCount()).isEqualTo(6);

        Conference withoutUnbooked = conferences.find(SEVENTH).orElseThrow();
        withoutUnbooked.replaceProgramme(programme(List.of("d2-workshop-01")), id -> Optional.empty());
        database.inTransaction(() -> conferences.update(withoutUnbooked));
        assertThat(seats.listWorkshops(7)).extracting(WorkshopSeatsData::workshop).containsExactly("d2-workshop-01");
        assertThat(seatsOf("d2-workshop-01").booked()).isEqualTo(1);
    }

    @Test
    void bookingsRacingAProgrammeReplaceNeverLandInAWorkshopItDropsAndNoneFailsForTheRace() throws Exception {
        for (String w : List.of("d2-workshop-03", "d2-workshop-05", "d2-workshop-06")) {
            open(w, 100);
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            codes.add(register("Εκπαιδευτικός " + i, "race" + i + "@sch.gr"));
        }
        Conference without06 = conferences.find(SEVENTH).orElseThrow();
        without06.replaceProgramme(programme(workshopIds().subList(0, 5)), id -> Optional.empty());
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            tasks.add(i);
            if (i == 20) {
                tasks.add(-1); // the replace, among the first bookings
            }
        }
        List<String> workshops = List.of("d2-workshop-03", "d2-workshop-05", "d2-workshop-06");
        List<String> answers = race(tasks, i -> {
            try {
                if (i < 0) {
                    database.inTransaction(() -> conferences.update(without06));
                    return "replaced";
                }
                book(codes.get(i), workshops.get(i % 3));
                return "booked " + workshops.get(i % 3);
            } catch (RuleViolationException e) {
                return e.rule();
            } catch (NotFoundException e) {
                return "no such workshop";
            } catch (RuntimeException e) {
                return e.toString();
            }
        });

        assertThat(answers).allMatch(a -> a.startsWith("booked ") || a.equals("replaced")
                || a.equals("booked-workshop-stays") || a.equals("no such workshop"));
        List<String> programme = seats.listWorkshops(7).stream().map(WorkshopSeatsData::workshop).toList();
        long bookedIn06 = answers.stream().filter(a -> a.equals("booked d2-workshop-06")).count();
        if (answers.contains("replaced")) {
            assertThat(programme).doesNotContain("d2-workshop-06");
            assertThat(bookedIn06).isZero();
            assertThat(database.dsl().fetchCount(BOOKING, BOOKING.WORKSHOP_ID.eq("d2-workshop-06"))).isZero();
        } else {
            assertThat(answers).contains("booked-workshop-stays").doesNotContain("no such workshop");
            assertThat(programme).contains("d2-workshop-06");
            assertExactCounts("d2-workshop-06", (int) bookedIn06, 0);
        }
        assertExactCounts("d2-workshop-03", 30, 0);
        assertExactCounts("d2-workshop-05", 30, 0);
    }

    @Test
    void aSeatIsNotTakenOnceTheWorkshopMovedSinceItsTimeWasReadAndTheBookingIsDecidedOnItsNewTime() throws Exception {
        open("d2-workshop-03", 10);
        open("d2-workshop-05", 10);
        String code = register("Σοφία Καραγιάννη", "sofia@sch.gr");
        book(code, "d2-workshop-03"); // 13:00–14:30
        long id = database.dsl().select(REGISTRATION.ID).from(REGISTRATION).where(REGISTRATION.CODE.eq(code))
                .fetchSingle(REGISTRATION.ID);
        TimeRange moved = new TimeRange(LocalTime.of(14, 0), LocalTime.of(15, 0));
        Conference movedProgramme = conferences.find(SEVENTH).orElseThrow();
        movedProgramme.replaceProgramme(programme(workshopIds(), java.util.Map.of("d2-workshop-05", moved)),
                x -> Optional.empty());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            database.inTransaction(() -> {
                var start = seatStore.startBooking(new ConfirmationCode(code), ContributionId.of("d2-workshop-05"))
                        .orElseThrow();
                assertThat(start.registrationId()).isEqualTo(id);
                assertThat(start.edition()).isEqualTo(SEVENTH);
                assertThat(start.held()).extracting(b -> b.slot().workshop().value()).containsExactly("d2-workshop-03");
                assertThat(start.holds(ContributionId.of("d2-workshop-03"))).isTrue();
                var wanted = start.wanted().orElseThrow();
                assertThat(wanted.time()).isEqualTo(new TimeRange(LocalTime.of(15, 0), LocalTime.of(16, 30)));
                try {
                    other.submit(() -> database.inTransaction(() -> conferences.update(movedProgramme)))
                            .get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                assertThat(seatStore.takeSeat(start, Instant.parse("2021-11-01T08:00:00Z")))
                        .as("the programme the rules were checked against is gone").isEmpty();
                assertThat(seatStore.lockForBooking(SEVENTH, ContributionId.of("d2-workshop-05")).orElseThrow()
                        .slot().time()).isEqualTo(moved);
                return null;
            });
        } finally {
            other.shutdownNow();
        }
        assertExactCounts("d2-workshop-05", 0, 0);
        assertThatThrownBy(() -> book(code, "d2-workshop-05")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("no-overlapping-workshops");
        assertThat(database.inTransaction(() -> seatStore.startBooking(new ConfirmationCode(
                "AAAAAAAAAAAAAAAAAAAAAA"), ContributionId.of("d2-workshop-05")))).isEmpty();
    }

    @Test
    void aSeatTakenInOneGoCountsAndNumbersItAsTheSeatsDo() {
        open("d2-workshop-05", 1);
        List<SeatRepository.TakenSeat> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = register("Παναγιώτης Νικολάου " + i, "panagiotis" + i + "@sch.gr");
            taken.add(database.inTransaction(() -> seatStore.takeSeat(seatStore.startBooking(new ConfirmationCode(
                    code), ContributionId.of("d2-workshop-05")).orElseThrow(), Instant.parse(
                    "2021-11-01T08:00:00Z"))).orElseThrow());
        }
        assertThat(taken).extracting(t -> t.ticket().status()).containsExactly(BookingStatus.CONFIRMED,
                BookingStatus.WAITING, BookingStatus.WAITING);
        assertThat(taken).extracting(t -> t.ticket().number()).containsExactly(1L, 2L, 3L);
        assertThat(taken).extracting(SeatRepository.TakenSeat::waitingPosition).containsExactly(0, 1, 2);
        assertExactCounts("d2-workshop-05", 1, 2);
        assertThat(database.dsl().select(WORKSHOP_SEAT.NEXT_TICKET).from(WORKSHOP_SEAT)
                .where(WORKSHOP_SEAT.WORKSHOP_ID.eq("d2-workshop-05")).fetchSingle(WORKSHOP_SEAT.NEXT_TICKET))
                .isEqualTo(4L);
        String other = register("Ευαγγελία Μαυρίδου", "evangelia@sch.gr");
        assertThat(database.inTransaction(() -> seatStore.takeSeat(seatStore.startBooking(new ConfirmationCode(
                other), ContributionId.of("d2-workshop-06")).orElseThrow(), Instant.parse("2021-11-01T08:00:00Z"))))
                .as("not opened for booking").isEmpty();
    }

    @Test
    void aLimitLoweredAfterBookingsWereMadeHoldsForTheNextBookingAtOnce() {
        for (String w : workshopIds()) {
            open(w, 10);
        }
        seats.setBookingLimit(new SetBookingLimitCommand(7, 2));
        String code = register("Ιωάννα Σταθοπούλου", "ioanna@sch.gr");
        book(code, "d2-workshop-03");
        seats.setBookingLimit(new SetBookingLimitCommand(7, 1));
        assertThatThrownBy(() -> book(code, "d2-workshop-05")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("booking-limit");
        seats.setBookingLimit(new SetBookingLimitCommand(7, 3));
        assertThat(book(code, "d2-workshop-05").created()).isTrue();
        assertExactCounts("d2-workshop-05", 1, 0);
    }

    @Test
    void addressesThatDifferOnlyInAccentsAreDifferentParticipants() {
        // two mailboxes: an accent in an address is a different letter, whatever the database's text collation
        for (String[] teacher : new String[][] {{"Hans Müller", "müller@schule.de"}, {"Hanna Muller",
                "muller@schule.de"}, {"Γιώργος Παπαδάκης", "γιώργος@σχολείο.gr"}, {"Γιωργος Παπαδακης",
                "γιωργος@σχολείο.gr"}}) {
            assertThat(registrations.register(new RegisterCommand(7, teacher(teacher[0], teacher[1]))).created())
                    .as(teacher[1]).isTrue();
        }
        assertThat(registrations.register(new RegisterCommand(7, teacher("HANS MÜLLER", "MÜLLER@schule.de")))
                .created()).as("case still does not matter").isFalse();
        assertThat(registrations.listRegistrations(7)).hasSize(4);
    }

    @Test
    void changingTheEmailToAnotherParticipantsIsAConflict() {
        register("Ελένη Γεωργίου", "eleni@sch.gr");
        String nikos = register("Νίκος Αθανασίου", "nikos@sch.gr");
        assertThatThrownBy(() -> registrations.updateRegistration(
                new gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase
                        .UpdateRegistrationCommand(nikos, teacher("Νίκος Αθανασίου", "ELENI@sch.gr"))))
                .isInstanceOf(ConflictException.class).hasMessageNotContaining("eleni");
    }

    /** A streamed import's rows: {@code n} teachers, then, when {@code badLast}, a row without a name. */
    static ImportRegistrationsUseCase.RowSource teachers(int n, boolean badLast) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.row(new ImportRegistrationsUseCase.Row(i + 2, new RegistrationData(
                        "Δήμητρα Διαμαντοπούλου " + i, String.format("teacher%05d@sch.gr", i),
                        (1 + i % 40) + "ο Δημοτικό Σχολείο Καλαμάτας", "ΠΕ70 Δασκάλων", "primary", true, null)));
            }
            if (badLast) {
                sink.row(new ImportRegistrationsUseCase.Row(n + 2, teacher(" ", "late@sch.gr")));
            }
        };
    }

    /**
     * Issue 16 (V19 and the codes' order): what a million imported registrations write is appended to every index but
     * one — the codes grow with the id, the address key is unique per edition through one index that begins with the
     * address, and no second index of addresses is written.
     */
    @Test
    void importedCodesGrowWithTheIdAndTheAddressKeyIsIndexedOnceAddressFirst() throws Exception {
        registrations.importRegistrations(7, teachers(1_200, false), false);
        List<String> codes = database.dsl().select(REGISTRATION.CODE).from(REGISTRATION).orderBy(REGISTRATION.ID)
                .fetch(REGISTRATION.CODE);
        assertThat(codes).hasSize(1_200);
        // the time part (7 characters) never goes back; the random part after it differs
        assertThat(codes.stream().map(c -> c.substring(0, 7)).toList()).isSorted();
        assertThat(new java.util.HashSet<>(codes)).hasSize(1_200);

        java.util.Map<String, List<String>> indexes = new java.util.TreeMap<>();
        java.util.Set<String> unique = new java.util.HashSet<>();
        try (java.sql.Connection c = database.dataSource().getConnection()) {
            String table = c.getMetaData().storesUpperCaseIdentifiers() ? "REGISTRATION" : "registration";
            try (java.sql.ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") == null) {
                        continue;
                    }
                    String name = rs.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT);
                    List<String> columns = indexes.computeIfAbsent(name, k -> new ArrayList<>());
                    while (columns.size() < rs.getInt("ORDINAL_POSITION")) {
                        columns.add(null);
                    }
                    columns.set(rs.getInt("ORDINAL_POSITION") - 1,
                            rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    if (!rs.getBoolean("NON_UNIQUE")) {
                        unique.add(name);
                    }
                }
            }
        }
        List<List<String>> withAddress = indexes.values().stream().filter(cols -> cols.contains("email_key")).toList();
        assertThat(withAddress).as("indexes %s", indexes).containsExactly(List.of("email_key", "edition"));
        assertThat(indexes.entrySet().stream().filter(e -> e.getValue().equals(List.of("email_key", "edition")))
                .map(java.util.Map.Entry::getKey)).allMatch(unique::contains);
        assertThat(indexes.values()).as("indexes %s", indexes).contains(List.of("edition"));

        // still one address per edition, and the same address in another edition is another registration
        Conference eighth = Conference.plan(EditionNumber.of(8), new ConferenceDetails("8ο Πανελλήνιο Συνέδριο",
                null, LocalDate.of(2022, 11, 19), LocalDate.of(2022, 11, 20), ConferenceMode.ONLINE, null, null,
                ZoneId.of("Europe/Athens"), List.of()));
        database.inTransaction(() -> {
            conferences.add(eighth);
            return null;
        });
        var again = registrations.importRegistrations(7, teachers(1_200, false), false);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1_200);
        assertThat(registrations.importRegistrations(8, teachers(3, false), false).created()).isEqualTo(3);
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(1_200);
        assertThat(new JooqRegistrationRepository(database).count(EditionNumber.of(8))).isEqualTo(3);
    }

    @Test
    void aRefusedRowAfterThousandsOfWrittenOnesLeavesNeitherRegistrationsNorMails() {
        int n = 2_500; // three batches: two are written before the bad row is read
        var refused = registrations.importRegistrations(7, teachers(n, true), false);

        assertThat(refused.written()).isFalse();
        assertThat(refused.refused()).extracting(ImportRegistrationsUseCase.RefusedRow::line).containsExactly(n + 2);
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isZero();
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).pending()).isZero();

        var skipped = registrations.importRegistrations(7, teachers(n, true), true);
        assertThat(skipped.created()).isEqualTo(n);
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(n);
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).pending()).isEqualTo(n);

        // the second time every address is found (looked up batch by batch): nothing new, nothing mailed
        var again = registrations.importRegistrations(7, teachers(n, false), false);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(n);
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(n);
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).pending()).isEqualTo(n);
    }

    @Test
    void anImportsMailsAreRenderedWhenSentExactlyAsTheConfirmationMailAndNotForAnErasedParticipant()
            throws Exception {
        int n = 1_200;
        assertThat(registrations.importRegistrations(7, teachers(n, false), false).created()).isEqualTo(n);
        RegistrationRepository stored = new JooqRegistrationRepository(database);
        var mails = new gr.etwinning.synedrio.application.service.registration.RegistrationMails(
                "https://synedrio.example");
        var texts = new gr.etwinning.synedrio.application.service.registration.RegistrationMailTexts(stored,
                database, mails);
        String erasedCode = registrations.listRegistrations(7).stream()
                .filter(r -> r.email().equals("teacher00007@sch.gr")).findFirst().orElseThrow().code();
        registrations.erase(new EraseParticipantCommand("teacher00007@sch.gr", 7));
        assertThat(texts.render("registered:" + erasedCode)).as("an erased registration renders nothing").isEmpty();

        List<gr.etwinning.synedrio.application.port.out.mail.QueuedMail> sent = new ArrayList<>();
        var sender = new gr.etwinning.synedrio.application.port.out.mail.MailSenderPort() {
            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public String describe() {
                return "test";
            }

            @Override
            public Connection open() {
                return new Connection() {
                    @Override
                    public void send(gr.etwinning.synedrio.application.port.out.mail.QueuedMail mail,
                                     Attachment attachment) {
                        sent.add(mail);
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        var report = new gr.etwinning.synedrio.application.service.mail.MailDeliveryService(outbox, sender,
                reference -> Optional.empty(), texts,
                new gr.etwinning.synedrio.application.service.registration.RegistrationMailJobs(new JooqMailJobs(
                        database), stored, outbox, mails, database), database, Instant::now,
                java.time.Duration.ofMinutes(5)).sendDue();

        assertThat(report.sent()).isEqualTo(n - 1);
        assertThat(sent).hasSize(n - 1).noneMatch(m -> m.message().recipient().equals("teacher00007@sch.gr"));
        var byEmail = new java.util.HashMap<String, gr.etwinning.synedrio.domain.registration.Registration>();
        database.inTransaction(() -> stored.listAll(SEVENTH)).forEach(r -> byEmail.put(r.details().email().value(), r));
        for (var mail : sent) {
            var r = byEmail.get(mail.message().recipient());
            var written = mails.registered(r);
            assertThat(mail.message().subject()).isEqualTo(written.subject());
            assertThat(mail.message().text()).isEqualTo(written.text());
        }
        var first = sent.get(0);
        assertThat(first.message().text()).startsWith("Αγαπητή/Αγαπητέ Δήμητρα Διαμαντοπούλου 0,\n\n"
                + "η εγγραφή σας στο 7ο Πανελλήνιο Συνέδριο eTwinning καταχωρίστηκε.\n\n"
                + "Ο κωδικός επιβεβαίωσης: ").contains("https://synedrio.example/r/")
                .endsWith("Η οργανωτική επιτροπή\n");
    }

    private gr.etwinning.synedrio.application.service.registration.RegistrationMailJobs mailJobs() {
        return new gr.etwinning.synedrio.application.service.registration.RegistrationMailJobs(new JooqMailJobs(
                database), new JooqRegistrationRepository(database), outbox,
                new gr.etwinning.synedrio.application.service.registration.RegistrationMails("https://synedrio.example"),
                database);
    }

    private List<String> outboxRecipients() {
        return database.dsl().select(MAIL_OUTBOX.RECIPIENT).from(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID)
                .fetch(MAIL_OUTBOX.RECIPIENT);
    }

    /**
     * Issue 16: an import writes no outbox row per registration but one mail job; its mails are owed (counted as
     * pending, due, and in the metrics' backlog) and queued later, each exactly once, by senders that race for them.
     */
    @Test
    void anImportOwesItsMailsThroughOneJobThatRacingSendersQueueExactlyOnce() throws Exception {
        int n = 2_500;
        assertThat(registrations.importRegistrations(7, teachers(n, false), false).created()).isEqualTo(n);

        assertThat(outboxRecipients()).as("outbox rows written by the import").isEmpty();
        assertThat(database.dsl().fetchCount(MAIL_JOB)).isEqualTo(1);
        var status = database.inTransaction(() -> outbox.status(Instant.now(), 10));
        assertThat(status.pending()).isEqualTo(n);
        assertThat(status.due()).isEqualTo(n);
        assertThat(status.owed()).isEqualTo(n);
        assertThat(outbox.outboxBacklog()).isEqualTo(n);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(pool.submit(() -> mailJobs().queueSome(Instant.now(), 700)));
            }
            int queued = 0;
            for (Future<Integer> f : senders) {
                queued += f.get(60, TimeUnit.SECONDS);
            }
            queued += mailJobs().queueSome(Instant.now(), 10_000);
            assertThat(queued).isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
        List<String> recipients = outboxRecipients();
        assertThat(recipients).hasSize(n).doesNotHaveDuplicates().contains("teacher00000@sch.gr",
                String.format("teacher%05d@sch.gr", n - 1));
        assertThat(mailJobs().queueSome(Instant.now(), 10_000)).as("queued again").isZero();
        status = database.inTransaction(() -> outbox.status(Instant.now(), 0));
        assertThat(status.owed()).isZero();
        assertThat(status.pending()).isEqualTo(n);
        assertThat(database.dsl().fetchCount(MAIL_JOB, MAIL_JOB.FINISHED_AT.isNull())).isZero();
    }

    /**
     * An import into an empty edition streams its rows into the table while the file is still being read (one
     * statement on MariaDB): a file that breaks off after thousands of rows were streamed leaves nothing behind —
     * no registration, no mail owed — and the error is the file's.
     */
    @Test
    void aFileThatBreaksOffWhileItsRowsStreamInLeavesNothing() {
        ImportRegistrationsUseCase.RowSource broken = sink -> {
            teachers(2_500, false).forEach(sink);
            throw new java.io.UncheckedIOException(new java.io.IOException("the file broke off at line 2502"));
        };

        assertThatThrownBy(() -> registrations.importRegistrations(7, broken, false))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("broke off at line 2502");

        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isZero();
        assertThat(database.dsl().fetchCount(MAIL_JOB)).isZero();
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).pending()).isZero();
        // and the edition takes the whole file afterwards
        assertThat(registrations.importRegistrations(7, teachers(2_500, false), false).created()).isEqualTo(2_500);
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(2_500);
    }

    /**
     * A source that stalls (a slow disk or network) ends the streamed statement in progress after a few seconds
     * rather than leave the database waiting mid-statement, and the rows after the stall go on in the next one.
     */
    @Test
    void rowsAfterTheSourceStallsAreStreamedInTheNextStatement() {
        ImportRegistrationsUseCase.RowSource stalling = sink -> {
            int[] n = {0};
            teachers(2_400, false).forEach(new ImportRegistrationsUseCase.RowSink() {
                @Override
                public void row(ImportRegistrationsUseCase.Row row) {
                    if (n[0]++ == 1_500) {
                        try {
                            Thread.sleep((RegistrationService.STREAM_PAUSE_SECONDS + 1) * 1000L);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    sink.row(row);
                }

                @Override
                public void refused(ImportRegistrationsUseCase.RefusedRow refused) {
                    sink.refused(refused);
                }
            });
        };

        long loadsBefore = loadStatements();
        assertThat(registrations.importRegistrations(7, stalling, false).created()).isEqualTo(2_400);
        if (!settings.isH2()) {
            // 2,400 rows are one statement unless the stall ended it: the server never waited out the stall
            assertThat(loadStatements() - loadsBefore).as("LOAD DATA statements").isEqualTo(2);
        }
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(2_400);
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).owed()).isEqualTo(2_400);
    }

    /** How many LOAD DATA statements the MariaDB server has run (its global status; this module's tests run one by one). */
    private long loadStatements() {
        return settings.isH2() ? 0 : database.dsl().fetchOne("show global status like 'Com_load'").get(1, Long.class);
    }

    /**
     * The count of what is owed is kept, not counted (a metrics scrape must not read a million rows): an erased
     * participant is owed nothing, and a sender never waits for an import that is still running (its job is not
     * committed) to queue another job's mail.
     */
    @Test
    void erasingLowersWhatIsOwedAndAnImportStillRunningNeverHoldsTheSenderUp() throws Exception {
        assertThat(registrations.importRegistrations(7, teachers(1_200, false), false).created()).isEqualTo(1_200);
        registrations.erase(new EraseParticipantCommand("teacher00003@sch.gr", 7));
        registrations.erase(new EraseParticipantCommand("teacher01199@sch.gr", 7));
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).owed()).isEqualTo(1_198);
        assertThat(outbox.outboxBacklog()).isEqualTo(1_198);

        // an import of edition 8 in progress on another connection: its job is written, not committed
        try (java.sql.Connection running = database.dataSource().getConnection()) {
            running.setAutoCommit(false);
            try (java.sql.Statement s = running.createStatement()) {
                s.executeUpdate("insert into mail_job (kind, edition, after_id, owed, created_at) values"
                        + " ('registration-code', 8, 0, 0, current_timestamp)");
            }
            ExecutorService sender = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> queued = sender.submit(() -> mailJobs().queueSome(Instant.now(), 100_000));
                assertThat(queued.get(20, TimeUnit.SECONDS)).isEqualTo(1_198);
            } finally {
                sender.shutdownNow();
                running.rollback();
            }
        }
        assertThat(outboxRecipients()).hasSize(1_198).doesNotContain("teacher00003@sch.gr", "teacher01199@sch.gr");
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).owed()).isZero();
        registrations.erase(new EraseParticipantCommand("teacher00004@sch.gr", 7));
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).owed()).as("queued, then erased")
                .isZero();
        assertThat(outboxRecipients()).hasSize(1_197).doesNotContain("teacher00004@sch.gr");
    }

    /**
     * A job owes mail to its own import's registrations only: not to those registered one by one meanwhile (they
     * have their mail already), not to another import's, not to an erased participant's.
     */
    @Test
    void aJobOwesMailToItsOwnImportsLiveRegistrationsOnly() {
        register("Ελένη Γεωργίου", "eleni@sch.gr");
        assertThat(registrations.importRegistrations(7, teachers(1_200, false), false).created()).isEqualTo(1_200);
        register("Χαράλαμπος Ξενόπουλος", "charalampos@sch.gr");
        ImportRegistrationsUseCase.RowSource more = sink -> sink.row(new ImportRegistrationsUseCase.Row(2,
                teacher("Ιωάννα Κοππή", "ioanna@sch.gr")));
        assertThat(registrations.importRegistrations(7, more, false).created()).isEqualTo(1);
        registrations.erase(new EraseParticipantCommand("teacher00003@sch.gr", 7));

        assertThat(outboxRecipients()).containsExactly("eleni@sch.gr", "charalampos@sch.gr");
        assertThat(database.inTransaction(() -> outbox.status(Instant.now(), 0)).owed()).isEqualTo(1_200);

        assertThat(mailJobs().queueSome(Instant.now(), 100_000)).isEqualTo(1_200);
        List<String> recipients = outboxRecipients();
        assertThat(recipients).hasSize(1_202).doesNotHaveDuplicates().doesNotContain("teacher00003@sch.gr")
                .contains("ioanna@sch.gr", "teacher00004@sch.gr");
        assertThat(recipients.subList(2, recipients.size() - 1)).as("the first import's, in their order")
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void erasingAParticipantLeavesNoTraceOfTheirNameOrEmailInAnyTableButKeepsTheCounts() {
        open("d2-workshop-01", 1);
        open("d2-workshop-03", 5);
        String forgotten = register("Χαράλαμπος Ξενόπουλος", "Charalampos.Xenopoulos@sch.gr");
        String other = register("Ελένη Γεωργίου", "eleni@sch.gr");
        book(other, "d2-workshop-01");
        book(forgotten, "d2-workshop-01");
        book(forgotten, "d2-workshop-03");

        var report = registrations.erase(new EraseParticipantCommand(" charalampos.xenopoulos@SCH.GR", null));

        assertThat(report.registrationsErased()).isEqualTo(1);
        assertThat(report.seatsKeptAnonymously()).isEqualTo(1);
        assertThat(report.waitingPlacesGivenUp()).isEqualTo(1);
        List<String> traces = List.of("ξενοπουλ", "χαραλαμπ", "charalampos", "xenopoulos", forgotten.toLowerCase(
                Locale.ROOT));
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Record row : database.dsl().selectFrom(table).fetch()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value instanceof String s) {
                        String folded = GreekText.key(s) + " " + s.toLowerCase(Locale.ROOT);
                        assertThat(traces).as(table.getName() + "." + row.field(i).getName())
                                .noneMatch(folded::contains);
                    }
                }
            }
        }
        assertThat(seatsOf("d2-workshop-01").booked()).isEqualTo(1);
        assertThat(seatsOf("d2-workshop-03").booked()).isEqualTo(1);
        assertThat(seatsOf("d2-workshop-01").waiting()).isZero();
        assertThat(new JooqRegistrationRepository(database).count(SEVENTH)).isEqualTo(2);
        assertThat(registrations.listRegistrations(7)).hasSize(1);
        assertThatThrownBy(() -> registrations.getRegistration(forgotten)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registrations.erase(new EraseParticipantCommand("charalampos.xenopoulos@sch.gr",
                null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void threeHundredRacingBookingsForTheLastSeatsFillThemExactlyAndQueueTheRestInArrivalOrder() throws Exception {
        int participants = 300;
        int capacity = 40;
        int bookedBeforeTheRace = 30;
        open("d2-workshop-03", capacity);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < participants + bookedBeforeTheRace; i++) {
            codes.add(register("Εκπαιδευτικός " + i, "teacher" + i + "@sch.gr"));
        }
        for (int i = 0; i < bookedBeforeTheRace; i++) {
            book(codes.get(participants + i), "d2-workshop-03");
        }

        List<Booked> answers = race(codes.subList(0, participants), code -> book(code, "d2-workshop-03"));

        assertThat(answers).hasSize(participants).allMatch(Booked::created);
        assertThat(answers).filteredOn(a -> a.booking().status().equals("confirmed"))
                .hasSize(capacity - bookedBeforeTheRace);
        List<Integer> positions = answers.stream().filter(a -> a.booking().status().equals("waiting"))
                .map(a -> a.booking().waitingPosition()).sorted().toList();
        assertThat(positions).hasSize(participants - capacity + bookedBeforeTheRace);
        assertThat(positions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, positions.size()).boxed().toList());
        assertExactCounts("d2-workshop-03", capacity, participants + bookedBeforeTheRace - capacity);
        var rows = database.dsl().selectFrom(BOOKING).fetch();
        long lastConfirmed = rows.stream().filter(r -> r.getStatus().equals("CONFIRMED"))
                .mapToLong(r -> r.getTicket()).max().orElseThrow();
        long firstWaiting = rows.stream().filter(r -> r.getStatus().equals("WAITING"))
                .mapToLong(r -> r.getTicket()).min().orElseThrow();
        assertThat(lastConfirmed).as("every seat went to an earlier arrival than every waiting place")
                .isLessThan(firstWaiting);

        List<String> confirmedInRace = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            if (answers.get(i).booking().status().equals("confirmed")) {
                confirmedInRace.add(codes.get(i));
            }
        }
        List<Long> firstWaitingTickets = database.dsl().select(BOOKING.REGISTRATION_ID).from(BOOKING)
                .where(BOOKING.STATUS.eq("WAITING")).orderBy(BOOKING.TICKET).limit(5).fetch(BOOKING.REGISTRATION_ID);
        race(confirmedInRace.subList(0, 5), code -> seats.cancel(new CancelBookingCommand(code, "d2-workshop-03")));
        assertExactCounts("d2-workshop-03", capacity, participants + bookedBeforeTheRace - capacity - 5);
        assertThat(database.dsl().select(BOOKING.STATUS).from(BOOKING)
                .where(BOOKING.REGISTRATION_ID.in(firstWaitingTickets)).fetch(BOOKING.STATUS))
                .hasSize(5).containsOnly("CONFIRMED");
    }

    @Test
    void oneParticipantsConcurrentRequestsNeverPassTheLimitNorBookOverlappingWorkshops() throws Exception {
        for (String w : workshopIds()) {
            open(w, 50);
        }
        seats.setBookingLimit(new SetBookingLimitCommand(7, 2));
        String code = register("Κατερίνα Βασιλείου", "katerina@sch.gr");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wanted.addAll(workshopIds());
        }
        List<Object> answers = race(wanted, w -> {
            try {
                return book(code, w);
            } catch (RuleViolationException e) {
                return e.rule();
            }
        });
        List<String> held = registrations.getRegistration(code).bookings().stream().map(b -> b.workshop()).toList();
        assertThat(held).hasSize(2).doesNotHaveDuplicates();
        assertThat(held).isNotEqualTo(List.of("d2-workshop-01", "d2-workshop-02"));
        assertThat(answers).filteredOn(a -> a instanceof Booked b && b.created()).hasSize(2);
        assertThat(answers).allMatch(a -> a instanceof Booked
                || Set.of("booking-limit", "no-overlapping-workshops").contains(a));
        int booked = seats.listWorkshops(7).stream().mapToInt(WorkshopSeatsData::booked).sum();
        assertThat(booked).isEqualTo(2);
    }

    @Test
    void lockingAParticipantByCodeFindsTheirRegistrationAndHoldsItUntilTheTransactionEnds() throws Exception {
        JooqRegistrationRepository repository = new JooqRegistrationRepository(database);
        String code = register("Αικατερίνη Δημητρίου", "aikaterini@sch.gr");
        long id = database.dsl().select(REGISTRATION.ID).from(REGISTRATION).where(REGISTRATION.CODE.eq(code))
                .fetchSingle(REGISTRATION.ID);
        var found = database.inTransaction(() -> repository.lockParticipant(new ConfirmationCode(code)));
        assertThat(found).contains(new RegistrationRepository.Participant(id, SEVENTH));
        assertThat(database.inTransaction(() -> repository.lockParticipant(new ConfirmationCode(
                "AAAAAAAAAAAAAAAAAAAAAA")))).isEmpty();

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong releasedAt = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> database.inTransaction(() -> {
                repository.lockParticipant(new ConfirmationCode(code)).orElseThrow();
                holding.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                releasedAt.set(System.nanoTime());
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = pool.submit(() -> database.inTransaction(() -> {
                repository.lockParticipant(new ConfirmationCode(code)).orElseThrow();
                return System.nanoTime();
            }));
            Thread.sleep(300);
            assertThat(second.isDone()).as("the second transaction waits for the first one's lock").isFalse();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThan(releasedAt.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        registrations.erase(new EraseParticipantCommand("aikaterini@sch.gr", null));
        assertThat(database.inTransaction(() -> repository.lockParticipant(new ConfirmationCode(code)))).isEmpty();
    }

    private void assertExactCounts(String workshop, int booked, int waiting) {
        WorkshopSeatsData w = seatsOf(workshop);
        assertThat(w.booked()).as("booked seats").isEqualTo(booked);
        assertThat(w.waiting()).as("waiting").isEqualTo(waiting);
        var rows = database.dsl().selectFrom(BOOKING).where(BOOKING.WORKSHOP_ID.eq(workshop)).fetch();
        assertThat(rows).filteredOn(r -> r.getStatus().equals("CONFIRMED")).hasSize(booked);
        assertThat(rows).filteredOn(r -> r.getStatus().equals("WAITING")).hasSize(waiting);
        assertThat(rows.stream().map(r -> r.getRegistrationId()).distinct().count()).isEqualTo(rows.size());
        Set<Long> tickets = new HashSet<>();
        rows.forEach(r -> assertThat(tickets.add(r.getTicket())).isTrue());
        var seat = database.dsl().selectFrom(WORKSHOP_SEAT).where(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshop)).fetchOne();
        assertThat(seat.getBooked()).isLessThanOrEqualTo(seat.getCapacity());
    }

    /** Runs one task per input on 48 threads, all let go at once; returns the answers in input order. */
    private static <I, O> List<O> race(List<I> inputs, java.util.function.Function<I, O> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(48);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<O>> futures = new ArrayList<>();
            for (I input : inputs) {
                Callable<O> call = () -> {
                    start.await();
                    return task.apply(input);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<O> answers = new ArrayList<>();
            for (Future<O> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
