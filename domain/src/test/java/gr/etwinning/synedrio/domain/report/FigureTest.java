package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureTest {

    @Test
    void everyKeyOfTheCatalogueIsAcceptedAndSaysWhichDayOrSessionItIsAbout() {
        assertThat(FigureKey.of("registrations").day()).isZero();
        assertThat(FigureKey.of("stream.day1.live-viewers").day()).isEqualTo(1);
        assertThat(FigureKey.of("participants.day2.parallel").day()).isEqualTo(2);
        assertThat(FigureKey.of("participants.day3").day()).isEqualTo(3);
        assertThat(FigureKey.of("video.day12.views").day()).isEqualTo(12);
        assertThat(FigureKey.of("video.d2-primary.views").session()).isEqualTo("d2-primary");
        assertThat(FigureKey.of("participants.d2-workshops").session()).isEqualTo("d2-workshops");
        assertThat(FigureKey.of("community.greece.schools").session()).isNull();
        assertThat(FigureKey.of(" evaluations.count ").value()).isEqualTo("evaluations.count");
    }

    @Test
    void aKeyOutsideTheCatalogueIsRefusedWithTheKnownKeys() {
        assertThatThrownBy(() -> FigureKey.of("registration")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'registration' is not a figure").hasMessageContaining("registrations, ");
        assertThatThrownBy(() -> FigureKey.of("community.italy.teachers")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FigureKey.of("video.Δ2.views")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FigureKey.of("")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aFigureIsPrintedAsItsSourceWritesItOrGroupedWithDots() {
        assertThat(new Figure(FigureKey.of("registrations"), 7000, Qualifier.MORE_THAN, null, null, null).display())
                .isEqualTo("7.000");
        assertThat(new Figure(FigureKey.of("video.day1.views"), 4500, Qualifier.MORE_THAN, "4500", null, null)
                .display()).isEqualTo("4500");
        assertThat(new Figure(FigureKey.of("registrations"), 7000, null, null, null, null).qualifier())
                .isEqualTo(Qualifier.EXACT);
    }

    @Test
    void aWrittenFormThatReadsAsAnotherNumberIsRefused() {
        assertThatThrownBy(() -> new Figure(FigureKey.of("registrations"), 7000, Qualifier.EXACT, "700", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("written '700'");
        assertThatThrownBy(() -> new Figure(FigureKey.of("registrations"), -5, Qualifier.EXACT, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("-5");
    }

    @Test
    void qualifiersAreReadFromTheirCodesAndAnUnknownOneIsRefused() {
        assertThat(Qualifier.of("approximately")).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(Qualifier.of("MORE-THAN")).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Qualifier.of(null)).isEqualTo(Qualifier.EXACT);
        assertThatThrownBy(() -> Qualifier.of("περίπου")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'περίπου' is none of");
    }

    @Test
    void aCommentIsKeptAsWrittenAndABlankOneIsRefused() {
        EvaluationComment c = new EvaluationComment(1, "  Εξαιρετική δουλειά!!! ", false);
        assertThat(c.text()).isEqualTo("Εξαιρετική δουλειά!!!");
        assertThat(c.select(true).selected()).isTrue();
        assertThatThrownBy(() -> new EvaluationComment(2, "   ", true)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("comment 2");
        assertThat(LocalDate.of(2021, 11, 22)).isNotNull();
    }
}
