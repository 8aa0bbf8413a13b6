package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary report over the command line, on the demo dataset: it must state every figure of the press release it
 * regenerates, worded as the release words them, from data alone.
 */
class ReportCliEndToEndTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Path SEED = Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."))
            .resolve("application/src/test/resources/sources/press-release-7th-conference-2021.txt");

    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void demoDatabase() {
        cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
    }

    /** The report without its closing provenance table, which lists every figure anyway. */
    private static String body(String report) {
        int end = report.indexOf("### Προέλευση των αριθμών");
        assertThat(end).as("the report ends with the provenance of its figures").isPositive();
        return report.substring(0, end);
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theReportOfTheSeventhConferenceStatesEveryNumberOfThePressRelease() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8).replaceAll("https?://\\S+", "");
        CliRun.Result r = cli.run("report", "7", "--format", "md");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("nothing is missing from the 2021 report").isEmpty();
        Set<String> inReport = numbers(body(r.out()));
        List<String> absent = new ArrayList<>();
        for (String n : numbers(seed)) {
            if (!inReport.contains(n)) {
                absent.add(n);
            }
        }
        assertThat(absent).as("numbers of the press release the report does not state").isEmpty();
        assertThat(numbers(seed)).contains("7.000", "4500", "3.600", "2600", "990.000", "226.461", "35832", "57");
    }

    @Test
    void theReportWordsTheNumbersAsThePressReleaseDoes() {
        String report = body(cli.run("report", "7").out());

        assertThat(report).contains(
                "από **19 έως 21 Νοεμβρίου 2021**",
                "οι εγγραφές των εκπαιδευτικών ξεπέρασαν τις **7.000**",
                "για δεύτερη χρονιά διαδικτυακά",
                "(Παρασκευή, 19/11/2021)",
                "την παρακολούθησαν περίπου **600** εκπαιδευτικοί",
                "έχει ξεπεράσει τις **4500** προβολές",
                "(Σάββατο 20/11/2021)",
                "από 9.00 πμ μέχρι 7.00 μμ",
                "Μία (1) συνεδρία με **τριάντα μία (31) ομιλίες**",
                "της **Πρωτοβάθμιας** Εκπαίδευσης",
                "**είκοσι πέντε (25) ομιλίες**",
                "**δεκαέξι (16) βιωματικά εργαστήρια**",
                "ήταν περίπου **500**",
                "ξεπέρασαν τους **3.600** (μοναδικοί συμμετέχοντες)",
                "περισσότερες από **4500** προβολές",
                "περισσότερες από **2600** προβολές",
                "(Κυριακή, 21/11/2021) πραγματοποιήθηκαν μία (1) συνεδρία με μία (1) ομιλία και ένα (1) εργαστήριο"
                        + " και **μία (1) στρογγυλή τράπεζα**",
                "ήταν περίπου **400**",
                "έχει ξεπεράσει τις **2200** προβολές",
                "**πενήντα επτά (57) ομιλίες**",
                "**δεκαεπτά (17) βιωματικά εργαστήρια (workshops)**",
                "περισσότεροι από 990.000 εκπαιδευτικοί και 226.461 σχολεία",
                "περίπου 130.000 συνεργατικά έργα",
                "**35832** εκπαιδευτικοί",
                "**11797** σχολικές μονάδες",
                "**19859** συνεργατικά έργα (τελευταία ενημέρωση: 22-11-2021)",
                "**κ. Αλέξανδρος Κόππης**",
                "CEN TC428",
                "Τελετή Βράβευσης των νικητών του 15ου Εθνικού Διαγωνισμού έργων eTwinning",
                "δέκα (10) tablets/σχολική μονάδα ή έναν (1) 3D εκτυπωτή/σχολική μονάδα");
    }

    @Test
    void theWinnersTableComesFromTheContestData() {
        String report = body(cli.run("report", "7").out());

        assertThat(report).contains("| Βραβείο | Τίτλος Έργου | Σχολείο | Εκπαιδευτικοί |",
                "| **Κατηγορία: Νηπιαγωγείο (ηλικία 4-5)** | | | |",
                "| 1ο | DinoStem | 7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ | Παρασκευή Καρέλλα, Κωνσταντία Μανουσαρίδου,"
                        + " Βασιλική Γεωργαντά |",
                "| 2ο | Me the A.I #2.0 | 2ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΝΕΑΣ ΕΡΥΘΡΑΙΑΣ |",
                "| Βραβείο | A Robot in the Services of climate change | ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΦΙΛΟΘΕΗΣ |",
                "|  | STEAM Challenges | ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΑΝΩ ΣΥΡΟΥ | Νεκτάριος Φαρασόπουλος |");
    }

    @Test
    void theTenChosenCommentsOfTheReleaseAreQuotedInItsOrder() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String block = seed.substring(seed.indexOf("Ενδεικτικά:"), seed.indexOf("Επισημαίνεται ότι:"));
        List<String> comments = block.lines().filter(l -> l.startsWith("- ")).toList();
        String report = body(cli.run("report", "7").out());

        assertThat(comments).hasSize(10);
        int at = 0;
        for (String c : comments) {
            int found = report.indexOf(c, at);
            assertThat(found).as(c).isGreaterThan(at);
            at = found;
        }
    }

    @Test
    void theHtmlReportIsAWellFormedPageThatEscapesWhatOperatorsTyped() throws Exception {
        CliRun.Result added = cli.run("comments", "add", "7", "<script>alert('x')</script> & «Μπράβο»", "--selected");
        assertThat(added.code()).as(added.err()).isZero();
        Path page = dir.resolve("report-7.html");

        CliRun.Result r = cli.run("report", "7", "--format", "html", "--output", page.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote the report of edition 7 (html) to " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"el\">")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; «Μπράβο»")
                .doesNotContain("<script>").contains("<td>DinoStem</td>")
                .contains("ξεπέρασαν τις <strong>7.000</strong>");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("table").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("li").getLength()).isGreaterThan(20);
    }

    @Test
    void aMissingFigureIsAGapInTheReportAndAWarningOnStderrNeverZero() {
        assertThat(cli.run("figures", "unset", "7", "registrations").code()).isZero();
        assertThat(cli.run("figures", "unset", "7", "video.d2-secondary.views").code()).isZero();

        CliRun.Result r = cli.run("report", "7");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("οι εγγραφές των εκπαιδευτικών ήταν **[λείπει: registrations]**")
                .contains("Συνεδρία Δευτεροβάθμιας Εκπαίδευσης: **[λείπει: video.d2-secondary.views]** προβολές")
                .doesNotContain("ήταν **0**");
        assertThat(r.err().lines()).containsExactly(
                "synedrio: warning: the report of edition 7 lacks 'registrations' (record it with 'synedrio figures"
                        + " set 7 registrations VALUE')",
                "synedrio: warning: the report of edition 7 lacks 'video.d2-secondary.views' (record it with"
                        + " 'synedrio figures set 7 video.d2-secondary.views VALUE')");
    }

    @Test
    void figuresAreSetAsTheSourceWritesThemListedAndBadOnesRefusedWithoutChange() {
        CliRun.Result set = cli.run("figures", "set", "7", "registrations", "7.012", "--source",
                "Πλατφόρμα εγγραφών", "--as-of", "25-11-2021");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("figure 'registrations' of edition 7 recorded: 7.012 (as of 2021-11-25)");
        assertThat(cli.run("figures", "set", "7", "participants.day3", "412", "--approx").code()).isZero();

        CliRun.Result list = cli.run("figures", "list", "7");
        assertThat(list.out()).contains("registrations").contains("7.012").contains("Πλατφόρμα εγγραφών")
                .contains("participants.day3").contains("approximately");
        assertThat(cli.run("report", "7").out()).contains("οι εγγραφές των εκπαιδευτικών ήταν **7.012**")
                .contains("ήταν περίπου **412**");

        CliRun.Result unknown = cli.run("figures", "set", "7", "registration", "7000");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("synedrio: 'registration' is not a figure Synedrio knows");
        CliRun.Result comma = cli.run("figures", "set", "7", "registrations", "7,000");
        assertThat(comma.code()).isEqualTo(1);
        assertThat(comma.err()).contains("'7,000' is not a whole number");
        CliRun.Result noSuchDay = cli.run("figures", "set", "7", "stream.day5.live-viewers", "10");
        assertThat(noSuchDay.code()).isEqualTo(1);
        assertThat(noSuchDay.err()).contains("has 3 day(s), not a day 5");
        assertThat(cli.run("figures", "set", "7", "registrations", "10", "--approx", "--more-than").code())
                .isEqualTo(2);
        CliRun.Result badDate = cli.run("figures", "set", "7", "registrations", "10", "--as-of", "χθες");
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.err()).contains("--as-of 'χθες' is not a date");
        assertThat(cli.run("figures", "list", "9").code()).isEqualTo(1);
        assertThat(cli.run("figures", "list", "7").out()).contains("7.012");
    }

    @Test
    void commentsAreAddedListedAndChosenAllOrNothing() {
        CliRun.Result added = cli.run("comments", "add", "7", "ΠΟΛΥ ΚΑΛΗ ΟΡΓΑΝΩΣΗ, ευχαριστούμε!");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("comment 11 of edition 7 recorded\n");
        assertThat(cli.run("comments", "add", "7", "ΠΟΛΥ ΚΑΛΗ ΟΡΓΑΝΩΣΗ, ευχαριστούμε!").code()).isEqualTo(1);
        assertThat(cli.run("report", "7").out()).doesNotContain("ΠΟΛΥ ΚΑΛΗ ΟΡΓΑΝΩΣΗ");

        CliRun.Result refused = cli.run("comments", "select", "7", "11", "12");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("edition 7 has no comment 12");
        assertThat(cli.run("comments", "list", "7", "--selected").out()).doesNotContain("ΠΟΛΥ ΚΑΛΗ");

        assertThat(cli.run("comments", "select", "7", "11").code()).isZero();
        assertThat(cli.run("comments", "unselect", "7", "1").code()).isZero();
        String report = cli.run("report", "7").out();
        assertThat(report).contains("- ΠΟΛΥ ΚΑΛΗ ΟΡΓΑΝΩΣΗ, ευχαριστούμε!")
                .doesNotContain("η \"υπερδύναμη\" μας");
        assertThat(cli.run("comments", "list", "7").out()).contains(" 11 * ΠΟΛΥ ΚΑΛΗ").contains("  1   Συγχαρητήρια");
    }

    @Test
    void anOperatorsTemplateIsUsedAndABrokenOneIsRefusedNamingIt() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.md.mustache"),
                "Εγγραφές {{edition}}ου: {{registrations.qualified}}, ομιλίες {{totals.talks.feminine}}\n");
        CliRun.Result r = cli.run("report", "7", "--template", mine.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Εγγραφές 7ου: πάνω από 7.000, ομιλίες πενήντα επτά (57)\n");

        Path typo = Files.writeString(dir.resolve("typo.md.mustache"), "{{registratons.number}}\n");
        CliRun.Result refused = cli.run("report", "7", "--template", typo.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("typo.md.mustache").contains("registratons");

        Path unclosed = Files.writeString(dir.resolve("unclosed.md.mustache"), "{{#days}}{{date}}\n");
        CliRun.Result broken = cli.run("report", "7", "--template", unclosed.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).startsWith("synedrio: template ").contains("unclosed.md.mustache");

        assertThat(cli.run("report", "7", "--format", "pdf").code()).isEqualTo(1);
        assertThat(cli.run("report", "70").err()).contains("there is no edition 70");
    }

    @Test
    void importingTheDemoDatasetAgainChangesNoFigureOrComment() {
        CliRun.Result again = cli.run("import", Seed.file(dir).toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 created, 0 updated");
        assertThat(cli.run("comments", "list", "7").out().lines()).hasSize(10);
    }

    @Test
    void nothingAbout2021IsWrittenInTheReportsCodeOrTemplates() throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."));
        List<Path> sources = new ArrayList<>();
        for (Path d : List.of(
                root.resolve("application/src/main/java/gr/etwinning/synedrio/application/service/report"),
                root.resolve("application/src/main/java/gr/etwinning/synedrio/application/report"),
                root.resolve("adapter-files/src/main/resources/report"))) {
            try (Stream<Path> files = Files.walk(d)) {
                files.filter(Files::isRegularFile).forEach(sources::add);
            }
        }
        sources.add(root.resolve("adapter-files/src/main/java/gr/etwinning/synedrio/adapter/out/files/report/"
                + "MustacheReportRenderer.java"));
        assertThat(sources).hasSizeGreaterThan(4);
        for (Path file : sources) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain("Κόππης", "7.000", "2021", "Νοεμβρίου", "DinoStem",
                    "15ου", "35832", "4500", "τριάντα μία");
        }
    }
}
