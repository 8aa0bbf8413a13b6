package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated 2021 report against the press release it regenerates, sentence by sentence: every sentence of the
 * release the report does not contain word for word is listed, with why, in {@code docs/report.md} ("The 2021
 * report against the press release"), and that list is exactly what remains — a sentence fixed must leave the list,
 * a sentence broken must enter it. The awards table is left out (it is compared byte for byte by the awards export).
 */
class ReportAgainstPressReleaseTest {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."));
    private static final Path SEED = ROOT.resolve(
            "application/src/test/resources/sources/press-release-7th-conference-2021.txt");
    private static final Path DOC = ROOT.resolve("docs/report.md");
    private static final String SECTION = "## The 2021 report against the press release";

    @TempDir
    Path dir;

    /** Markdown's emphasis, links and list marks taken away, each paragraph or list item cut into sentences. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String t = line.strip();
            if (line.contains("\t") || t.startsWith("|") || t.isEmpty() || t.equals("---")
                    || t.equals("## ΔΕΛΤΙΟ ΤΥΠΟΥ")) {
                continue;
            }
            t = t.replace("**", "").replace("\\_", "_").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replaceAll("^[-*]\\s+", "").replaceAll("\\s+", " ").strip()
                    .replaceAll("[,;]$", "").strip().replaceAll(",? και$", "").strip();
            for (String s : t.split("(?<=[\\p{L}\\d)»]{3}[.!;])\\s+(?=\\p{Lu}|«)")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** The release's sentences the section lists: the second cell of each row of its table. */
    static Set<String> listed(String doc) {
        int at = doc.indexOf(SECTION);
        assertThat(at).as("docs/report.md has the section '%s'", SECTION).isNotNegative();
        int end = doc.indexOf("\n## ", at + SECTION.length());
        String section = end < 0 ? doc.substring(at) : doc.substring(at, end);
        Set<String> out = new LinkedHashSet<>();
        for (String row : section.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).toList()) {
            out.add(row.split(" \\| ")[1].strip().replace("\\|", "|"));
        }
        return out;
    }

    @Test
    void everySentenceOfTheReleaseTheReportDoesNotSayIsListedWithWhyAndNothingElse() throws IOException {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        CliRun.Result report = cli.run("report", "7");
        assertThat(report.code()).as(report.err()).isZero();
        Set<String> said = new LinkedHashSet<>(sentences(report.out()));

        Set<String> remaining = new LinkedHashSet<>();
        for (String s : sentences(Files.readString(SEED, StandardCharsets.UTF_8))) {
            if (!said.contains(s)) {
                remaining.add(s);
            }
        }

        assertThat(listed(Files.readString(DOC, StandardCharsets.UTF_8)))
                .as("the differences docs/report.md lists").containsExactlyInAnyOrderElementsOf(remaining);
    }

    @Test
    void theOpeningSentenceIsTheReleasesWordForWordArticleAndGenitiveFromTheData() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();

        assertThat(cli.run("report", "7").out()).contains("Την έναρξη των εργασιών του συνεδρίου κήρυξε ο Γενικός"
                + " Γραμματέας Πρωτοβάθμιας, Δευτεροβάθμιας Εκπαίδευσης και Ειδικής Αγωγής του ΥΠΑΙΘ,"
                + " **κ. Αλέξανδρος Κόππης**.",
                "- η **κα Μαρία Νικητάκη**, Προϊσταμένη Διεύθυνσης Ειδικών Προγραμμάτων Διεθνών Υποτροφιών του ΙΚΥ",
                "- ο **Καθηγητής Δημήτριος Σερπάνος**, Πρόεδρος του ΙΤΥΕ «Διόφαντος»",
                "από την κα Κλειώ Σγουροπούλου", "από τον κ. Θαρρενός Μπράττσης",
                "Συντόνισε ο κ. Μιχαήλ Παρασκευάς");
    }
}
