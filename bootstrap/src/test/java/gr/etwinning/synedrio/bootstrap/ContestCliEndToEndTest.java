package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The contest, schools and ambassadors commands end to end, as a script sees them: exit code, stdout, stderr. */
class ContestCliEndToEndTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = "jdbc:h2:file:" + dir.resolve("db/synedrio").toAbsolutePath();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    static String seedTable() {
        String root = System.getenv("SYNEDRIO_TEST_ROOT");
        try {
            return Files.readString((root == null ? Path.of("..") : Path.of(root))
                    .resolve("datasets/contest-15-press-release.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path table(String name, String text) {
        return Seed.write(dir.resolve(name), text);
    }

    @BeforeEach
    void importThe2021Dataset() {
        Run imported = run("import", Seed.file(dir).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("created\tcontest 15");
    }

    @Test
    void theSeedsTableImportsAsElevenProjectsAndExportsBackByteForByte() {
        Run imported = run("awards", "import", table("awards.tsv", seedTable()).toString(), "--contest", "15",
                "--conference", "7");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("contest 15: unchanged — 11 projects, 22 partner schools, 30 teachers",
                "ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ");
        assertThat(run("awards", "export", "15", "--format", "press-release").out()).isEqualTo(seedTable());

        Run into16 = run("awards", "import", table("awards.tsv", seedTable()).toString(), "--contest", "16");
        assertThat(into16.out()).contains("contest 16: created");
        Path csv = table("awards.csv", run("awards", "export", "16", "--format", "csv").out());
        String exported = run("awards", "export", "15", "--format", "json").out();
        Path json = table("awards.json", exported.replaceFirst("\"number\" : 15", "\"number\" : 18"));
        Run other = run("awards", "import", table("other.json", exported).toString(), "--contest", "19");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("the body is contest 15 but the request is for contest 19");
        assertThat(run("awards", "import", csv.toString(), "--contest", "17").code()).isZero();
        assertThat(run("awards", "import", json.toString(), "--contest", "18").code()).isZero();
        assertThat(run("awards", "export", "17").out()).isEqualTo(seedTable());
        assertThat(run("awards", "export", "18").out()).isEqualTo(seedTable());
    }

    @Test
    void prizesAreListedInGreekByDefaultWithItemsAsWrittenAndGreekCountsAndJsonUnchanged() {
        Run greek = run("awards", "prizes", "15");
        Run json = run("awards", "prizes", "15", "--json");

        assertThat(greek.code()).as(greek.err()).isZero();
        assertThat(greek.out()).startsWith("Βραβεία του διαγωνισμού 15 — πολιτική: Πρωτοβάθμια Εκπαίδευση: 10 tablet"
                        + " ανά σχολική μονάδα· Δευτεροβάθμια Εκπαίδευση: 1 3D εκτυπωτής ανά σχολική μονάδα")
                .contains("Για προμήθεια:\n  140 tablet (14 σχολεία)\n  8 3D εκτυπωτής (8 σχολεία)\n",
                        "2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ\n    βαθμίδα Δευτεροβάθμια Εκπαίδευση"
                                + " (από τον τύπο του σχολείου: το όνομά του δηλώνει ΓΥΜΝΑΣΙΟ) → 1 3D εκτυπωτής",
                        "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ\n    βαθμίδα Δευτεροβάθμια Εκπαίδευση (από την κατηγορία")
                .doesNotContain(" × ");
        for (String line : greek.out().lines().toList()) {
            assertThat(line.replace("tablet", "").replace("3D", "")).as(line).doesNotContainPattern("[A-Za-z]");
        }
        assertThat(json.out()).contains("\"item\" : \"tablet\"", "\"reason\" : \"its name says");
    }

    @Test
    void aRefusedTableIsNamedAsTheOperatorGaveIt() {
        Run devNull = run("awards", "import", "/dev/null", "--contest", "16");
        Path empty = table("empty.tsv", "");
        Run whole = run("awards", "import", empty.toString(), "--contest", "16");

        assertThat(devNull.code()).isEqualTo(1);
        assertThat(devNull.err()).startsWith("synedrio: /dev/null: no awards table");
        assertThat(whole.err()).startsWith("synedrio: " + empty + ": no awards table");
    }

    @Test
    void awardsListShowsEveryCategoryProjectPartnerAndTeacher() {
        Run list = run("awards", "list", "15");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("11 projects · 22 partner schools · 30 teachers",
                "Ειδική κατηγορία: Δράση STEM [stem]", "Βραβείο: «STEAM Challenges»",
                "5ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΣΤΑΥΡΟΥΠΟΛΗΣ — Χριστίνα Λούστα",
                "1ο ΗΜΕΡΗΣΙΟ ΕΠΑΛ ΙΕΡΑΠΕΤΡΑΣ — Μαρία Σουργιαδάκη, Δέσποινα Λιανού, Δέσποινα Ξομπλαράκη");
    }

    @Test
    void prizesArePrintedPerSchoolWithTheReasonAndThenTheTotals() {
        Run prizes = run("awards", "prizes", "15", "--lang", "en");
        assertThat(prizes.code()).as(prizes.err()).isZero();
        String out = prizes.out();
        assertThat(out).contains("To procure:\n  140 × tablet (14 schools)\n  8 × 3D εκτυπωτής (8 schools)\n");
        assertThat(out).contains("2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ\n    level secondary (by school type",
                "the prize follows the school) → 1 × 3D εκτυπωτής");
        assertThat(out).contains("ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ\n    level secondary (by category, unclassified school");
        assertThat(out.lines().filter(l -> l.endsWith("→ 10 × tablet"))).hasSize(14);
        assertThat(out.lines().filter(l -> l.endsWith("→ 1 × 3D εκτυπωτής"))).hasSize(8);
    }

    @Test
    void aBadTableIsRefusedNamingItsLineAndNothingChanges() {
        String before = run("awards", "export", "15").out();
        Run bad = run("awards", "import", table("bad.tsv", seedTable().replace("1 <sup>ο</sup>\tIn your", "πρώτο\tIn your")
                .replace("DinoStem", "DinoStem 2")).toString(), "--contest", "15");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("synedrio: " + dir.resolve("bad.tsv") + " line 11: award 'πρώτο'"));
        assertThat(run("awards", "export", "15").out()).isEqualTo(before);

        Run doubtful = run("awards", "import", table("doubt.tsv", seedTable().replace("Μαρία Γκιζλή",
                "Νίκος Γκιζλή Μαρία Ελένη Ζατέλη")).toString(), "--contest", "15");
        assertThat(doubtful.code()).isEqualTo(1);
        assertThat(doubtful.err()).contains("line 4 'Νίκος Γκιζλή Μαρία Ελένη Ζατέλη'", "nothing was written");
        assertThat(run("awards", "export", "15").out()).isEqualTo(before);
    }

    @Test
    void unknownContestsFormatsAndMissingFilesAreRefused() {
        assertThat(run("awards", "list", "99").err()).isEqualTo("synedrio: there is no contest 99\n");
        assertThat(run("awards", "export", "15", "--format", "pdf").code()).as("wrong usage").isEqualTo(2);
        assertThat(run("awards", "import", dir.resolve("nowhere.tsv").toString(), "--contest", "15").err())
                .contains("no such file");
        assertThat(run("awards", "import", "x.tsv").code()).isEqualTo(2);
        Run unknownConference = run("awards", "import", table("a.tsv", seedTable()).toString(), "--contest", "16",
                "--conference", "9");
        assertThat(unknownConference.code()).isEqualTo(1);
        assertThat(unknownConference.err()).contains("edition 9, which does not exist");
        Run noPolicy = run("awards", "import", table("a.tsv", seedTable()).toString(), "--contest", "14");
        assertThat(noPolicy.code()).isZero();
        assertThat(run("awards", "prizes", "14").err()).contains("contest 14 has no prize policy")
                .contains("awards policy 14 --rule");
    }

    @Test
    void aPolicyIsSetWithoutJsonAndALaterContestCarriesItOver() {
        assertThat(run("awards", "import", table("a.tsv", seedTable()).toString(), "--contest", "16").code())
                .isZero();
        Run carried = run("awards", "prizes", "16", "--lang", "en");
        assertThat(carried.code()).as(carried.err()).isZero();
        assertThat(carried.out()).startsWith("Prizes of contest 16 — policy of contest 15, carried over: primary:");
        assertThat(run("awards", "prizes", "16").out()).startsWith("Βραβεία του διαγωνισμού 16 — πολιτική του"
                + " διαγωνισμού 15, που μεταφέρθηκε: Πρωτοβάθμια Εκπαίδευση: 10 tablet");
        Run set = run("awards", "policy", "16", "--rule", "primary=5:tablet", "--rule", "secondary=2:3D εκτυπωτής");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Prize policy of contest 16: primary: 5 × tablet per school unit;"
                + " secondary: 2 × 3D εκτυπωτής per school unit\n");
        Run own = run("awards", "prizes", "16", "--lang", "en");
        assertThat(own.out()).startsWith("Prizes of contest 16 — policy: primary: 5 × tablet")
                .contains("  70 × tablet (14 schools)").contains("  16 × 3D εκτυπωτής (8 schools)");
        Run bad = run("awards", "policy", "16", "--rule", "primary:5");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("synedrio: prize rule 'primary:5' is not LEVEL=QUANTITY:ITEM");
        assertThat(run("awards", "policy", "16").code()).isEqualTo(2);
    }

    @Test
    void schoolsAreListedOnceHoweverTypedAndTheUnclassifiedOnesApart() {
        String csv = "category,category title,award,project,school,teachers\n"
                + "upper-secondary,\"Κατηγορία: ΓΕΛ (Ηλικία: 16-19)\",1,Α,27ο ΓΕΛ ΑΘΗΝΩΝ,Ελένη Κοκκίνου\n"
                + "upper-secondary,,2,Β,27o Γε.Λ. Αθηνών,Ελένη Κοκκίνου\n";
        assertThat(run("awards", "import", table("a.csv", csv).toString(), "--contest", "16").code()).isZero();
        Run all = run("schools", "list");
        assertThat(all.out()).contains("22 schools, 2 unclassified", "27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ [day]",
                "also typed: 27ο ΓΕΛ ΑΘΗΝΩΝ", "also typed: 27o Γε.Λ. Αθηνών");
        Run unclassified = run("schools", "list", "--unclassified");
        assertThat(unclassified.out().lines().filter(l -> l.contains("unclassified  "))).hasSize(2);
        assertThat(unclassified.out()).contains("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ");
    }

    @Test
    void anAmbassadorIsRecordedListedAndMayChair() {
        Run added = run("ambassadors", "add", "nikolaou-eleni", "--name", "Ελένη Νικολάου", "--school",
                "3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ", "--region", "Αττική", "--since", "2019");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("may chair sessions");
        assertThat(run("ambassadors", "list").out()).contains("nikolaou-eleni", "Ελένη Νικολάου", "2019", "Αττική",
                "3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ");
        assertThat(run("schools", "list").out()).contains("3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ");
        Run unknown = run("ambassadors", "add", "nobody-here");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("give the ambassador's name");
        assertThat(run("ambassadors", "add", "nikolaou-eleni", "--since", "1990").code()).isEqualTo(1);
    }
}
