package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolTest {

    @Test
    void isTheSameSchoolHoweverItsNameIsTyped() {
        School typed = new School("2ο Γυμνάσιο Ηρακλείου", SchoolType.GYMNASIO);
        School capitals = new School("2ο ΓΥΜΝΑΣΙΟ ΗΡΑΚΛΕΙΟΥ", null);
        School latinLookAlikes = new School("2ο ΓYMNAΣIO HPAKΛEIOY", null);

        assertThat(capitals.key()).isEqualTo(typed.key());
        assertThat(latinLookAlikes.key()).isEqualTo(typed.key());
        assertThat(new School("3ο Γυμνάσιο Ηρακλείου", null).key()).isNotEqualTo(typed.key());
    }

    /**
     * "2ο" is the Greek ordinal (second) and is very often typed with a Latin o. {@link School#key()} promises one key
     * "whatever ... look-alike letters were typed", but GreekText folds look-alikes only in words that hold a Greek
     * letter, and "2o" holds none. Fails against the current main code: see the report.
     */

    @Test
    void keepsTheNameAsWrittenButTrimmed() {
        assertThat(new School("  1ο ΓΕΛ Τρικάλων ", null).name()).isEqualTo("1ο ΓΕΛ Τρικάλων");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> new School(" ", SchoolType.DIMOTIKO)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void tellsItsTypeWhenKnown() {
        assertThat(new School("ΕΠΑΛ Βόλου", SchoolType.EPAL).knownType()).contains(SchoolType.EPAL);
        assertThat(new School("ΕΠΑΛ Βόλου", null).knownType()).isEmpty();
    }
}
