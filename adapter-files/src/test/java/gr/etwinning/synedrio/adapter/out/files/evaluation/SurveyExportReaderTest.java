package gr.etwinning.synedrio.adapter.out.files.evaluation;

import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort.SurveyRow;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyExportReaderTest {

    private final SurveyExportReader reader = new SurveyExportReader();

    /** Keeps what the reader gives. */
    static final class Collected implements SurveyExportPort.Sink {
        final List<String> questions = new ArrayList<>();
        final List<Integer> columns = new ArrayList<>();
        final List<SurveyRow> rows = new ArrayList<>();

        @Override
        public void questions(List<String> q, List<Integer> c) {
            questions.addAll(q);
            columns.addAll(c);
        }

        @Override
        public void response(SurveyRow row) {
            rows.add(row);
        }
    }

    private Collected read(String resource, SurveyFormat format) {
        Collected c = new Collected();
        try (InputStream in = getClass().getResourceAsStream("/evaluation/" + resource)) {
            SurveyFormat read = reader.read(in, resource, format, c);
            assertThat(read).isNotEqualTo(SurveyFormat.AUTO);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return c;
    }

    private Collected read(byte[] bytes, String name) {
        Collected c = new Collected();
        reader.read(new ByteArrayInputStream(bytes), name, SurveyFormat.AUTO, c);
        return c;
    }

    @Test
    void givenAGreekGoogleFormsCsvWhenReadThenQuestionsAnswersAndAddressesAsWritten() {
        Collected c = read("google-forms-greek.csv", SurveyFormat.AUTO);
        assertThat(c.questions).containsExactly("Πόσο σας ικανοποίησε συνολικά το συνέδριο;",
                "Ποια μέρη του προγράμματος παρακολουθήσατε;", "Σε ποια βαθμίδα υπηρετείτε;",
                "Τι θα θέλατε να κρατήσουμε ή να αλλάξουμε;");
        assertThat(c.columns).containsExactly(3, 4, 5, 6);
        assertThat(c.rows).hasSize(6);
        SurveyRow first = c.rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.submitted()).isEqualTo("2021/11/21 10:15:03 π.μ. EET");
        assertThat(first.email()).isEqualTo("maria.papadopoulou@sch.gr");
        assertThat(first.answers().get(1)).isEqualTo("Ομιλίες;Βιωματικά εργαστήρια;Στρογγυλή τράπεζα");
        assertThat(c.rows.get(2).answers().get(3)).isEqualTo("Περισσότερα εργαστήρια; ήταν τα καλύτερα.\n"
                + "Και λίγο μεγαλύτερα διαλείμματα.");
        assertThat(c.rows.get(3).line()).isEqualTo(6);
        assertThat(c.rows.get(5).answers().get(3)).startsWith("\"Το καλύτερο συνέδριο\", όπως");
    }

    @Test
    void givenMicrosoftFormsSavedAsCsvByGreekExcelWhenReadThenItsOwnColumnsAndPointsAreLeftOut() {
        Collected c = read("ms-forms-greek.csv", SurveyFormat.AUTO);
        assertThat(c.questions).containsExactly("Πώς αξιολογείτε τις ομιλίες", "Ποια εργαστήρια σας άρεσαν",
                "Σχόλια και προτάσεις");
        assertThat(c.rows).hasSize(3);
        assertThat(c.rows.get(0).submitted()).isEqualTo("21/11/2021 10:05");
        assertThat(c.rows.get(0).email()).isEqualTo("anonymous");
        assertThat(c.rows.get(0).answers()).containsExactly("Συμφωνώ απόλυτα", "Ρομποτική;Ψηφιακή αφήγηση;",
                "Πολύ χρήσιμο!");
        assertThat(c.rows.get(2).answers().get(2)).isEqualTo("Θα ήθελα υλικό; και τις διαφάνειες");
    }

    @Test
    void givenRealPublishedExportsWhenReadThenEveryResponseIsThere() {
        Collected forms = read("uvads-sp23-google-forms.csv", SurveyFormat.GOOGLE_CSV);
        assertThat(forms.questions).containsExactly("Is Taylor Swift the GOAT?", "Do you like hotdogs?",
                "Is a hotdog a sandwich?");
        assertThat(forms.rows).hasSize(224);
        assertThat(forms.rows).allMatch(r -> r.email().endsWith("@example.edu"));
        Collected sheet = read("uvads-sp24-google-sheets.csv", SurveyFormat.AUTO);
        assertThat(sheet.questions).hasSize(6)
                .contains("If you are an undergraduate, what is your current academic year?");
        assertThat(sheet.rows).hasSize(91);
        assertThat(sheet.rows.get(0).submitted()).isEqualTo("1/18/2024 14:18");
    }

    /**
     * The real Microsoft Forms CSV was saved by Excel as "CSV (Comma delimited)", which is Windows' ANSI code page
     * (a 0x92 apostrophe on line 59): refused, saying how to save it; saved as UTF-8, every response reads.
     */
    @Test
    void givenARealMicrosoftFormsCsvInWindowsAnsiWhenReadThenRefusedUntilSavedAsUtf8() throws IOException {
        assertThatThrownBy(() -> read("uvads-fa24-ms-forms.csv", SurveyFormat.MS_FORMS_CSV))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("line 59:")
                .hasMessageContaining("CSV UTF-8");
        byte[] ansi;
        try (InputStream in = getClass().getResourceAsStream("/evaluation/uvads-fa24-ms-forms.csv")) {
            ansi = in.readAllBytes();
        }
        Collected ms = read(new String(ansi, java.nio.charset.Charset.forName("windows-1252"))
                .getBytes(StandardCharsets.UTF_8), "Hot-Dog-Form-Fa24.csv");
        assertThat(ms.questions).containsExactly("Is a hotdog a sandwich", "Are you a UVA undergraduate student",
                "What is your major?");
        assertThat(ms.rows).hasSize(187);
        assertThat(ms.rows.get(57).answers().get(2)).isEqualTo("Computer Science’s ");
    }

    @Test
    void givenAMicrosoftFormsWorkbookWhenReadThenDatesAreReadAsDatesAndNumbersWithoutDecimals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "Microsoft Forms", "1.0");
        Worksheet sheet = book.newWorksheet("Sheet1");
        String[] header = {"ID", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback",
            "Last modified time", "Πόσο χρήσιμο ήταν το εργαστήριο;", "Points - Πόσο χρήσιμο ήταν το εργαστήριο;",
            "Feedback - Πόσο χρήσιμο ήταν το εργαστήριο;", "Βαθμολογήστε την οργάνωση (1-5)", "Ποιες ενότητες;",
            "Σχόλια"};
        for (int i = 0; i < header.length; i++) {
            sheet.value(0, i, header[i]);
        }
        Object[][] rows = {
            {1, LocalDateTime.of(2021, 11, 21, 10, 0, 1), LocalDateTime.of(2021, 11, 21, 11, 0, 22),
                "maria@sch.gr", "Μαρία Π.", null, null, null, "Πάρα πολύ", null, null, 5, "Α;Β;", "Τέλεια"},
            {2, LocalDateTime.of(2021, 11, 21, 10, 3, 0), LocalDateTime.of(2021, 11, 21, 10, 9, 0),
                "anonymous", null, null, null, null, "Λίγο", null, null, 3, "Β;", null},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int col = 0; col < rows[r].length; col++) {
                Object v = rows[r][col];
                if (v instanceof LocalDateTime t) {
                    sheet.value(r + 1, col, t);
                    sheet.style(r + 1, col).format("m/d/yy h:mm:ss").set();
                } else if (v instanceof Integer n) {
                    sheet.value(r + 1, col, n);
                } else if (v != null) {
                    sheet.value(r + 1, col, (String) v);
                }
            }
        }
        book.finish();
        Collected c = read(out.toByteArray(), "Αξιολόγηση συνεδρίου.xlsx");
        assertThat(c.questions).containsExactly("Πόσο χρήσιμο ήταν το εργαστήριο;",
                "Βαθμολογήστε την οργάνωση (1-5)", "Ποιες ενότητες;", "Σχόλια");
        assertThat(c.columns).containsExactly(9, 12, 13, 14);
        assertThat(c.rows).hasSize(2);
        assertThat(c.rows.get(0).submitted()).isEqualTo("2021-11-21T11:00:22");
        assertThat(c.rows.get(0).email()).isEqualTo("maria@sch.gr");
        assertThat(c.rows.get(0).answers()).containsExactly("Πάρα πολύ", "5", "Α;Β;", "Τέλεια");
        assertThat(c.rows.get(1).answers()).containsExactly("Λίγο", "3", "Β;", "");
        assertThat(c.rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void givenFilesThatAreNoSurveyExportWhenReadThenRefusedNamingLineAndColumn() {
        assertThatThrownBy(() -> read("Όνομα,Email\nΜαρία,m@sch.gr\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("line 1:")
                .hasMessageContaining("Timestamp");
        assertThatThrownBy(() -> read(("\"Timestamp\",\"Ερώτηση\"\n\"2021/11/21 10:15:03\",\"Ναι\"\n"
                + "\"χθες\",\"Όχι\"\n").getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("line 3, column 1:");
        assertThatThrownBy(() -> read(("\"Timestamp\",\"Ερώτηση\"\n\"2021/11/21 10:15:03\",\"Ναι\n")
                .getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("line 2");
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "x.xlsx"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Excel workbook");
        assertThatThrownBy(() -> read(new byte[0], "x.csv")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> read("\"Timestamp\",\"Ερώτηση\"\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no responses");
        assertThatThrownBy(() -> read(("\"Timestamp\",\"Ερώτηση\",\"Άλλη\"\n\"2021/11/21 10:15:03\",\"Ναι\"\n")
                .getBytes(StandardCharsets.UTF_8), "x.csv")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("line 2 has 2 columns, the header 3");
        assertThatThrownBy(() -> read(("\"Timestamp\",\"Ερώτηση\"\n\"2021/11/21 10:15:03\",\"Ν\u0000αι\"\n")
                .getBytes(StandardCharsets.UTF_8), "x.csv")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("line 2, column 2: a control character");
        assertThatThrownBy(() -> read("google-forms-greek.csv", SurveyFormat.MS_FORMS_CSV))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("google-csv");
    }
}
