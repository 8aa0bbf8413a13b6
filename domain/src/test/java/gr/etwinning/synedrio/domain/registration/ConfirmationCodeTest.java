package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfirmationCodeTest {

    @Test
    void aCodeIsTwentyTwoUrlSafeBase64Characters() {
        assertThat(new ConfirmationCode("QnNWJEfqmTDFzBLL5u0uAA").value()).isEqualTo("QnNWJEfqmTDFzBLL5u0uAA");
        assertThat(new ConfirmationCode("-_09azAZ-_09azAZ-_09az").value()).hasSize(22);
    }

    @Test
    void anythingElseIsRefusedWithoutRepeatingIt() {
        for (String bad : new String[] {null, "", "QnNWJEfqmTDFzBLL5u0uA", "QnNWJEfqmTDFzBLL5u0uAAA",
                "QnNWJEfqmTDFzBLL5u0u+/", "QnNWJEfqmTDFzBLL5u0uA=", "QnNWJEfqmTDFzBLL5u0uΑΑ", "QnNWJEfqmTDFzB L5u0uAA"}) {
            assertThatThrownBy(() -> new ConfirmationCode(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("confirmation code");
        }
    }

    @Test
    void itsTextNeverShowsTheWholeSecret() {
        assertThat(new ConfirmationCode("QnNWJEfqmTDFzBLL5u0uAA").toString()).doesNotContain("QnNWJEfqmTDFzBLL5u0uAA");
    }
}
