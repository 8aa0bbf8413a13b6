package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.ambassador.AmbassadorRepository;
import gr.etwinning.synedrio.application.port.out.school.RegisteredSchool;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestFixtures;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.person.Ambassador;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.school.School;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database behind the contest, schools and ambassador ports must do; run on H2 and on MariaDB by the
 * subclasses, each test on a fresh, empty, migrated database.
 */
abstract class ContestRepositoryContract {

    protected Database database;
    private DatabaseSettings settings;
    private JooqContestRepository contests;
    private JooqSchoolRepository schools;
    private JooqPersonRepository persons;
    private JooqAmbassadorRepository ambassadors;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        contests = new JooqContestRepository(database);
        schools = new JooqSchoolRepository(database);
        persons = new JooqPersonRepository(database);
        ambassadors = new JooqAmbassadorRepository(database, persons);
        database.inTransaction(() -> {
            new JooqConferenceRepository(database, persons).add(Conference.plan(EditionNumber.of(7),
                    new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning", null, LocalDate.of(2021, 11, 19),
                            LocalDate.of(2021, 11, 21), ConferenceMode.ONLINE, null, null, null, List.of())));
            return null;
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    private Contest stored15() {
        Contest c = ContestFixtures.contest15();
        database.inTransaction(() -> {
            schools.record(c.schools());
            contests.add(c);
            return null;
        });
        return contests.find(ContestNumber.of(15)).orElseThrow();
    }

    @Test
    void aStoredContestReadsBackFieldForFieldWithGreekTitlesAndTeachersInOrder() {
        Contest read = stored15();
        assertThat(read.sameAs(ContestFixtures.contest15())).isTrue();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.projects().get(0).partners().get(0).teachers())
                .containsExactly("Παρασκευή Καρέλλα", "Κωνσταντία Μανουσαρίδου", "Βασιλική Γεωργαντά");
        assertThat(read.categories().get(3).title()).isEqualTo("Κατηγορία: ΓΕΛ , ΕΠΑΛ, ΕΠΑΣ, ΤΕΕ και ΕΕΕΕΚ (Ηλικία: 16-19)");
        assertThat(read.projects().get(10).distinction().isPrize()).isTrue();
        assertThat(read.prizePolicy()).contains(ContestFixtures.POLICY_2021);
        assertThat(contests.listAll()).extracting(Contest::number).containsExactly(ContestNumber.of(15));
        assertThat(contests.find(ContestNumber.of(99))).isEmpty();
    }

    @Test
    void theContestPresentedAtAnEditionIsFoundDirectlyAndNoneForAnEditionWithoutOne() {
        stored15();
        assertThat(contests.findPresentedAt(EditionNumber.of(7))).map(Contest::number)
                .contains(ContestNumber.of(15));
        assertThat(contests.findPresentedAt(EditionNumber.of(6))).isEmpty();
    }

    @Test
    void aContestWithoutYearConferenceOrPolicyRoundTrips() {
        Contest bare = Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(),
                ContestFixtures.projects().subList(0, 2), null);
        database.inTransaction(() -> {
            schools.record(bare.schools());
            contests.add(bare);
            return null;
        });
        Contest read = contests.find(ContestNumber.of(16)).orElseThrow();
        assertThat(read.sameAs(bare)).isTrue();
        assertThat(read.prizePolicy()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheAwardsAndAStaleOneIsRefused() {
        Contest first = stored15();
        Contest second = contests.find(ContestNumber.of(15)).orElseThrow();
        List<Project> fewer = ContestFixtures.projects().subList(0, 3);
        first.revise(null, EditionNumber.of(7), ContestFixtures.categories(), fewer, null);
        assertThat(database.inTransaction(() -> contests.update(first))).isEqualTo(2);
        Contest read = contests.find(ContestNumber.of(15)).orElseThrow();
        assertThat(read.projects()).isEqualTo(fewer);
        assertThat(read.schoolYear()).isEmpty();

        assertThatThrownBy(() -> database.inTransaction(() -> contests.update(second)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("contest 15");
        assertThat(contests.find(ContestNumber.of(15)).orElseThrow().projects()).hasSize(3);
    }

    @Test
    void theSameSchoolTypedThreeWaysIsOneEntryWithThreeSpellings() {
        schools.record(List.of(School.named("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ"), School.named("27ο ΓΕΛ ΑΘΗΝΩΝ")));
        schools.record(List.of(School.named("27o Γε.Λ. Αθηνών"), School.named("27ο ΓΕΛ ΑΘΗΝΩΝ"),
                School.named("ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ")));
        List<RegisteredSchool> all = schools.listAll();
        assertThat(all).hasSize(2);
        RegisteredSchool lyceum = all.stream().filter(r -> r.school().key().equals("27 γελ αθηνων")).findFirst()
                .orElseThrow();
        assertThat(lyceum.school().name()).isEqualTo("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ");
        assertThat(lyceum.spellings()).containsExactly("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ", "27ο ΓΕΛ ΑΘΗΝΩΝ",
                "27o Γε.Λ. Αθηνών");
        assertThat(schools.count()).isEqualTo(2);
    }

    @Test
    void ambassadorsAreThePersonsWithTheStandingWithTheirDetailsWhereRecorded() {
        PersonId kokkinou = PersonId.of("kokkinou-eleni");
        PersonId nikolaou = PersonId.of("nikolaou-eleni");
        persons.save(new Person(kokkinou, null, "Ελένη Κοκκίνου", List.of(), null, null,
                EnumSet.of(Standing.AMBASSADOR)));
        persons.save(new Person(nikolaou, null, "Ελένη Νικολάου", List.of(), null, null,
                EnumSet.of(Standing.AMBASSADOR)));
        persons.save(new Person(PersonId.of("daskalou-giorgos"), null, "Γιώργος Δασκάλου", List.of(), null, null,
                null));
        ambassadors.save(new Ambassador(kokkinou, "ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "Κεντρική Μακεδονία",
                Year.of(2018)));
        ambassadors.save(new Ambassador(kokkinou, "ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "Κεντρική Μακεδονία",
                Year.of(2019)));
        List<AmbassadorRepository.Listing> all = ambassadors.listAll();
        assertThat(all).extracting(l -> l.person().id()).containsExactlyInAnyOrder(kokkinou, nikolaou);
        AmbassadorRepository.Listing k = all.stream().filter(l -> l.person().id().equals(kokkinou)).findFirst()
                .orElseThrow();
        assertThat(k.details()).contains(new Ambassador(kokkinou, "ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ",
                "Κεντρική Μακεδονία", Year.of(2019)));
        assertThat(all.stream().filter(l -> l.person().id().equals(nikolaou)).findFirst().orElseThrow().details())
                .isEmpty();
    }
}
