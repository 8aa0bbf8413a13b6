package gr.etwinning.synedrio.domain.attendance;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PersonKeyTest {

    @Test
    void aRegistrationsNumberIsItsId() {
        assertThat(PersonKey.registration(42).number()).isEqualTo(42);
    }

    @Test
    void anUnregisteredPersonsNumberIsNegativeSoNeverARegistrationsId() {
        assertThat(PersonKey.email("anna.v@gmail.com").number()).isNegative();
        assertThat(PersonKey.name("γιωργοσ νικολαου").number()).isNegative();
    }

    @Test
    void theNumberIsStoredSoItNeverChanges() {
        // computed once and pinned: the database holds these numbers (V15_1 computed them for older rows)
        assertThat(PersonKey.email("anna.v@gmail.com").number()).isEqualTo(PINNED_EMAIL);
        assertThat(PersonKey.name("γιωργοσ νικολαου").number()).isEqualTo(PINNED_NAME);
    }

    @Test
    void aHundredThousandKeysHaveAHundredThousandNumbers() {
        Set<Long> numbers = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            numbers.add(PersonKey.email("teacher" + i + "@sch.gr").number());
        }
        assertThat(numbers).hasSize(100_000);
    }

    private static final long PINNED_EMAIL = -782015291879775098L;
    private static final long PINNED_NAME = -1582885975492067435L;
}
