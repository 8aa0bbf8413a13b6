package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.adapter.in.cli.ProblemWording.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every programme rule has a Greek sentence of its own; without the ids it quotes, no Latin letter is left. */
class ProblemWordingTest {

    private static final List<Problem> EVERY_RULE = List.of(
            new Problem("contribution-within-session", List.of("contribution 'c1'", "session 's1'"),
                    Map.of("time", "10:00–11:00", "session-time", "09:00–09:30"), "c"),
            new Problem("unique-ids", List.of("session 's1'"), Map.of(), "u"),
            new Problem("session-within-conference-days", List.of("session 's1'"),
                    Map.of("day", "2030-01-01", "from", "2021-11-19", "to", "2021-11-21"), "d"),
            new Problem("session-within-conference-day", List.of("session 's1'"),
                    Map.of("day", "2021-11-19", "time", "23:00–01:00"), "h"),
            new Problem("session-within-conference-day", List.of("session 's1'"),
                    Map.of("day", "2021-11-19", "time", "23:00–05:00", "hours", "11:00 to 04:00"), "h"),
            new Problem("person-known", List.of("contribution 'c1'", "person 'p1'"), Map.of(), "p"),
            new Problem("chair-is-nss-member-or-ambassador", List.of("session 's1'", "person 'p1'"),
                    Map.of("name", "κ. Γιώργος Νικολάου", "role", "moderator"), "m"),
            new Problem("one-place-at-a-time", List.of("person 'p1'", "session 's1'", "contribution 'c2'"),
                    Map.of("day", "2021-11-19", "time", "10:00–11:00", "other-time", "10:30–10:45", "action",
                            "chairs", "other-action", "speaks"), "o"),
            new Problem("room-once-at-a-time", List.of("session 's1'", "session 's2'", "room 'r1'"),
                    Map.of("day", "2021-11-19", "time", "10:00–11:00", "other-time", "10:30–12:00"), "r"),
            new Problem("session-has-chair", List.of("session 's1'"), Map.of(), "n"),
            new Problem("time-known", List.of("session 's1'"), Map.of("day", "2021-11-19"), "t"),
            new Problem("time-known", List.of("session 's1'", "contribution 'c1'"),
                    Map.of("count", "1", "of", "5", "range", "c1"), "t"),
            new Problem("contribution-has-title", List.of("session 's1'", "contribution 'c1'", "contribution 'c2'"),
                    Map.of("count", "2", "of", "2", "range", "c1, c2"), "t"));

    @Test
    void everyRuleIsWordedInGreekWithItsItemsAndValuesAndInEnglishAsTheModelSaysIt() {
        for (Problem p : EVERY_RULE) {
            String greek = ProblemWording.say(Lang.el, p);
            assertThat(ProblemWording.hasGreek(p)).as(p.rule()).isTrue();
            assertThat(greek.replaceAll("'[^']*'|\\([a-z0-9, …]*\\)", "")).as(greek).doesNotContainPattern("[A-Za-z]")
                    .containsPattern("[α-ω]");
            p.values().values().stream().filter(v -> !v.matches(".*[a-z]{2}.*")).forEach(v ->
                    assertThat(greek).as(p.rule()).contains(v));
            assertThat(ProblemWording.say(Lang.en, p)).isEqualTo(p.message());
        }
        assertThat(ProblemWording.say(Lang.el, EVERY_RULE.get(4))).endsWith("(11:00 έως 04:00)");
        assertThat(ProblemWording.say(Lang.el, EVERY_RULE.get(11)))
                .isEqualTo("η συνεδρία 's1': 1 από τις 5 παρουσιάσεις δεν έχει γνωστή ώρα (c1)");
    }

    @Test
    void aRuleWithoutAGreekSentenceIsNamedInGreekAndItsEnglishReasonGetsALineOfItsOwn() {
        Problem p = new Problem("valid-data", List.of("session 's1' contribution #2"), Map.of(),
                "title must not be blank");

        assertThat(ProblemWording.hasGreek(p)).isFalse();
        assertThat(ProblemWording.say(Lang.el, p).lines().toList()).containsExactly(
                "μη αποδεκτά στοιχεία σε συνεδρία 's1' παρουσίαση #2· η αιτία, στα αγγλικά:",
                "title must not be blank");
    }
}
