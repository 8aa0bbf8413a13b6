package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code synedrio seats} and {@code synedrio registrations} end to end: exit codes, stdout, stderr and files. */
class RegistrationCliEndToEndTest {

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

    private Path file(String name, String text, boolean bom) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = bom ? new byte[body.length + 3] : body;
        if (bom) {
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(dir.resolve(name), bytes);
    }

    @BeforeEach
    void loadThe2021Programme() {
        assertThat(run("import", Seed.file(dir).toString()).code()).isZero();
    }

    /** As Excel writes it in a Greek locale: BOM, semicolons, CRLF, a quoted field with a semicolon and a line break. */
    static final String EXCEL_GREEK = "ΟΝΟΜΑΤΕΠΩΝΥΜΟ;Ηλεκτρονικό ταχυδρομείο (e-mail);Σχολείο;Ειδικότητα;Βαθμίδα;"
            + "Συγκατάθεση για την επεξεργασία δεδομένων;Σχόλια\r\n"
            + "Μαρία Κωνσταντινίδου;maria.k@sch.gr;\"1ο Γυμνάσιο Ρόδου; Δωδεκάνησα\";ΠΕ02;Δευτεροβάθμια;Ναι;\"γραμμή 1\r\n"
            + "γραμμή 2\"\r\n"
            + "Γιάννης Ραφαηλίδης;giannis.r@sch.gr;2ο Δημοτικό Σχολείο Κω;ΠΕ70;Πρωτοβάθμια;ΝΑΙ;\r\n"
            + "\"Ελένη \"\"Λένα\"\" Μπαλτά\";Lena.Balta@sch.gr;ΓΕΛ Καρπάθου;ΠΕ03;δευτεροβάθμια;Ναι;\r\n";

