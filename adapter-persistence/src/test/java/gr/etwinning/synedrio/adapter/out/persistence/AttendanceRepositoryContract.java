package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.AttendanceCounts;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.FilePerson;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.ImportedFile;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.RegisteredName;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetCounts;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetPresence;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals.ParticipantAttendance;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database behind the attendance ports must do (run on H2 and on MariaDB by the subclasses), each test on
 * a fresh, migrated database with edition 7.
 */
abstract class AttendanceRepositoryContract {

    static final EditionNumber SEVEN = EditionNumber.of(7);
    private static final LocalDate DAY2 = LocalDate.of(2021, 11, 20);
    private static final LocalDate DAY3 = LocalDate.of(2021, 11, 21);
    static final AttendanceTarget WORKSHOP_01 = new AttendanceTarget("d2-workshop-01", "workshop",
            "d2-workshops", "workshops", DAY2);
    private static final AttendanceTarget WORKSHOP_02 = new AttendanceTarget("d2-workshop-02", "workshop",
            "d2-workshops", "workshops", DAY2);
    private static final AttendanceTarget TALK = new AttendanceTarget("d2-primary-01", "talk", "d2-primary",
            "parallel", DAY2);
    private static final AttendanceTarget PLENARY = new AttendanceTarget("d3-plenary", "plenary", "d3-plenary",
            "plenary", DAY3);
    private static final long T0 = Instant.parse("2021-11-20T16:00:00Z").getEpochSecond();

