package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.auth.StoredToken;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.programme.Chair;
import gr.etwinning.synedrio.domain.programme.ChairRole;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database behind the repository ports must do. Run against H2 and against a real MariaDB by the
 * subclasses; each test gets a fresh, empty, migrated database.
 */
abstract class RepositoryContract {

    protected Database database;
    protected JooqPersonRepository persons;
    protected JooqConferenceRepository conferences;
    protected JooqTokenRepository tokens;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    private DatabaseSettings settings;

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        persons = new JooqPersonRepository(database);
        conferences = new JooqConferenceRepository(database, persons);
        tokens = new JooqTokenRepository(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    static final PersonId KOPPIS = PersonId.of("koppis-alexandros");
    static final PersonId PARASKEVAS = PersonId.of("paraskevas-michail");

    static Person koppis() {
        return new Person(KOPPIS, "κ.", "Αλέξανδρος Κόππης", List.of(), "Γενικός Γραμματέας", "ΥΠΑΙΘ", Set.of());
    }

    static Person paraskevas() {
        return new Person(PARASKEVAS, "κ.", "Μιχαήλ Παρασκευάς", List.of("Μιχάλης Παρασκευάς"),
                "υπεύθυνος ΕΥΥ eTwinning", "Παν/μιο Πελοποννήσου", EnumSet.of(Standing.NSS_MEMBER));
    }

    static ConferenceDetails details() {
        return new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning",
                "Αξιοποίηση των ΤΠΕ στα Συνεργατικά Προγράμματα — «εισαγωγικά» & σύμβολα 😀",
                LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 21), ConferenceMode.ONLINE,
                "Εθνική Υπηρεσία Υποστήριξης eTwinning", null, ZoneId.of("Europe/Athens"),
                List.of(new ConferenceDay(LocalDate.of(2021, 11, 20), "Ανακοινώσεις και εργαστήρια")));
    }

    static Programme programme() {
        List<Contribution> talks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            talks.add(new Contribution(ContributionId.of("d2-primary-0" + i), ContributionKind.TALK, null, null,
                    List.of(), EducationLevel.PRIMARY, null));
        }
        return new Programme(List.of(
                new Session(SessionId.of("d1-addresses"), SessionKind.ADDRESSES, "Ομιλίες", LocalDate.of(2021, 11, 19),
                        null, "Αίθουσα Ολομέλειας", null, null, List.of(), List.of(
                        new Contribution(ContributionId.of("d1-address-koppis"), ContributionKind.ADDRESS,
                                "Το σχολείο της εξωστρέφειας και της συνεργασίας", null, List.of(KOPPIS), null, null),
                        new Contribution(ContributionId.of("d1-address-paraskevas"), ContributionKind.ADDRESS, null,
                                "τις τρέχουσες δράσεις", List.of(PARASKEVAS, KOPPIS), null,
                                null))),
                new Session(SessionId.of("d2-primary"), SessionKind.PARALLEL, "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης",
                        LocalDate.of(2021, 11, 20), new TimeRange(LocalTime.of(9, 0), LocalTime.of(19, 0)),
                        "Συνεδρία Πρωτοβάθμιας", EducationLevel.PRIMARY, "διάλειμμα μισής ώρας",
                        List.of(new Chair(PARASKEVAS, ChairRole.CHAIR)), talks),
                new Session(SessionId.of("d3-round-table"), SessionKind.ROUND_TABLE, "Στρογγυλή τράπεζα",
                        LocalDate.of(2021, 11, 21), new TimeRange(LocalTime.of(11, 0), LocalTime.of(13, 30)), null,
                        null, null, List.of(new Chair(PARASKEVAS, ChairRole.MODERATOR)), List.of(
                        new Contribution(ContributionId.of("d3-position-1"), ContributionKind.ROUND_TABLE_POSITION,
                                "Ευρωπαϊκό Πλαίσιο", null, List.of(KOPPIS), null,
                                new TimeRange(LocalTime.of(11, 0), LocalTime.of(11, 20)))))));
    }

    Conference stored7() {
        persons.save(koppis());
        persons.save(paraskevas());
        Conference c = Conference.plan(EditionNumber.of(7), details());
        c.replaceProgramme(programme(), persons);
        database.inTransaction(() -> {
            conferences.add(c);
            return null;
        });
        return conferences.find(EditionNumber.of(7)).orElseThrow();
    }

    @Test
    void storedConferenceReadsBackFieldForFieldWithGreekTextUnknownTitlesAndTimes() {
        Conference read = stored7();
        Conference expected = Conference.plan(EditionNumber.of(7), details());
        expected.replaceProgramme(programme(), persons);

        assertThat(read.sameAs(expected)).isTrue();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.details().theme()).endsWith("σύμβολα 😀");
        assertThat(read.details().days()).hasSize(3);
        assertThat(read.details().days().get(1).label()).isEqualTo("Ανακοινώσεις και εργαστήρια");
        Session addresses = read.programme().sessions().get(0);
        assertThat(addresses.contributions().get(1).title()).isEmpty();
        assertThat(addresses.contributions().get(1).subject()).contains("τις τρέχουσες δράσεις");
        assertThat(addresses.contributions().get(1).speakers()).containsExactly(PARASKEVAS, KOPPIS);
        assertThat(addresses.time()).isEmpty();
        assertThat(read.programme().sessions().get(2).chairs()).containsExactly(new Chair(PARASKEVAS, ChairRole.MODERATOR));
        assertThat(read.programme().sessions()).extracting(s -> s.id().value())
                .containsExactly("d1-addresses", "d2-primary", "d3-round-table");
    }

    @Test
    void aDayThatRunsPastMidnightKeepsItsHoursAndItsLateSessionReadsBackWithItsExternalId() {
        persons.save(koppis());
        gr.etwinning.synedrio.domain.programme.DayHours hours = new gr.etwinning.synedrio.domain.programme.DayHours(
                LocalTime.of(11, 0), LocalTime.of(4, 0));
        LocalDate day = LocalDate.of(2024, 12, 27);
        Conference c = Conference.plan(EditionNumber.of(38), new ConferenceDetails("Συνέδριο της νύχτας", null, day,
                day.plusDays(1), ConferenceMode.ONSITE, null, null, ZoneId.of("Europe/Athens"),
                List.of(new ConferenceDay(day, "Πρώτη νύχτα", hours))));
        c.replaceProgramme(new Programme(List.of(new Session(SessionId.of("party"), SessionKind.PLENARY, "Πάρτι",
                day, new TimeRange(LocalTime.of(23, 0), LocalTime.of(1, 30)), "Αίθριο", null, null, List.of(),
                List.of(new Contribution(ContributionId.of("dj-set"), ContributionKind.TALK, "DJ set", null,
                        List.of(KOPPIS), null, new TimeRange(LocalTime.of(0, 30), LocalTime.of(1, 30)),
                        "HOqeNIb6G7M4hYFKFRkCmQ"))))), persons);
        database.inTransaction(() -> {
            conferences.add(c);
            return null;
        });

        Conference read = conferences.find(EditionNumber.of(38)).orElseThrow();

        assertThat(read.sameAs(c)).isTrue();
        assertThat(read.details().hours(day)).contains(hours);
        assertThat(read.details().hours(day.plusDays(1))).as("a day without hours stays without").isEmpty();
        assertThat(read.programme().sessions().get(0).time()).contains(new TimeRange(LocalTime.of(23, 0),
                LocalTime.of(1, 30)));
        assertThat(read.programme().sessions().get(0).contributions().get(0).externalId())
                .as("an older frab guid, kept as written").contains("HOqeNIb6G7M4hYFKFRkCmQ");
    }

    @Test
    void searchFindsPersonsSessionsAndContributionsByTheirFoldedKeysWordByWord() {
        stored7();
        assertThat(persons.search(List.of("κοππησ"), 10)).extracting(p -> p.id()).containsExactly(KOPPIS);
        assertThat(persons.search(List.of("μιχαλ"), 10)).as("by another name").extracting(p -> p.id())
                .containsExactly(PARASKEVAS);
        assertThat(persons.search(List.of("οππησ"), 10)).as("only word beginnings").isEmpty();
        assertThat(persons.search(List.of("αλεξανδροσ", "κοπ"), 10)).hasSize(1);

        List<gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch> sessions =
                conferences.searchProgramme(List.of("πρωτοβαθμιασ"), 10);
        assertThat(sessions).extracting(m -> m.sessionId()).containsExactly("d2-primary");
        assertThat(conferences.searchProgramme(List.of("εξωστρεφειασ"), 10))
                .singleElement().satisfies(m -> {
                    assertThat(m.contributionId()).isEqualTo("d1-address-koppis");
                    assertThat(m.sessionId()).isEqualTo("d1-addresses");
                    assertThat(m.edition()).isEqualTo(7);
                });
        assertThat(conferences.searchProgramme(List.of("τρεχουσεσ", "δρασεισ"), 10)).as("by subject")
                .extracting(m -> m.contributionId()).containsExactly("d1-address-paraskevas");
    }

    @Test
    void chairAssignmentsNameEverySessionAPersonChairsOrModerates() {
        stored7();
        assertThat(conferences.chairAssignments(PARASKEVAS)).extracting(a -> a.edition().value() + "/" + a.session())
                .containsExactly("7/d2-primary", "7/d3-round-table");
        assertThat(conferences.chairAssignments(KOPPIS)).isEmpty();
    }

    @Test
    void unknownEditionIsEmpty() {
        assertThat(conferences.find(EditionNumber.of(99))).isEmpty();
        assertThat(conferences.exists(EditionNumber.of(99))).isFalse();
    }

    @Test
    void listingCountsSessionsAndContributionsWithoutLoadingProgrammes() {
        stored7();
        database.inTransaction(() -> {
            conferences.add(Conference.plan(EditionNumber.of(8), new ConferenceDetails("8ο Συνέδριο", null,
                    LocalDate.of(2022, 11, 18), LocalDate.of(2022, 11, 19), ConferenceMode.HYBRID, null,
                    "Αθήνα", null, List.of())));
            return null;
        });
        List<ConferenceListing> all = conferences.listAll();
        assertThat(all).extracting(l -> l.edition().value()).containsExactly(7, 8);
        assertThat(all.get(0).sessions()).isEqualTo(3);
        assertThat(all.get(0).contributions()).isEqualTo(6);
        assertThat(all.get(1).sessions()).isZero();
        assertThat(all.get(1).details().venue()).isEqualTo("Αθήνα");
    }

    @Test
    void updateReplacesTheProgrammeAndBumpsTheVersion() {
        Conference c = stored7();
        c.replaceProgramme(new Programme(List.of(programme().sessions().get(0))), persons);
        long version = database.inTransaction(() -> conferences.update(c));

        assertThat(version).isEqualTo(2);
        Conference read = conferences.find(EditionNumber.of(7)).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.programme().sessions()).hasSize(1);
        assertThat(conferences.listAll().get(0).contributions()).isEqualTo(2);
    }

    @Test
    void staleUpdateIsRefusedAndWritesNothing() {
        Conference first = stored7();
        Conference second = conferences.find(EditionNumber.of(7)).orElseThrow();
        first.replaceProgramme(Programme.empty(), persons);
        database.inTransaction(() -> conferences.update(first));

        second.replaceProgramme(new Programme(List.of(programme().sessions().get(1))), persons);
        assertThatThrownBy(() -> database.inTransaction(() -> conferences.update(second)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("edition 7");
        Conference read = conferences.find(EditionNumber.of(7)).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.programme().sessions()).isEmpty();
    }

    @Test
    void concurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        stored7();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Conference copy = conferences.find(EditionNumber.of(7)).orElseThrow();
            Callable<Boolean> write = () -> {
                start.await();
                try {
                    database.inTransaction(() -> conferences.update(copy));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
            wins += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(wins).isEqualTo(1);
        assertThat(conferences.find(EditionNumber.of(7)).orElseThrow().version()).isEqualTo(2);
        assertThat(conferences.listAll().get(0).contributions()).isEqualTo(6);
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        persons.save(koppis());
        assertThatThrownBy(() -> database.inTransaction(() -> {
            persons.save(paraskevas());
            conferences.add(Conference.plan(EditionNumber.of(9), details()));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(persons.find(PARASKEVAS)).isEmpty();
        assertThat(conferences.exists(EditionNumber.of(9))).isFalse();
        assertThat(persons.find(KOPPIS)).isPresent();
    }

    @Test
    void personsRoundTripAndSavingAgainReplacesEveryField() {
        persons.save(paraskevas());
        Person read = persons.find(PARASKEVAS).orElseThrow();
        assertThat(read.sameAs(paraskevas())).isTrue();

        Person changed = new Person(PARASKEVAS, null, "Μιχαήλ Παρασκευάς", List.of("Μ. Παρασκευάς", "Μιχάλης"),
                null, null, EnumSet.of(Standing.AMBASSADOR));
        persons.save(changed);
        assertThat(persons.find(PARASKEVAS).orElseThrow().sameAs(changed)).isTrue();
        assertThat(persons.findAll(List.of(PARASKEVAS, KOPPIS))).hasSize(1);
    }

    @Test
    void tokensAreFoundByHashTouchedAndDeleted() {
        Instant created = Instant.parse("2026-11-26T08:00:00.123Z");
        tokens.add(new StoredToken("ops-μαρία", "a".repeat(64), "WRITE", created, null));
        assertThatThrownBy(() -> tokens.add(new StoredToken("ops-μαρία", "b".repeat(64), "READ", created, null)))
                .isInstanceOf(ConflictException.class);

        StoredToken found = tokens.findBySecretHash("a".repeat(64)).orElseThrow();
        assertThat(found.name()).isEqualTo("ops-μαρία");
        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.lastUsedAt()).isNull();

        Instant used = Instant.parse("2026-11-26T09:30:00Z");
        tokens.touch("ops-μαρία", used);
        assertThat(tokens.listAll()).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isEqualTo(used));
        assertThat(tokens.delete("ops-μαρία")).isTrue();
        assertThat(tokens.delete("ops-μαρία")).isFalse();
        assertThat(tokens.findBySecretHash("a".repeat(64))).isEmpty();
    }

    @Test
    void migratingAgainAppliesNothing() {
        // the first call reports what opening the fresh database applied (what `db migrate` prints on one)
        assertThat(new FlywaySchema(database).migrate().migrationsApplied()).isPositive();
        assertThat(new FlywaySchema(database).migrate().migrationsApplied()).isZero();
        assertThat(new FlywaySchema(database).appliedVersion()).isEqualTo(FlywaySchema.LATEST_VERSION);
    }
}
