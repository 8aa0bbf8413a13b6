package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.School;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantDetailsTest {

    @Test
    void withoutConsentThereIsNoRegistration() {
        assertThatThrownBy(() -> new ParticipantDetails("Ελένη Τσιργιώτη", EmailAddress.of("e.tsirgioti@sch.gr"),
                School.named("Νηπιαγωγείο Αυλωναρίου"), null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("consent");
    }

    @Test
    void theSchoolIsKeptAsTypedWithTheKeyThatLinksItToTheRegistryLater() {
        ParticipantDetails d = new ParticipantDetails(" Ελένη Τσιργιώτη ", EmailAddress.of("e.tsirgioti@sch.gr"),
                School.named("ΝΗΠΙΑΓΩΓΕΙΟ ΑΥΛΩΝΑΡΙΟΥ"), "ΠΕ60", null, Instant.parse("2021-11-01T08:00:00Z"));
        assertThat(d.fullName()).isEqualTo("Ελένη Τσιργιώτη");
        assertThat(d.school().name()).isEqualTo("ΝΗΠΙΑΓΩΓΕΙΟ ΑΥΛΩΝΑΡΙΟΥ");
        assertThat(d.school().key()).isEqualTo(School.named("Νηπιαγωγείο Αυλωναρίου").key());
        assertThat(d.toString()).doesNotContain("Ελένη", "sch.gr");
    }
}
