package gr.etwinning.synedrio.adapter.out.files.csv;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void givenExcelStyleWhenWritingThenFormulaLikeTextIsGuardedAndFieldsQuotedOnlyWhenNeeded() {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out, CsvWriter.Style.excel(';')).byteOrderMark()
                .write(List.of("Ονοματεπώνυμο", "Σημείωση"))
                .write(Arrays.asList("=HYPERLINK(\"x\")", "Ρήγα; Φεραίου"))
                .write(Arrays.asList("-1", null));

        assertThat(out).hasToString("\uFEFFΟνοματεπώνυμο;Σημείωση\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";\"Ρήγα; Φεραίου\"\r\n"
                + "'-1;\r\n");
    }

    @Test
    void givenPlainStyleWhenWritingThenCommasLfNoGuardAndPaddedFieldsQuoted() {
        assertThat(CsvWriter.line(List.of("=1", " padded", "a,b", "line\nbreak"), CsvWriter.Style.plain()))
                .isEqualTo("=1,\" padded\",\"a,b\",\"line\nbreak\"\n");
    }

    @Test
    void givenWhatTheWriterWroteWhenReadBackThenEveryFieldIsAsGiven() {
        List<String> fields = List.of("@Κόππης", "Λύκειο \"Άγιος Νικόλαος\"", "α;β\r\nγ", "+30 210", "απλό");
        String text = CsvWriter.line(List.of("a", "b", "c", "d", "e"), CsvWriter.Style.excel(';'))
                + CsvWriter.line(fields, CsvWriter.Style.excel(';'));

        CsvRecord read = CsvReader.of(text, CsvReader.Options.defaults()).records().skip(1).findFirst().orElseThrow();

        assertThat(read.fields().stream().map(CsvWriter::unguard).toList()).isEqualTo(fields);
    }

    @Test
    void givenAnApostropheBeforeOrdinaryTextWhenUnguardedThenItStays() {
        assertThat(CsvWriter.unguard("'Αρχαία")).isEqualTo("'Αρχαία");
        assertThat(CsvWriter.unguard("'")).isEqualTo("'");
    }
}
