package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads about the programme is in one language per run: Greek by default, English with {@code --lang
 * en}. Whatever the data holds (titles, names, rooms — Greek, with the odd "eTwinning" or "STEM") is taken out of
 * every line; what is left, the words Synedrio adds, must be all Greek or all English.
 */
class OneLanguageCliEndToEndTest {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern GREEK = Pattern.compile("[\\u0370-\\u03FF\\u1F00-\\u1FFF]");

    @TempDir
    Path dir;
    private CliRun cli;
    private List<String> data;

    @BeforeEach
    void demoDatabase() throws Exception {
        cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        TreeSet<String> values = new TreeSet<>();
        collect(new ObjectMapper().readTree(Seed.json()), values);
        data = new ArrayList<>(values);
        data.sort(Comparator.comparingInt(String::length).reversed());
    }

    private static void collect(JsonNode node, TreeSet<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.forEach(child -> collect(child, into));
    }

    /** The line without the data it quotes; a column cut short to fit ("Συνεδρία Πρωτοβάθμιας Εκ…") is data too. */
    private String words(String line) {
        String left = line.replaceAll("(?<=^.{14}).*?…", " ");
        for (String value : data) {
            left = left.replace(value, " ");
        }
        return left;
    }

    private void assertOneLanguage(String output, Pattern foreign) {
        assertThat(output).isNotBlank();
        for (String line : output.lines().toList()) {
            assertThat(foreign.matcher(words(line)).find()).as("a line mixing languages: %s", line).isFalse();
        }
    }

    @Test
    void programShowIsAllGreekByDefaultWithGreekCountsAndKinds() {
        CliRun.Result r = cli.run("program", "show", "7");

        assertThat(r.code()).as(r.err()).isZero();
        assertOneLanguage(r.out(), LATIN);
        assertThat(r.out()).contains("9 συνεδρίες · 87 παρουσιάσεις", "ΩΡΑ", "ώρα άγνωστη",
                "Έναρξη εργασιών", "Κήρυξη έναρξης: τίτλος άγνωστος — κ. Αλέξανδρος Κόππης",
                "Χαιρετισμός: τίτλος άγνωστος", "Κεντρική ομιλία: «Η σημασία",
                "Ομιλία για τις τρέχουσες δράσεις αλλά και τις σχεδιαζόμενες του eTwinning",
                "31 ομιλίες, τίτλοι άγνωστοι", "16 βιωματικά εργαστήρια, τίτλοι άγνωστοι",
                "Ομιλία: τίτλος άγνωστος", "Βιωματικό εργαστήριο: τίτλος άγνωστος",
                "[Παράλληλη συνεδρία, Δευτεροβάθμια Εκπαίδευση]", "Εισήγηση: «", "Συντονισμός: κ. Μιχαήλ Παρασκευάς")
                .doesNotContain("[opening]", "title unknown", "time unknown", " on ", " × ", "address");
    }

    @Test
    void programShowInEnglishWhenAskedAndNoGreekWordOfItsOwn() {
        CliRun.Result r = cli.run("program", "show", "7", "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        assertOneLanguage(r.out(), GREEK);
        assertThat(r.out()).contains("9 sessions · 87 contributions", "TIME", "time unknown", "Friday 19/11/2021",
                "opening: title unknown", "31 talks, titles unknown", "16 workshops, titles unknown",
                "[parallel, secondary education]", "moderator: κ. Μιχαήλ Παρασκευάς",
                "address, subject: «τις τρέχουσες");
    }

    @Test
    void conferenceListSpeaksOneLanguageToo() {
        assertOneLanguage(cli.run("conference", "list").out(), LATIN);
        assertOneLanguage(cli.run("conference", "list", "--lang", "en").out(), GREEK);
    }

    @Test
    void programCheckWordsEveryRuleInGreekByDefaultAndAsTheApiInEnglishWhenAsked() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode draft = (ObjectNode) json.readTree(cli.run("program", "show", "7", "--json").out());
        ((ObjectNode) draft.withArray("sessions").get(0)).put("day", "2030-01-01");
        Path file = Files.writeString(dir.resolve("draft.json"), json.writeValueAsString(draft));

        CliRun.Result greek = cli.run("program", "check", "7", "--file", file.toString());
        CliRun.Result english = cli.run("program", "check", "7", "--file", file.toString(), "--lang", "en");
        CliRun.Result api = cli.run("program", "check", "7", "--file", file.toString(), "--json");

        assertThat(greek.code()).as(greek.err()).isEqualTo(1);
        assertOneLanguage(greek.out().replace("draft.json", "ΑΡΧΕΙΟ"), LATIN); // the file name is as typed
        assertThat(greek.out()).contains("σφάλμα\tη συνεδρία '", "είναι στις 2030-01-01, έξω από τις ημέρες του"
                        + " συνεδρίου 2021-11-19 έως 2021-11-21", "προειδοποίηση\tη συνεδρία '",
                "δεν έχει πρόεδρο ούτε συντονιστή", "και οι 31 παρουσιάσεις δεν έχουν γνωστή ώρα",
                "draft.json (σχέδιο του συνεδρίου 7): 1 σφάλμα, ");
        assertOneLanguage(english.out(), GREEK);
        assertThat(english.out()).contains("error\tsession-within-conference-days\tsession '",
                "is on 2030-01-01, outside the conference's days 2021-11-19 to 2021-11-21",
                "draft.json (draft of edition 7): 1 error, ");
        assertThat(api.out()).contains("\"rule\" : \"session-within-conference-days\"",
                "\"message\" : \"session '", "outside the conference's days").doesNotContain("σφάλμα", "values");

        CliRun.Result stored = cli.run("program", "check", "7");
        assertThat(stored.code()).as(stored.err()).isZero();
        assertOneLanguage(stored.out(), LATIN);
        assertThat(stored.out()).contains("συνέδριο 7: 0 σφάλματα, ");
    }

    @Test
    void programImportSumsUpInGreekAndRefusesByARuleInGreek() throws Exception {
        Path schedule = dir.resolve("schedule.json");
        assertThat(cli.run("program", "export", "7", "--format", "schedule-json", "--output", schedule.toString())
                .code()).isZero();

        CliRun.Result greek = cli.run("program", "import", "17", schedule.toString());
        CliRun.Result english = cli.run("program", "import", "18", schedule.toString(), "--lang", "en");

        assertThat(greek.code()).as(greek.err()).isZero();
        assertThat(greek.out()).contains("εισήχθη το schedule.json ως συνέδριο 17 (νέο): 9 συνεδρίες, "
                + "87 παρουσιάσεις, 0 νέα πρόσωπα");
        assertThat(english.out()).contains("imported schedule.json as edition 18 (new): 9 sessions, "
                + "87 contributions, 0 new persons");
        for (String line : greek.out().lines().filter(l -> !l.startsWith("ignored\t") && !l.startsWith("changed\t"))
                .toList()) {
            assertThat(GREEK.matcher(line).find()).as(line).isTrue();
        }
    }

    @Test
    void aLanguageSynedrioDoesNotSpeakIsAUsageError() {
        CliRun.Result r = cli.run("program", "show", "7", "--lang", "fr");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("synedrio: ").contains("--lang");
    }
}
