package gr.etwinning.synedrio.adapter.out.files.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static final String GREEK = "Ονοματεπώνυμο;Email;Σχολείο\r\n"
            + "Μαρία Κόππη;maria@example.gr;1ο Δημοτικό Σχολείο Αθηνών\r\n"
            + "ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ;giorgos@example.gr;\"Γυμνάσιο Ρήγα; Φεραίου\"\r\n";

    private static List<CsvRecord> all(CsvReader reader) {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    private static List<CsvRecord> read(byte[] bytes) {
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            return all(reader);
        }
    }

    private static List<CsvRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void givenGreekUtf8WithSemicolonsAndCrlfWhenReadThenEveryRecordHasItsFieldsAndLine() {
        List<CsvRecord> records = read(GREEK);

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("Ονοματεπώνυμο", "Email", "Σχολείο")),
                new CsvRecord(2, List.of("Μαρία Κόππη", "maria@example.gr", "1ο Δημοτικό Σχολείο Αθηνών")),
                new CsvRecord(3, List.of("ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ", "giorgos@example.gr", "Γυμνάσιο Ρήγα; Φεραίου")));
    }

    @Test
    void givenUtf8WithByteOrderMarkWhenReadThenTheMarkIsNotPartOfTheFirstField() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, GREEK.getBytes(StandardCharsets.UTF_8));

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.encoding()).isEqualTo("UTF-8 with a byte-order mark");
            assertThat(reader.separator()).isEqualTo(';');
            assertThat(reader.next().fields()).containsExactly("Ονοματεπώνυμο", "Email", "Σχολείο");
        }
    }

    @Test
    void givenUtf16LittleEndianWithByteOrderMarkWhenReadThenGreekTextIsDecoded() {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, GREEK.getBytes(StandardCharsets.UTF_16LE));

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.encoding()).isEqualTo("UTF-16LE");
            assertThat(all(reader)).isEqualTo(read(GREEK));
        }
    }

    @Test
    void givenUtf16BigEndianWithByteOrderMarkWhenReadThenGreekTextIsDecoded() {
        byte[] bytes = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, GREEK.getBytes(StandardCharsets.UTF_16BE));

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.encoding()).isEqualTo("UTF-16BE");
            assertThat(all(reader)).isEqualTo(read(GREEK));
        }
    }

    @Test
    void givenTeamsStyleUtf16LittleEndianTabsWhenReadThenTabIsTheSeparator() {
        String text = "Full Name\tJoin Time\tRole\nΕλένη Σταύρου\t19/11/2021, 17:02:11\tAttendee\n";
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.separator()).isEqualTo('\t');
            assertThat(all(reader)).extracting(CsvRecord::fields).containsExactly(
                    List.of("Full Name", "Join Time", "Role"),
                    List.of("Ελένη Σταύρου", "19/11/2021, 17:02:11", "Attendee"));
        }
    }

    @Test
    void givenInvalidUtf8OnTheThirdLineWhenReadThenRefusedNamingThatLine() {
        byte[] good = "name,school\nΜαρία,Λύκειο\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'N', 'i', 'k', 'o', 's', ',', (byte) 0xC1, (byte) 0xE8, 'n', 'a', '\n'};

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(concat(good, bad)))) {
            assertThat(reader.next().line()).isEqualTo(1);
            assertThat(reader.next().line()).isEqualTo(2);
            assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class)
                    .hasMessageStartingWith("line 3: ").hasMessageContaining("not UTF-8")
                    .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(3));
        }
    }

    @Test
    void givenExcelsGreekAnsiCsvWhenReadThenItIsDecodedAsWindows1253AndSaysSo() {
        byte[] bytes = GREEK.getBytes(java.nio.charset.Charset.forName("windows-1253"));

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.encoding()).startsWith("Windows-1253");
            assertThat(all(reader)).extracting(CsvRecord::fields).containsExactly(
                    List.of("Ονοματεπώνυμο", "Email", "Σχολείο"),
                    List.of("Μαρία Κόππη", "maria@example.gr", "1ο Δημοτικό Σχολείο Αθηνών"),
                    List.of("ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ", "giorgos@example.gr", "Γυμνάσιο Ρήγα; Φεραίου"));
        }
    }

    @Test
    void givenLatin1TextWhoseAccentsShareWindows1253sGreekBytesWhenReadThenRefusedAsNotUtf8() {
        byte[] bytes = "nom;ville\nRené Léger;Orléans\nHélène;Genève\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.encoding()).isEqualTo("UTF-8");
            assertThatThrownBy(() -> all(reader)).isInstanceOf(CsvFormatException.class)
                    .hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void givenInvalidUtf8InTheHeaderLineWhenReadThenRefusedNamingLineOne() {
        byte[] bytes = {'a', ';', (byte) 0xFF, ';', 'c', '\n', 'x', ';', 'y', ';', 'z', '\n'};

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 1: ");
    }

    @Test
    void givenSeparatorsLineBreaksAndDoubledQuotesInQuotesWhenReadThenFieldsKeepThemAndLinesCountOn() {
        String text = "title,teachers,note\r\n"
                + "\"Ένα, δύο, τρία\",\"Κόππης Ιωάννης\r\nΣταύρου Ελένη\",\"Το \"\"πρώτο\"\" βραβείο\"\r\n"
                + "επόμενο,,\r\n";

        List<CsvRecord> records = read(text);

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("title", "teachers", "note")),
                new CsvRecord(2, List.of("Ένα, δύο, τρία", "Κόππης Ιωάννης\r\nΣταύρου Ελένη",
                        "Το \"πρώτο\" βραβείο")),
                new CsvRecord(4, List.of("επόμενο", "", "")));
    }

    @Test
    void givenQuoteLeftOpenWhenReadThenRefusedNamingTheLineWhereItOpened() {
        String text = "a,b\n1,2\n3,\"ανοιχτό\n4,5\n6,7\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 3: ").hasMessageContaining("never closed");
    }

    @Test
    void givenTextAfterAClosingQuoteWhenReadThenRefusedNamingItsLine() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,2\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 2: ").hasMessageContaining("after a closing quote");
    }

    @Test
    void givenSpacesAroundAQuotedFieldAndAQuoteInsideAnUnquotedOneWhenReadThenSpacesGoAndTheQuoteStays() {
        assertThat(read("a,b,c\n  \"Ρήγα, Φεραίου\"  ,5\" οθόνη,x\n").get(1).fields())
                .containsExactly("Ρήγα, Φεραίου", "5\" οθόνη", "x");
    }

    @Test
    void givenBlankLinesAndLoneCarriageReturnsWhenReadThenBlankRecordsAreSkippedAndLinesCounted() {
        List<CsvRecord> records = read("\n\na;b\r\r;;\r\n1;2\r");

        assertThat(records).containsExactly(new CsvRecord(3, List.of("a", "b")),
                new CsvRecord(6, List.of("1", "2")));
    }

    @Test
    void givenSeparatorsInQuotesInTheHeaderWhenDetectingThenOnlySeparatorsOutsideQuotesCount() {
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(
                "\"a;b;c;d\",x,y\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.separator()).isEqualTo(',');
            assertThat(reader.next().fields()).containsExactly("a;b;c;d", "x", "y");
        }
    }

    @Test
    void givenTheCallersSeparatorWhenReadThenItIsUsedWhateverTheHeaderHolds() {
        CsvReader reader = CsvReader.of("a;b,c\n1;2,3\n", CsvReader.Options.defaults().withSeparator(','));

        assertThat(all(reader)).extracting(CsvRecord::fields)
                .containsExactly(List.of("a;b", "c"), List.of("1;2", "3"));
    }

    @Test
    void givenPaddingSeparatorsWhenTheCallerToleratesPaddingThenTrailingEmptyFieldsAreDropped() {
        String text = "a,b,,,\n1,2,,,\n3,,,,\n";

        assertThat(all(CsvReader.of(text, CsvReader.Options.defaults().toleratePadding())))
                .extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3"));
        assertThat(all(CsvReader.of(text, CsvReader.Options.defaults())).get(0).fields()).hasSize(5);
    }

    @Test
    void givenAFieldLongerThanTheLimitWhenReadThenRefusedNamingItsLine() {
        CsvReader reader = CsvReader.of("a\n\"" + "x".repeat(50), CsvReader.Options.defaults().withMaxFieldChars(20));

        assertThat(reader.next().fields()).containsExactly("a");
        assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class).hasMessageStartingWith("line 2: ")
                .hasMessageContaining("closing quote missing");
    }

    @Test
    void givenDecodedTextWithAByteOrderMarkWhenReadThenTheMarkIsSkipped() {
        assertThat(all(CsvReader.of("\uFEFFa,b\n", CsvReader.Options.defaults())).get(0).fields())
                .containsExactly("a", "b");
    }

    @Test
    void givenAnEmptyFileWhenReadThenThereAreNoRecords() {
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
    }

    @Test
    void givenAMillionRecordsWhenStreamedThenTheyAreReadOneByOneWithoutHoldingTheFile() {
        int rows = 1_000_000;
        InputStream generated = new InputStream() {
            private final byte[] header = "αριθμός;όνομα;σχολείο\n".getBytes(StandardCharsets.UTF_8);
            private byte[] current = header;
            private int at;
            private int row;

            @Override
            public int read() {
                if (at == current.length) {
                    if (row == rows) {
                        return -1;
                    }
                    row++;
                    current = (row + ";Συμμετέχων " + row + ";\"Σχολείο; " + row + "\"\n")
                            .getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return current[at++] & 0xFF;
            }
        };

        try (CsvReader reader = CsvReader.open(generated)) {
            long[] counted = {0, 0};
            reader.records().forEach(r -> {
                counted[0]++;
                counted[1] = r.line();
            });
            assertThat(counted[0]).isEqualTo(rows + 1);
            assertThat(counted[1]).isEqualTo(rows + 1);
        }
    }
}
