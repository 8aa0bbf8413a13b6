package gr.etwinning.synedrio.application.service.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses a streamed import has met (issue 16): the line of the first, for a million without a map of strings. */
class SeenEmailsTest {

    @Test
    void theFirstLineOfAnAddressIsKeptAndEveryOtherAddressIsNew() {
        SeenEmails seen = new SeenEmails();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.putIfAbsent("teacher" + i + "@sch.gr", i + 2)).isZero();
        }
        assertThat(seen.putIfAbsent("teacher0@sch.gr", 300_000)).isEqualTo(2);
        assertThat(seen.putIfAbsent("teacher199999@sch.gr", 300_001)).isEqualTo(200_001);
        assertThat(seen.putIfAbsent("μαρία@σχολείο.gr", 7)).isZero();
        assertThat(seen.putIfAbsent("μαρία@σχολείο.gr", 9)).isEqualTo(7);
    }
}
