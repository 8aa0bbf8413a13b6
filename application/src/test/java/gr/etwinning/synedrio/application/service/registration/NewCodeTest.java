package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmation codes in the order they were made (issue 16): a million imported codes append to their unique index
 * instead of landing on random pages; the part after the time stays random.
 */
class NewCodeTest {

    @Test
    void aCodeMadeLaterSortsAfterOneMadeEarlierAsTextAndAsBytes() {
        long t = 1_764_500_000_000L; // 2025-11-30
        for (long later : new long[] {t + 1, t + 63, t + 64, t + 4_095, t + 86_400_000L, 4_398_046_511_103L}) {
            String before = Registrations.newCode(t).value();
            String after = Registrations.newCode(later).value();
            assertThat(after.compareTo(before)).as("%s after %s", after, before).isPositive();
            // MariaDB compares the column's bytes (utf8mb4_bin): the same order for these ASCII characters
            assertThat(java.util.Arrays.compare(after.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    before.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isPositive();
        }
    }

    @Test
    void codesOfOneMillisecondShareTheTimeAndDifferInTheirRandomPart() {
        Set<String> seen = new HashSet<>();
        Set<String> randomParts = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ConfirmationCode code = Registrations.newCode(1_764_500_000_000L);
            assertThat(code.value()).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(code.value().substring(0, 7)).isEqualTo(Registrations.newCode(1_764_500_000_000L).value()
                    .substring(0, 7));
            seen.add(code.value());
            randomParts.add(code.value().substring(7));
        }
        assertThat(seen).hasSize(10_000);
        assertThat(randomParts).hasSize(10_000);
        // every one of the 64 characters turns up in every random position: 6 random bits each
        for (int position = 7; position < 22; position++) {
            Set<Character> chars = new HashSet<>();
            for (String code : seen) {
                chars.add(code.charAt(position));
            }
            assertThat(chars).as("position %d", position).hasSize(64);
        }
    }

    @Test
    void theCodeMadeNowIsWellFormedAndStartsWithTheCurrentTime() {
        long before = System.currentTimeMillis();
        String code = Registrations.newCode().value();
        String lower = Registrations.newCode(before).value().substring(0, 7);
        String upper = Registrations.newCode(System.currentTimeMillis()).value().substring(0, 7);
        assertThat(code.substring(0, 7)).isBetween(lower, upper);
    }
}
