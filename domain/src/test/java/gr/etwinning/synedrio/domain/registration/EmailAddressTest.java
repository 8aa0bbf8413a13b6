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
}
