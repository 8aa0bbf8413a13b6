package gr.etwinning.synedrio.domain.certificate;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationCodeTest {

    @Test
    void sixtyBitsMakeTwelveReadableSymbolsInThreeGroupsAndEveryBitCounts() {
        assertThat(VerificationCode.ALPHABET).hasSize(32).doesNotContain("0", "1", "I", "O");
        assertThat(VerificationCode.of(0).value()).isEqualTo("2222-2222-2222");
        assertThat(VerificationCode.of((1L << 60) - 1).value()).isEqualTo("ZZZZ-ZZZZ-ZZZZ");
        Set<String> codes = new HashSet<>();
        for (int bit = 0; bit < 60; bit++) {
            codes.add(VerificationCode.of(1L << bit).value());
        }
        assertThat(codes).hasSize(60);
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(VerificationCode.of(random.nextLong()).value()).matches("([2-9A-HJ-NP-Z]{4}-){2}[2-9A-HJ-NP-Z]{4}");
        }
    }

    @Test
    void aTypedCodeMayBeLowerCaseWithSpacesOrWithoutHyphens() {
        assertThat(VerificationCode.parse(" 7kqm 29xh cd4t ").value()).isEqualTo("7KQM-29XH-CD4T");
        assertThat(VerificationCode.parse("7KQM29XHCD4T").value()).isEqualTo("7KQM-29XH-CD4T");
        for (String wrong : new String[] {"7KQM-29XH-CD4", "0KQM-29XH-CD4T", "IKQM-29XH-CD4T", "", "Α", "7KQM-29XH-CD4TT"}) {
            assertThatThrownBy(() -> VerificationCode.parse(wrong)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theRuleQualifiesExactlyAtEachThresholdAndSaysByHowMuchOneMisses() {
        EligibilityRule rule = new EligibilityRule(45, 2, Set.of("Workshop", "round_table"));
        assertThat(rule.kinds()).containsExactlyInAnyOrder("workshop", "round-table");
        assertThat(rule.judge(500, Map.of("workshop", 30L, "round-table", 15L), 2).eligible()).isTrue();
        EligibilityRule.Standing oneShort = rule.judge(500, Map.of("workshop", 44L, "talk", 400L), 1);
        assertThat(oneShort.eligible()).isFalse();
        assertThat(oneShort.minutesShort()).isEqualTo(1);
        assertThat(oneShort.sessionsShort()).isEqualTo(1);
        assertThat(new EligibilityRule(30, 0, Set.of()).judge(30, Map.of(), 0).eligible()).isTrue();
        assertThat(new EligibilityRule(30, 0, null).judge(29, Map.of("talk", 29L), 5).minutesShort()).isEqualTo(1);
        assertThatThrownBy(() -> new EligibilityRule(-1, 0, Set.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EligibilityRule(0, 0, Set.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EligibilityRule(5, 0, Set.of("δεν"))).isInstanceOf(InvalidValueException.class);
    }
}
