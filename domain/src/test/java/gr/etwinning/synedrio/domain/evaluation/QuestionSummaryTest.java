package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionSummaryTest {

    private final Question likert = Question.likert(1, "Πόσο σας ικανοποίησε;",
            LikertScale.named("greek-amount").orElseThrow());
    private final Question checkbox = new Question(2, "Τι παρακολουθήσατε;", QuestionType.CHECKBOX, null,
            List.of("Ομιλίες", "Εργαστήρια"));

    @Test
    void givenResponsesWhenTalliedThenCountsInScaleOrderWithMeanAndMedian() {
        EvaluationTally tally = new EvaluationTally(List.of(likert, checkbox));
        tally.add(new int[] {5, 0b11}, true);
        tally.add(new int[] {4, 0b10}, false);
        tally.add(new int[] {5, 0}, false);
        tally.add(new int[] {2}, false);
        tally.add(new int[] {0, 0b01}, false);
        List<QuestionSummary> s = tally.summaries();
        assertThat(tally.responses()).isEqualTo(5);
        assertThat(tally.registered()).isEqualTo(1);
        assertThat(s.get(0).countsByOption()).containsExactly(java.util.Map.entry("Καθόλου", 0L),
                java.util.Map.entry("Λίγο", 1L), java.util.Map.entry("Μέτρια", 0L), java.util.Map.entry("Πολύ", 1L),
                java.util.Map.entry("Πάρα πολύ", 2L));
        assertThat(s.get(0).answered()).isEqualTo(4);
        assertThat(s.get(0).mean()).hasValue(4.0);
        assertThat(s.get(0).median()).isEqualTo("Πολύ");
        assertThat(s.get(0).percentages()).containsEntry("Πάρα πολύ", 50.0);
        assertThat(s.get(1).countsByOption()).containsEntry("Ομιλίες", 2L).containsEntry("Εργαστήρια", 2L);
        assertThat(s.get(1).percentages()).containsEntry("Ομιλίες", 66.7);
        assertThat(s.get(1).mean()).isEmpty();
        assertThat(s.get(1).median()).isNull();
    }

    @Test
    void givenAQuestionWithTooManyOptionsWhenMadeThenRefusedSayingHowToImportIt() {
        List<String> many = java.util.stream.IntStream.range(0, 31).mapToObj(i -> "o" + i).toList();
        assertThatThrownBy(() -> new Question(3, "Σχολείο", QuestionType.CHOICE, null, many))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("=text");
    }

    @Test
    void givenNewAnswersWhenAddedAsOptionsThenAppendedOnceWhateverTheirCase() {
        Question q = new Question(4, "Βαθμίδα", QuestionType.CHOICE, null, List.of("Πρωτοβάθμια"))
                .withOptions(List.of("ΠΡΩΤΟΒΑΘΜΙΑ", "Δευτεροβάθμια"));
        assertThat(q.options()).containsExactly("Πρωτοβάθμια", "Δευτεροβάθμια");
        assertThat(q.option("δευτεροβαθμια")).isEqualTo(1);
    }
}
