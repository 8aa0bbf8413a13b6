package gr.etwinning.synedrio.domain.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LikertScaleTest {

    @Test
    void givenGreekAmountsTypedAnyhowWhenRecognisingThenTheScaleIsInOrderLowestFirst() {
        LikertScale s = LikertScale.recognise(List.of("ΠΑΡΑ ΠΟΛΥ", "Πολύ", "μετρια")).orElseThrow();
        assertThat(s.labels()).containsExactly("Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ");
        assertThat(s.position("πάρα πολύ")).isEqualTo(4);
        assertThat(s.position("Ναι")).isEqualTo(-1);
    }

    @Test
    void givenAgreementInEnglishWhenRecognisingThenTheAgreementScale() {
        assertThat(LikertScale.recognise(List.of("Agree", "Strongly agree", "Disagree")).orElseThrow().name())
                .isEqualTo("english-agreement");
    }

    @Test
    void givenNumbersWhenRecognisingThenTheNumericScaleThatHoldsThem() {
        assertThat(LikertScale.recognise(List.of("4", "5", "3")).orElseThrow().labels())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(LikertScale.recognise(List.of("0", "9")).orElseThrow().name()).isEqualTo("0-10");
        assertThat(LikertScale.recognise(List.of("8", "12"))).isEmpty();
        assertThat(LikertScale.named("1-7").orElseThrow().labels()).hasSize(7);
        assertThat(LikertScale.numeric(0, 10).value(3)).isEqualTo(3.0);
    }

    @Test
    void givenWordsOfNoScaleWhenRecognisingThenNone() {
        assertThat(LikertScale.recognise(List.of("Ναι", "Όχι"))).isEmpty();
        assertThat(LikertScale.recognise(List.of())).isEmpty();
    }
}
