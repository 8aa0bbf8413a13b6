package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LoadDataFieldsTest {

    @Test
    void dateTimesAreWrittenAsMariaDbReadsThemWithMicroseconds() {
        LoadData.Fields f = new LoadData.Fields();
        f.add(LocalDateTime.of(2021, 11, 19, 7, 5, 9, 123_456_789)).add(LocalDateTime.of(2040, 1, 2, 23, 59, 0));
        assertThat(f.toString()).isEqualTo("2021-11-19 07:05:09.123456\t2040-01-02 23:59:00.000000");
    }

    @Test
    void textIsEscapedAndNullIsBackslashN() {
        LoadData.Fields f = new LoadData.Fields();
        f.add("Κόππης\tΑ\\Β\nΓ").add((Object) null).add(-42L);
        f.end();
        assertThat(f.toString()).isEqualTo("Κόππης\\tΑ\\\\Β\\nΓ\t\\N\t-42\n");
    }

    @Test
    void textOfEveryKindIsWrittenInTheBytesStringGetBytesGivesWithLoadDataEscapes() {
        java.util.Random random = new java.util.Random(6);
        char[] kinds = {'a', 'Z', '7', ' ', '\t', '\n', '\r', '\\', '\0', 'é', 'Ω', 'ά', 'ς', '€', '中', '\uD83D', '\uDE00',
                '\uFFFD', '\u00A0', '\u007F', '\u0080', '\u07FF', '\u0800'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : kinds[random.nextInt(kinds.length)]);
            }
            String s = text.toString();
            String expected = new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\t", "\\t")
                    .replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0");
            LoadData.Fields f = new LoadData.Fields();
            f.add(s);
            assertThat(f.toString()).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(expected);
        }
    }

    @Test
    void mergedIntervalsAreWrittenAsPresenceEncodesThemAndTheirLengthIsKnownBeforehand() {
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 2_000; round++) {
            gr.etwinning.synedrio.domain.attendance.Presence p = new gr.etwinning.synedrio.domain.attendance.Presence();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                long start = round % 3 == 0 ? random.nextInt(100) : 1_637_300_000L + random.nextInt(100_000);
                p.add(start, start + random.nextInt(round % 2 == 0 ? 10 : 20_000));
            }
            LoadData.Fields f = new LoadData.Fields();
            f.add(1L).addIntervals(p.merged());
            assertThat(f.toString()).isEqualTo("1\t" + p.encode());
            assertThat(gr.etwinning.synedrio.domain.attendance.Presence.encodedLength(p.merged()))
                    .isEqualTo(p.encode().length());
        }
    }

    @Test
    void theStreamGivesTheDriverNoMoreThanFitsItsPacketBufferAndEveryRowWhole() throws Exception {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add("Εκπαιδευτικός " + i + " — Σχολείο της Θεσσαλονίκης");
        }
        LoadData.RowStream<String> stream = new LoadData.RowStream<>(rows.iterator(), (row, out) -> out.add(row));
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192]; // what MariaDB Connector/J reads with
        int reads = 0;
        for (int n; (n = stream.read(buffer)) > 0; reads++) {
            assertThat(n).as("read %d", reads).isLessThanOrEqualTo(8192 - 4);
            all.write(buffer, 0, n);
        }
        assertThat(reads).isGreaterThan(10);
        assertThat(all.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(String.join("\n", rows) + "\n");
    }
}