    protected Database database;
    private DatabaseSettings settings;
    JooqAttendanceRepository attendance;
    RegistrationService registrations;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        attendance = new JooqAttendanceRepository(database);
        JooqConferenceRepository conferences = new JooqConferenceRepository(database, new JooqPersonRepository(database));
        registrations = new RegistrationService(conferences, new JooqRegistrationRepository(database),
                new JooqSeatRepository(database), database, () -> Instant.parse("2021-11-01T08:00:00Z"),
                new JooqOutbox(database), new JooqMailJobs(database),
                new gr.etwinning.synedrio.application.service.registration.RegistrationMails("https://synedrio.example"));
        database.inTransaction(() -> {
            conferences.add(Conference.plan(SEVEN, new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning", null,
                    LocalDate.of(2021, 11, 19), DAY3, ConferenceMode.ONLINE, null, null, ZoneId.of("Europe/Athens"),
                    List.of())));
            return null;
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    long register(String name, String email) {
        registrations.register(new RegisterCommand(7, new RegistrationData(name, email, "1ο Γυμνάσιο Καλαμάτας",
                "ΠΕ02", "Δευτεροβάθμια", true, null)));
        return database.dsl().select(REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EMAIL_KEY.eq(email.toLowerCase(java.util.Locale.ROOT))).fetchOne(REGISTRATION.ID);
    }

    static FilePerson person(PersonKey key, Long registration, String name, String email, long... bounds) {
        Presence p = new Presence();
        for (int i = 0; i < bounds.length; i += 2) {
            p.add(T0 + bounds[i], T0 + bounds[i + 1]);
        }
        MatchedBy by = registration == null ? MatchedBy.NONE : MatchedBy.EMAIL;
        return new FilePerson(key, registration, by, name, email, p);
    }

    private void store(AttendanceTarget target, String sha, List<FilePerson> persons) {
        store(target, sha, persons, () -> { });
    }

    /** As AttendanceService imports a file: {@code beforeCommit} runs last in the transaction. */
    void store(AttendanceTarget target, String sha, List<FilePerson> persons, Runnable beforeCommit) {
        database.inTransaction(() -> {
            attendance.lockTarget(SEVEN, target.id());
            attendance.replaceFile(SEVEN, target, new ImportedFile(sha, target.id() + ".csv", Platform.ZOOM,
                    persons.size(), 1, Instant.parse("2021-11-22T09:00:00Z")), persons);
            List<TargetPresence> presences = new ArrayList<>();
            Map<Long, Presence> others = attendance.otherFilesPresence(SEVEN, target.id(), sha);
            for (FilePerson p : persons) {
                Presence merged = new Presence().addAll(p.presence());
                Presence other = others.remove(p.key().number());
                if (other != null) {
                    merged.addAll(other);
                }
                presences.add(new TargetPresence(p.key().number(), p.registrationId(), merged.seconds()));
            }
            others.forEach((n, p) -> presences.add(new TargetPresence(n, n > 0 ? n : null, p.seconds())));
            attendance.replacePresence(SEVEN, target, presences);
            beforeCommit.run();
            return null;
        });
    }

    static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void filesAreCountedPerSessionAndUniquePersonsPerKindAndDay() {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        PersonKey mariaKey = PersonKey.registration(maria);
        PersonKey guest = PersonKey.email("anna.v@gmail.com");
        PersonKey byName = PersonKey.name("γιωργοσ νικολαου");
        store(WORKSHOP_01, sha('a'), List.of(person(mariaKey, maria, "Μαρία", "maria.papadopoulou@sch.gr", 0, 3600),
                person(guest, null, "Άννα", "anna.v@gmail.com", 600, 1800)));
        store(WORKSHOP_02, sha('b'), List.of(person(mariaKey, maria, "Μαρία", null, 4000, 5800),
                person(byName, null, "Γιώργος Νικολάου", null, 0, 1200)));
        store(TALK, sha('c'), List.of(person(guest, null, "Άννα", "anna.v@gmail.com", 0, 900)));
        store(PLENARY, sha('d'), List.of(person(mariaKey, maria, "Μαρία", null, 90000, 93600)));

        AttendanceCounts counts = attendance.counts(SEVEN);

        assertThat(counts.targets()).extracting(TargetCounts::targetId)
                .containsExactly("d2-primary-01", "d2-workshop-01", "d2-workshop-02", "d3-plenary");
        TargetCounts w1 = counts.targets().get(1);
        assertThat(w1.participants()).isEqualTo(2);
        assertThat(w1.registered()).isEqualTo(1);
        assertThat(w1.personMinutes()).isEqualTo(60 + 20);
        assertThat(w1.files()).isEqualTo(1);
        assertThat(counts.uniqueParticipants()).isEqualTo(3);
        assertThat(counts.uniqueByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("workshop", 3L, "talk", 1L,
                "plenary", 1L));
        assertThat(counts.uniqueByDay()).containsExactlyInAnyOrderEntriesOf(Map.of(DAY2, 3L, DAY3, 1L));
        assertThat(counts.uniqueBySession()).containsEntry("d2-workshops", 3L).containsEntry("d2-primary", 1L);
        assertThat(counts.uniqueParallelByDay()).containsExactlyEntriesOf(Map.of(DAY2, 1L));
        assertThat(counts.uniqueInWorkshops()).isEqualTo(3);
        assertThat(counts.files()).isEqualTo(4);
    }

    @Test
    void theSameFileAgainReplacesItsRowsAndNothingCountsTwice() {
        PersonKey a = PersonKey.email("a@sch.gr");
        PersonKey b = PersonKey.email("b@sch.gr");
        store(WORKSHOP_01, sha('a'), List.of(person(a, null, "A", "a@sch.gr", 0, 600)));
        assertThat(attendance.hasFile(SEVEN, "d2-workshop-01", sha('a'))).isTrue();

        store(WORKSHOP_01, sha('a'), List.of(person(a, null, "A", "a@sch.gr", 0, 600),
                person(b, null, "B", "b@sch.gr", 0, 1200)));

        TargetCounts w1 = attendance.counts(SEVEN).targets().get(0);
        assertThat(w1.participants()).isEqualTo(2);
        assertThat(w1.personMinutes()).isEqualTo(30);
        assertThat(w1.files()).isEqualTo(1);
    }

    @Test
    void aSecondFileOfTheSameMeetingMergesEachPersonsMinutes() {
        PersonKey a = PersonKey.email("a@sch.gr");
        store(WORKSHOP_01, sha('a'), List.of(person(a, null, "A", "a@sch.gr", 0, 1800)));
        store(WORKSHOP_01, sha('b'), List.of(person(a, null, "A", "a@sch.gr", 900, 2700)));

        assertThat(attendance.otherFilesPresence(SEVEN, "d2-workshop-01", sha('b')).get(a.number()).merged())
                .containsExactly(T0, T0 + 1800);
        // what an import reads to know whether the session is of several files: its own files' hashes, no other's
        assertThat(attendance.fileHashes(SEVEN, "d2-workshop-01")).containsExactlyInAnyOrder(sha('a'), sha('b'));
        assertThat(attendance.fileHashes(SEVEN, "d2-workshop-02")).isEmpty();
        TargetCounts w1 = attendance.counts(SEVEN).targets().get(0);
        assertThat(w1.participants()).isEqualTo(1);
        assertThat(w1.personMinutes()).isEqualTo(45);
        assertThat(w1.files()).isEqualTo(2);
    }

    @Test
    void twoFilesOfOneMeetingImportedAtOnceTakeTurnsAndMergeEachPersonsMinutes() throws Exception {
        PersonKey a = PersonKey.email("a@sch.gr");
        java.util.concurrent.CountDownLatch firstWritten = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> store(WORKSHOP_01, sha('a'), List.of(person(a, null, "Άννα",
                    "a@sch.gr", 0, 1800)), () -> {
                        firstWritten.countDown();
                        try {
                            Thread.sleep(300); // still open while the second import starts
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            firstWritten.await();
            var second = pool.submit(() -> store(WORKSHOP_01, sha('b'), List.of(person(a, null, "Άννα",
                    "a@sch.gr", 900, 2700))));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        List<TargetCounts> targets = attendance.counts(SEVEN).targets();
        assertThat(targets).extracting(TargetCounts::targetId).containsExactly("d2-workshop-01");
        assertThat(targets.get(0).files()).isEqualTo(2);
        assertThat(targets.get(0).participants()).isEqualTo(1);
        assertThat(targets.get(0).personMinutes()).isEqualTo(45); // 0–2700 once, whichever file came first
    }

    @Test
    void totalsGiveEachRegisteredParticipantMinutesPerKindAndSessionsAttended() {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        PersonKey key = PersonKey.registration(maria);
        store(WORKSHOP_01, sha('a'), List.of(person(key, maria, "Μαρία", null, 0, 3600),
                person(PersonKey.email("x@sch.gr"), null, "X", "x@sch.gr", 0, 60)));
        store(WORKSHOP_02, sha('b'), List.of(person(key, maria, "Μαρία", null, 0, 1800)));
        store(TALK, sha('c'), List.of(person(key, maria, "Μαρία", null, 0, 900)));

        assertThat(attendance.totals(SEVEN)).singleElement().satisfies(t -> {
            assertThat(t.registrationId()).isEqualTo(maria);
            assertThat(t.email()).isEqualTo("maria.papadopoulou@sch.gr");
            assertThat(t.totalMinutes()).isEqualTo(105);
            assertThat(t.minutesByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("workshop", 90L, "talk", 15L));
            assertThat(t.sessions()).isEqualTo(3);
        });
    }

    @Test
    void totalsAndErasureCountSessionsOfOneFileAndOfSeveralAlike() {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        PersonKey key = PersonKey.registration(maria);
        PersonKey anna = PersonKey.email("anna.v@gmail.com");
        // two exports of the same workshop (merged: 0–2700), one of the talk
        store(WORKSHOP_01, sha('a'), List.of(person(key, maria, "Μαρία", "maria.papadopoulou@sch.gr", 0, 1800),
                person(anna, null, "Άννα", "anna.v@gmail.com", 0, 600)));
        store(WORKSHOP_01, sha('b'), List.of(person(key, maria, "Μαρία Π.", null, 900, 2700)));
        store(TALK, sha('c'), List.of(person(key, maria, "Μαρία", "maria.papadopoulou@sch.gr", 0, 900)));
        AttendanceCounts before = attendance.counts(SEVEN);
        assertThat(before.targets()).extracting(TargetCounts::personMinutes).containsExactly(15L, 45L + 10L);
        assertThat(attendance.totals(SEVEN)).singleElement().satisfies(t -> {
            assertThat(t.totalMinutes()).isEqualTo(60);
            assertThat(t.minutesByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("workshop", 45L, "talk", 15L));
            assertThat(t.sessions()).isEqualTo(2);
        });

        registrations.erase(new EraseParticipantCommand("maria.papadopoulou@sch.gr", 7));

        assertThat(StoredPersons.all(database)).filteredOn(p -> p.number() == maria)
                .extracting(PersonPages.Person::name).containsOnlyNulls().hasSize(3);
        assertThat(attendance.counts(SEVEN)).isEqualTo(before);
        assertThat(attendance.totals(SEVEN)).singleElement().satisfies(t -> {
            assertThat(t.email()).isNull();
            assertThat(t.totalMinutes()).isEqualTo(60);
        });
    }

    @Test
    void erasingARegistrationRemovesTheNamesAndAddressesThePlatformsGaveAndKeepsEveryCount() {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        store(WORKSHOP_01, sha('a'), List.of(person(PersonKey.registration(maria), maria, "Μαρία Π.",
                "maria.papadopoulou@sch.gr", 0, 3600)));
        // attended before registering: imported as an unregistered person under the same address
        store(WORKSHOP_02, sha('b'), List.of(person(PersonKey.email("maria.papadopoulou@sch.gr"), null, "Μαρία",
                "maria.papadopoulou@sch.gr", 0, 600)));
        AttendanceCounts before = attendance.counts(SEVEN);
        assertThat(before.uniqueParticipants()).isEqualTo(2);

        registrations.erase(new EraseParticipantCommand("Maria.Papadopoulou@sch.gr", 7));

        assertThat(StoredPersons.all(database)).hasSize(2).allSatisfy(p -> {
            assertThat(p.name()).isNull();
            assertThat(p.email()).isNull();
            assertThat(p.number()).isEqualTo(maria);
            assertThat(p.registrationId()).isEqualTo(maria);
        });
        AttendanceCounts after = attendance.counts(SEVEN);
        assertThat(after.targets()).isEqualTo(before.targets().stream().map(t -> new TargetCounts(t.targetId(),
                t.kind(), t.sessionId(), t.day(), t.participants(), 1, t.personMinutes(), t.files())).toList());
        assertThat(after.uniqueParticipants()).isEqualTo(1); // now known to be one person, still counted
        assertThat(attendance.totals(SEVEN)).extracting(ParticipantAttendance::email).containsOnlyNulls();
    }

    @Test
    void twoPersonsOfAFileKnownByTheSameNumberAreRefusedAndNothingIsStored() {
        PersonKey same = PersonKey.email("a@sch.gr"); // as two keys whose 64-bit hashes met would be

        assertThatThrownBy(() -> store(WORKSHOP_01, sha('a'), List.of(person(same, null, "Άννα", "a@sch.gr", 0, 600),
                person(same, null, "Άννα Β.", "anna.b@gmail.com", 0, 300))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a@sch.gr' and 'anna.b@gmail.com', are known by the same number");

        assertThat(StoredPersons.all(database)).isEmpty();
        assertThat(attendance.fileHashes(SEVEN, "d2-workshop-01")).isEmpty();
    }

    @Test
    void twoErasuresOfPersonsOfTheSameFileAtOnceEachKeepTheOthersChange() throws Exception {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        long giorgos = register("Γιώργος Νικολάου", "g.nikolaou@sch.gr");
        store(WORKSHOP_01, sha('a'), List.of(person(PersonKey.registration(maria), maria, "Μαρία Π.",
                "maria.papadopoulou@sch.gr", 0, 3600), person(PersonKey.registration(giorgos), giorgos, "Γιώργος Ν.",
                "g.nikolaou@sch.gr", 0, 1800)));
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Throwable[] failed = {null};
        Thread other = new Thread(() -> {
            try {
                first.await();
                // begins while the first erasure holds the file: waits for its commit, then reads what it wrote
                database.inTransaction(() -> {
                    JooqAttendanceRepository.eraseIdentity(database.dsl(), giorgos, 7, "g.nikolaou@sch.gr");
                    return null;
                });
            } catch (Throwable e) {
                failed[0] = e;
            }
        });
        other.start();

        database.inTransaction(() -> {
            JooqAttendanceRepository.eraseIdentity(database.dsl(), maria, 7, "maria.papadopoulou@sch.gr");
            first.countDown();
            try {
                Thread.sleep(500); // the other erasure reaches the same pages meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        other.join(30_000);
        assertThat(other.isAlive()).as("the second erasure ended").isFalse();
        assertThat(failed[0]).as("the second erasure's failure").isNull();

        assertThat(StoredPersons.all(database)).hasSize(2).allSatisfy(p -> {
            assertThat(p.name()).as("neither erasure undone by the other").isNull();
            assertThat(p.email()).isNull();
        });
        assertThat(attendance.counts(SEVEN).targets().get(0).personMinutes()).isEqualTo(60 + 30);
    }

    @Test
    void theRegistrationsAsMatchingReadsThemAndAStampThatChangesWithThem() {
        String empty = attendance.registrationsStamp(SEVEN);
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        String one = attendance.registrationsStamp(SEVEN);
        assertThat(one).isNotEqualTo(empty).isEqualTo(attendance.registrationsStamp(SEVEN));
        assertThat(attendance.registeredNames(SEVEN)).containsExactly(new RegisteredName(maria,
                "maria.papadopoulou@sch.gr", "Μαρία Παπαδοπούλου"));

        registrations.erase(new EraseParticipantCommand("maria.papadopoulou@sch.gr", 7));

        String erased = attendance.registrationsStamp(SEVEN);
        assertThat(erased).isNotEqualTo(one);
        assertThat(attendance.registeredNames(SEVEN)).isEmpty();

        // a write to anything but the registrations — here a programme's — leaves the stamp, and so what an
        // attendance import keeps in memory, as it was
        database.inTransaction(() -> database.dsl().update(gr.etwinning.synedrio.adapter.out.persistence.generated
                .Tables.CONFERENCE).set(gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONFERENCE
                .TITLE, "7ο Πανελλήνιο Συνέδριο eTwinning").where(gr.etwinning.synedrio.adapter.out.persistence
                .generated.Tables.CONFERENCE.EDITION.eq(7)).execute());
        assertThat(attendance.registrationsStamp(SEVEN)).isEqualTo(erased);
    }

    @Test
    void namesWithTabsLineEndsAndBackslashesAreStoredAsTheFileGaveThem() {
        String odd = "Άννα\tΒ.\\n \\ \r\nΓ\u0000";
        store(WORKSHOP_01, sha('a'), List.of(person(PersonKey.email("a@sch.gr"), null, odd, null, 0, 600),
                person(PersonKey.email("b@sch.gr"), null, "\\N", "b@sch.gr", 0, 600)));

        assertThat(StoredPersons.all(database)).extracting(PersonPages.Person::name)
                .containsExactlyInAnyOrder(odd, "\\N");
        assertThat(StoredPersons.all(database)).extracting(PersonPages.Person::email)
                .containsExactlyInAnyOrder(null, "b@sch.gr");
    }
}
