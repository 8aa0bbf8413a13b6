package gr.etwinning.synedrio.adapter.out.files.awards;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.contest.AwardsFormat;
import gr.etwinning.synedrio.application.port.in.contest.AwardsImportReport;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase.ImportAwardsCommand;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase.ReplaceAwardsCommand;
import gr.etwinning.synedrio.application.port.in.school.SchoolData;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.application.service.contest.ContestMapper;
import gr.etwinning.synedrio.application.service.contest.ContestService;
import gr.etwinning.synedrio.application.service.school.SchoolService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.ContestFixtures;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The awards tables (press release and CSV) read and written through the contest service, as the command line and
 * the API use them.
 */
class AwardsTablesTest {

    private InMemoryPorts ports;
    private ContestService service;

    static Path root() {
        String root = System.getenv("SYNEDRIO_TEST_ROOT");
        return root == null ? Path.of("..") : Path.of(root);
    }

    static String seedTable() {
        try {
            return Files.readString(root().resolve("datasets/contest-15-press-release.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        ports.editions.add(EditionNumber.of(7));
        service = new ContestService(ports.contestRepository, ports.conferences, ports.schoolRepository,
                ports.transactions, new AwardsTables());
    }

    private AwardsImportReport importTable(int contest, String text) {
        return service.importAwards(new ImportAwardsCommand(contest, 7, null, AwardsFormat.PRESS_RELEASE,
                "contest.tsv", text, false));
    }

    @Test
    void givenTheSeedsTableWhenImportedThenItsElevenProjectsHaveEveryPartnerAndTeacher() {
        AwardsImportReport report = importTable(15, seedTable());
        assertThat(report.outcome()).isEqualTo("created");
        assertThat(report.projects()).isEqualTo(11);
        assertThat(report.partners()).isEqualTo(22);
        assertThat(report.teachers()).isEqualTo(30);
        assertThat(report.guesses()).isEmpty();
        assertThat(report.unclassifiedSchools()).containsExactly("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ",
                "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ");
        assertThat(ports.contests.get(ContestNumber.of(15)).projects())
                .isEqualTo(ContestFixtures.projects());
        ContestData data = service.getAwards(15);
        assertThat(data.conference()).isEqualTo(7);
        assertThat(data.projects().get(10).title()).isEqualTo("STEAM Challenges");
        assertThat(data.projects().get(10).award()).isEqualTo("prize");
        assertThat(data.projects().get(0).partners().get(0).teachers())
                .containsExactly("Παρασκευή Καρέλλα", "Κωνσταντία Μανουσαρίδου", "Βασιλική Γεωργαντά");
    }

    @Test
    void exportingThePressReleaseFormatReproducesTheSeedsTableByteForByte() {
        importTable(15, seedTable());
        assertThat(service.exportAwards(15, AwardsFormat.PRESS_RELEASE)).isEqualTo(seedTable());
    }

    @Test
    void theSavedTableIsExactlyTheOneInTheSeedPressRelease() throws IOException {
        // The release as received, vendored under application/src/test/resources/sources (see SOURCE.md there).
        Path seed = root().resolve("application/src/test/resources/sources/press-release-7th-conference-2021.txt");
        assertThat(Files.exists(seed)).as("the vendored press release must be in " + seed).isTrue();
        String release = Files.readString(seed, StandardCharsets.UTF_8);
        assertThat(release).contains(seedTable());
        assertThat(importTable(15, release).projects()).isEqualTo(11);
    }

    @Test
    void theCsvExportImportsBackToTheSameContest() {
        importTable(15, seedTable());
        String csv = service.exportAwards(15, AwardsFormat.CSV);
        assertThat(csv).startsWith("category,category title,award,project,school,teachers\n")
                .contains("kindergarten,Κατηγορία: Νηπιαγωγείο (ηλικία 4-5),1,DinoStem,7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ,"
                        + "Παρασκευή Καρέλλα; Κωνσταντία Μανουσαρίδου; Βασιλική Γεωργαντά\n")
                .contains(",\"The \"\"Odyssey of words\"\" still continues...\",");
        service.importAwards(new ImportAwardsCommand(16, null, null, AwardsFormat.CSV, "awards.csv", csv, false));
        assertThat(service.exportAwards(16, AwardsFormat.PRESS_RELEASE)).isEqualTo(seedTable());
    }

    @Test
    void importingTheSameTableAgainChangesNothing() {
        importTable(15, seedTable());
        AwardsImportReport again = importTable(15, seedTable());
        assertThat(again.outcome()).isEqualTo("unchanged");
        assertThat(ports.contests.get(ContestNumber.of(15)).version()).isEqualTo(1);
    }

    @Test
    void aCellThatCannotBeSplitWithConfidenceRefusesTheImportAndListsEveryOne() {
        String table = seedTable().replace("Μαρία Γκιζλή", "Μαρία Γκιζλή Ζατέλη Καρέλλα Ζωρζέτ")
                .replace("Σταυρούλα Σκιαδά Αικατερίνη", "Σταυρούλα Σκιαδά Αικατερίνη Ελένη");
        assertThatThrownBy(() -> importTable(15, table)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2 teachers cells cannot be split")
                .hasMessageContaining("line 4 'Μαρία Γκιζλή Ζατέλη Καρέλλα Ζωρζέτ'")
                .hasMessageContaining("line 15 'Σταυρούλα Σκιαδά Αικατερίνη Ελένη Χαραμούσου'")
                .hasMessageContaining("more than one way")
                .hasMessageContaining("nothing was written");
        assertThat(ports.contests).isEmpty();
        assertThat(ports.schools).isEmpty();
    }

    @Test
    void acceptedGuessesAreImportedAndListedButUnsplittableCellsStillRefuse() {
        String guessable = seedTable().replace("Μαρία Γκιζλή", "Νίκος Γκιζλή Μαρία Ελένη Ζατέλη");
        AwardsImportReport report = service.importAwards(new ImportAwardsCommand(15, 7, null,
                AwardsFormat.PRESS_RELEASE, "contest.tsv", guessable, true));
        assertThat(report.guesses()).singleElement().asString().contains("line 4", "Νίκος Γκιζλή + Μαρία Ελένη Ζατέλη");
        assertThat(report.teachers()).isEqualTo(31);

        String odd = seedTable().replace("Μαρία Γκιζλή", "Μαρία Γκιζλή Ζατέλη Καρέλλα Ζωρζέτ");
        assertThatThrownBy(() -> service.importAwards(new ImportAwardsCommand(16, 7, null,
                AwardsFormat.PRESS_RELEASE, "contest.tsv", odd, true))).hasMessageContaining("no split to propose");
    }

    @Test
    void badRowsAreRefusedNamingTheirLine() {
        assertThatThrownBy(() -> importTable(15, seedTable().replace("2 <sup>ο</sup>\tEco", "δεύτερο\tEco")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("contest.tsv line 8")
                .hasMessageContaining("'δεύτερο'");
        assertThatThrownBy(() -> importTable(15, seedTable().replace("<b>Κατηγορία: Νηπιαγωγείο (ηλικία 4-5)</b>\t\t\t\n",
                ""))).hasMessageContaining("line 2").hasMessageContaining("before any category");
        assertThatThrownBy(() -> importTable(15, seedTable().replace("Κατηγορία: Γυμνάσιο", "Κατηγορία: Ωδείο")))
                .hasMessageContaining("line 17").hasMessageContaining("none of the contest's categories");
        assertThatThrownBy(() -> importTable(15, seedTable().replace("\tΜαρία Γκιζλή", "\tΜαρία Γκιζλή\tx")))
                .hasMessageContaining("line 4").hasMessageContaining("4 columns");
        assertThatThrownBy(() -> importTable(15, seedTable().replace("2 <sup>ο</sup>\tMe the", "1 <sup>ο</sup>\tMe the")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("line 12")
                .hasMessageContaining("place 1 to both 'In your shoes' and 'Me the A.I #2.0'");
        assertThatThrownBy(() -> importTable(15, "Βραβείο;Τίτλος\n")).hasMessageContaining("no awards table");
        assertThat(ports.contests).isEmpty();
    }

    @Test
    void aContestPresentedAtAnUnknownConferenceIsRefused() {
        assertThatThrownBy(() -> service.importAwards(new ImportAwardsCommand(15, 9, null,
                AwardsFormat.PRESS_RELEASE, "contest.tsv", seedTable(), false)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("edition 9, which does not exist");
    }

    @Test
    void aReimportKeepsTheStoredPrizePolicyYearAndConference() {
        ContestData data = ContestMapper.toData(ContestFixtures.contest15());
        service.replaceAwards(new ReplaceAwardsCommand(15, data, null));
        AwardsImportReport report = service.importAwards(new ImportAwardsCommand(15, null, null,
                AwardsFormat.PRESS_RELEASE, "contest.tsv", seedTable(), false));
        assertThat(report.outcome()).isEqualTo("unchanged");
        assertThat(service.getAwards(15).schoolYear()).isEqualTo("2020-2021");
    }

    @Test
    void withoutAPrizePolicyPrizesAreRefusedAndUnknownContestsAreNotFound() {
        importTable(15, seedTable());
        assertThatThrownBy(() -> service.getPrizes(15)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no prize policy");
        assertThatThrownBy(() -> service.getAwards(99)).isInstanceOf(NotFoundException.class)
                .hasMessage("there is no contest 99");
    }

    @Test
    void theSameSchoolTypedThreeWaysIsOneSchoolOfTheRegistry() {
        importTable(15, seedTable());
        String csv = "category,category title,award,project,school,teachers\n"
                + "upper-secondary,\"Κατηγορία: ΓΕΛ (Ηλικία: 16-19)\",1,Α,27ο ΓΕΛ ΑΘΗΝΩΝ,Ελένη Κοκκίνου\n"
                + "upper-secondary,,2,Β,27o Γε.Λ. Αθηνών,Ελένη Κοκκίνου\n";
        service.importAwards(new ImportAwardsCommand(16, null, null, AwardsFormat.CSV, "a.csv", csv, false));
        List<SchoolData> schools = new SchoolService(ports.schoolRepository).listSchools(false);
        assertThat(schools).hasSize(22);
        SchoolData lyceum = schools.stream().filter(s -> s.key().equals("27 γελ αθηνων")).findFirst().orElseThrow();
        assertThat(lyceum.name()).isEqualTo("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ");
        assertThat(lyceum.spellings()).containsExactly("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ", "27ο ΓΕΛ ΑΘΗΝΩΝ",
                "27o Γε.Λ. Αθηνών");
        assertThat(new SchoolService(ports.schoolRepository).listSchools(true)).extracting(SchoolData::name)
                .containsExactly("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ");
    }

    @Test
    void csvRowsWithAWrongFieldCountOrAnOpenQuoteNameTheirLine() {
        assertThatThrownBy(() -> service.importAwards(new ImportAwardsCommand(16, null, null, AwardsFormat.CSV,
                "a.csv", "category,category title,award,project,school,teachers\nstem,Ειδική κατηγορία: Δράση STEM,prize\n",
                false))).hasMessageContaining("a.csv line 2: 3 fields");
        assertThatThrownBy(() -> service.importAwards(new ImportAwardsCommand(16, null, null, AwardsFormat.CSV,
                "a.csv", "category,category title,award,project,school,teachers\nstem,\"open\n", false)))
                .hasMessageContaining("line 2").hasMessageContaining("never closed");
        assertThatThrownBy(() -> service.importAwards(new ImportAwardsCommand(16, null, null, AwardsFormat.CSV,
                "a.csv", "kind,title\n", false))).hasMessageContaining("header must be");
    }
}
