package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void anAddressIsTrimmedKeptAsTypedAndComparedWithoutCase() {
        EmailAddress typed = new EmailAddress("  Maria.Papadopoulou@SCH.gr ");
        assertThat(typed.value()).isEqualTo("Maria.Papadopoulou@SCH.gr");
        assertThat(typed.key()).isEqualTo(new EmailAddress("maria.papadopoulou@sch.gr").key());
        assertThat(typed.toString()).doesNotContain("Maria");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "maria", "maria@", "@sch.gr", "maria@sch", "maria@@sch.gr", "μαρία @sch.gr",
            "maria@sch..gr", "maria@.sch.gr", "maria,eleni@sch.gr"})
    void whatIsNotAnAddressIsRefusedWithoutRepeatingIt(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("email is").doesNotContain("maria"));
    }

    @org.junit.jupiter.api.Test
    void theKeyIsTheSameWhetherAnAccentedLetterIsTypedComposedOrDecomposed() {
        org.assertj.core.api.Assertions.assertThat(new EmailAddress("Mu\u0308ller@Schule.de").key())
                .isEqualTo(new EmailAddress("m\u00fcller@schule.de").key()).isEqualTo("m\u00fcller@schule.de");
        String decomposed = "\u0393\u03b9\u03c9\u0301\u03c1\u03b3\u03bf\u03c2@sch.gr"; // Γιώργος, ώ as ω + ́
        org.assertj.core.api.Assertions.assertThat(new EmailAddress(decomposed).key())
                .isEqualTo("\u03b3\u03b9\u03ce\u03c1\u03b3\u03bf\u03c2@sch.gr");
        org.assertj.core.api.Assertions.assertThat(new EmailAddress("muller@schule.de").key())
                .isNotEqualTo(new EmailAddress("m\u00fcller@schule.de").key());
    }
}
