package gr.etwinning.synedrio.domain.evaluation;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerPatternTest {

    private static AnswerPattern of(Object... answerAndCount) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < answerAndCount.length; i += 2) {
            m.put((String) answerAndCount[i], (Integer) answerAndCount[i + 1]);
        }
        return new AnswerPattern(m);
    }

    @Test
    void givenScaleLabelsWhenRecognisingThenLikert() {
        assertThat(of("Πολύ", 5, "Πάρα πολύ", 9, "Λίγο", 1).type()).isEqualTo(QuestionType.LIKERT);
    }

    @Test
    void givenOptionsJoinedWithSemicolonsWhenRecognisingThenCheckbox() {
        AnswerPattern p = of("Ομιλίες;Εργαστήρια", 3, "Εργαστήρια", 2, "Στρογγυλή τράπεζα;Ομιλίες", 1);
        assertThat(p.type()).isEqualTo(QuestionType.CHECKBOX);
        assertThat(p.options(QuestionType.CHECKBOX)).containsExactly("Ομιλίες", "Εργαστήρια", "Εργαστήρια",
                "Στρογγυλή τράπεζα", "Ομιλίες");
    }

    @Test
    void givenFewRepeatedAnswersWhenRecognisingThenChoice() {
        assertThat(of("Πρωτοβάθμια", 4, "Δευτεροβάθμια", 3).type()).isEqualTo(QuestionType.CHOICE);
    }

    @Test
    void givenSentencesEachWrittenOnceWhenRecognisingThenFreeText() {
        assertThat(of("Πολύ καλή οργάνωση, ευχαριστούμε!", 1, "Θα ήθελα περισσότερα εργαστήρια; ήταν λίγα", 1,
                "Όλα τέλεια", 1).type()).isEqualTo(QuestionType.TEXT);
        assertThat(of().type()).isEqualTo(QuestionType.TEXT);
    }
}
