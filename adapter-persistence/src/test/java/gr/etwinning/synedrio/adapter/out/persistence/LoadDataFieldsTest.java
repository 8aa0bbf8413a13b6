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
}