    @Test
    void anExcelFileInGreekWithBomSemicolonsAndQuotedLineBreaksIsImportedWhole() throws IOException {
        Run r = run("registrations", "import", "7", file("εγγραφές.csv", EXCEL_GREEK, true).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("imported εγγραφές.csv into edition 7: 3 created, 0 updated, 0 unchanged, "
                + "0 refused\n");
        assertThat(r.err()).contains("columns left aside", "Σχόλια");

        Run export = run("registrations", "export", "7", "--output", dir.resolve("out.csv").toString());
        assertThat(export.code()).isZero();
        byte[] bytes = Files.readAllBytes(dir.resolve("out.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("Ονοματεπώνυμο;Email;Σχολείο", "\"1ο Γυμνάσιο Ρόδου; Δωδεκάνησα\"",
                "\"Ελένη \"\"Λένα\"\" Μπαλτά\"", "Πρωτοβάθμια");

        Run again = run("registrations", "import", "7", dir.resolve("out.csv").toString());
        assertThat(again.out()).contains("0 created, 0 updated, 3 unchanged");
    }

    @Test
    void excelsGreekAnsiCsvInWindows1253ImportsTheSameRegistrationsAsItsUtf8Twin() throws IOException {
        Path ansi = Files.write(dir.resolve("ansi.csv"), EXCEL_GREEK.getBytes(java.nio.charset.Charset
                .forName("windows-1253")));
        Run r = run("registrations", "import", "7", ansi.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 created");
        assertThat(run("registrations", "export", "7").out()).contains("Μαρία Κωνσταντινίδου",
                "1ο Γυμνάσιο Ρόδου; Δωδεκάνησα", "Ελένη \"\"Λένα\"\" Μπαλτά");

        Run utf8 = run("registrations", "import", "7", file("utf8.csv", EXCEL_GREEK, true).toString());
        assertThat(utf8.out()).contains("0 created, 0 updated, 3 unchanged");
    }

    @Test
    void englishHeadersWithCommasWithoutBomAndSeparateNameColumnsAreUnderstood() throws IOException {
        String csv = "First name,Last name,Email,School,Specialty,Level,Consent,Timestamp\n"
                + "Δημήτρης,Οικονόμου,d.oikonomou@sch.gr,Πειραματικό Σχολείο Πατρών,ΠΕ04,primary,yes,25/10/2021 14:30:00\n";
        Run r = run("registrations", "import", "7", file("english.csv", csv, false).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 created");
        assertThat(run("registrations", "export", "7").out()).contains("Δημήτρης Οικονόμου",
                "2021-10-25 14:30:00");
    }

    @Test
    void badRowsAreAllReportedWithLineAndReasonAndNothingIsImportedUnlessAskedToSkipThem() throws IOException {
        String csv = "Ονοματεπώνυμο;Email;Σχολείο;Βαθμίδα;Συγκατάθεση\n"
                + "Άννα Παππά;anna.pappa@sch.gr;1ο ΓΕΛ Λάρισας;Δευτεροβάθμια;Ναι\n"
                + "Κώστας Ρίζος;kostas.rizos-at-sch.gr;2ο ΓΕΛ Λάρισας;Δευτεροβάθμια;Ναι\n"
                + "Νίκη Σάββα;niki.savva@sch.gr;3ο ΓΕΛ Λάρισας;Δευτεροβάθμια;Όχι\n"
                + "Άννα Παππά;ANNA.PAPPA@sch.gr;1ο ΓΕΛ Λάρισας;Δευτεροβάθμια;Ναι\n"
                + ";petros@sch.gr;4ο ΓΕΛ Λάρισας;Τριτοβάθμια;Ναι\n"
                + "Ρένα Βλάχου;rena@sch.gr;5ο ΓΕΛ Λάρισας;Δευτεροβάθμια;Ναι\n";
        Path f = file("λάθη.csv", csv, false);
        Run refused = run("registrations", "import", "7", f.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().filter(l -> l.contains(" line "))).containsExactly(
                "synedrio: λάθη.csv line 3: email is not an e-mail address: it needs one '@' with a name before it and a domain after it",
                "synedrio: λάθη.csv line 4: the participant did not consent (Όχι)",
                "synedrio: λάθη.csv line 5: the same e-mail address as line 2; one registration per participant",
                "synedrio: λάθη.csv line 6: full name is missing or blank; level 'Τριτοβάθμια' is neither primary "
                        + "(Πρωτοβάθμια) nor secondary (Δευτεροβάθμια)");
        assertThat(refused.err()).contains("nothing was imported", "--skip-invalid").doesNotContain("kostas.rizos");
        assertThat(run("registrations", "export", "7").out().lines()).hasSize(1);

        Run skipped = run("registrations", "import", "7", "--skip-invalid", f.toString());
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).contains("2 created, 0 updated, 0 unchanged, 4 refused");
        assertThat(run("registrations", "export", "7").out()).contains("Άννα Παππά", "Ρένα Βλάχου")
                .doesNotContain("Κώστας Ρίζος", "Νίκη Σάββα");
    }

    @Test
    void aRowCutShortNamesItsFieldsAndTheHeadersAndAHeaderAloneHasNoRows() throws IOException {
        String csv = "Ονοματεπώνυμο,Email,Σχολείο,Ειδικότητα,Βαθμίδα,Συγκατάθεση,Σχόλια\n"
                + "Άννα Παππά,anna.pappa@sch.gr,1ο ΓΕΛ Λάρισας,ΠΕ02,Δευτεροβάθμια,Ναι,\n"
                + "Κώστας Ρίζος,kostas@sch.gr,2ο ΓΕΛ Λάρισας,ΠΕ03\n";
        Run shortRow = run("registrations", "import", "7", file("short.csv", csv, false).toString());
        assertThat(shortRow.code()).isEqualTo(1);
        assertThat(shortRow.err()).contains("synedrio: short.csv line 3: row 3 has 4 fields, the header 7")
                .doesNotContain("consent\": true");
        String forms = "Χρονική σήμανση,Ονοματεπώνυμο,Email,Ειδικότητα,Σχολείο,Βαθμίδα,Συγκατάθεση\n"
                + "\n".repeat(10) + "1/12/2020 10:00,Άννα Παππά,anna.pappa@sch.gr,ΠΕ02\n";
        assertThat(run("registrations", "import", "7", file("forms.csv", forms, false).toString()).err())
                .contains("row 12 has 4 fields, the header 7: it lacks Σχολείο, Συγκατάθεση; is the row cut short?");

        Run headerOnly = run("registrations", "import", "7", file("header.csv",
                "Ονοματεπώνυμο,Email,Σχολείο,Συγκατάθεση\n", false).toString());
        assertThat(headerOnly.code()).isEqualTo(1);
        assertThat(headerOnly.err().lines()).singleElement().asString().startsWith("synedrio: ").contains("no rows");
        assertThat(run("registrations", "export", "7").out().lines()).hasSize(1);
    }

    @Test
    void filesThatAreNotCsvOfRegistrationsAreRefusedSayingWhy() throws IOException {
        Run noEmail = run("registrations", "import", "7", file("x.csv", "Όνομα;Σχολείο\nΑ;Β\n", false).toString());
        assertThat(noEmail.code()).isEqualTo(1);
        assertThat(noEmail.err()).contains("lacks the column", "Email", "Συγκατάθεση");
        // read as a stream: the refusal names the first line that is not UTF-8
        byte[] header = "Ονοματεπώνυμο;Email;Σχολείο;Συγκατάθεση\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = {'M', (byte) 0xE1, 'r', 'i', 'a', ';', 'm', '@', 's', '.', 'g', 'r', ';', 'S', ';', 'N', '\n'};
        Files.write(dir.resolve("latin1.csv"), ByteBuffer.allocate(header.length + latin1.length).put(header)
                .put(latin1).array());
        assertThat(run("registrations", "import", "7", dir.resolve("latin1.csv").toString()).err())
                .contains("line 2", "not UTF-8");
        Run open = run("registrations", "import", "7", file("q.csv",
                "Ονοματεπώνυμο;Email;Σχολείο;Συγκατάθεση\n\"Α;a@sch.gr;Σ;Ναι\n", false).toString());
        assertThat(open.code()).isEqualTo(1);
        assertThat(open.err()).contains("line 2", "never closed");
        assertThat(run("registrations", "import", "99", file("ok.csv", EXCEL_GREEK, true).toString()).err())
                .contains("there is no edition 99");
    }

    @Test
    void seatsAreSetAndShownAsATableAndErasingAParticipantKeepsTheCounts() throws IOException {
        Run set = run("seats", "set", "7", "d2-workshop-01", "2");
        assertThat(set.out()).as(set.err())
                .isEqualTo("workshop 'd2-workshop-01': capacity 2, 0 booked, 2 left, 0 waiting\n");
        assertThat(run("seats", "limit", "7", "3").code()).isZero();
        Run table = run("seats", "7");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("WORKSHOP", "CAPACITY", "BOOKED", "LEFT", "WAITING", "d2-workshop-01",
                "d3-workshop-01", "not open", "booking limit: 3");
        assertThat(table.out().lines().filter(l -> l.startsWith("d2-workshop-01")).findFirst().orElseThrow())
                .matches("d2-workshop-01\\s+2021-11-20\\s+unknown\\s+2\\s+0\\s+2\\s+0\\s+title unknown");

        run("registrations", "import", "7", file("e.csv", EXCEL_GREEK, true).toString());
        Run erased = run("registrations", "erase", "MARIA.K@sch.gr", "--edition", "7");
        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("erased 1 registration");
        assertThat(run("registrations", "export", "7").out()).doesNotContain("Κωνσταντινίδου").contains("Ραφαηλίδης");
        assertThat(run("registrations", "erase", "maria.k@sch.gr").code()).isEqualTo(1);

        assertThat(run("seats", "set", "7", "d9-nothing", "5").err()).contains("no workshop 'd9-nothing'");
        assertThat(run("seats", "set", "7", "d2-workshop-01", "-3").code()).isEqualTo(1);
        assertThat(run("seats", "99").code()).isEqualTo(1);
        assertThat(run("seats", "seven").code()).isEqualTo(2);
        assertThat(run("seats").code()).isEqualTo(2);
    }
}
