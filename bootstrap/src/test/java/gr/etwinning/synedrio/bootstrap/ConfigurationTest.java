package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {

    @Test
    void thePoolHoldsFourConnectionsPerCoreFromEightToThirtyTwoUnlessTheOperatorSaysOtherwise() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(Configuration.poolSize(Map.of())).isEqualTo(Math.min(32, Math.max(8, 4 * cores)));
        assertThat(Configuration.poolSize(Map.of("SYNEDRIO_DB_POOL_SIZE", " 2 "))).isEqualTo(2);
        assertThat(Configuration.poolSize(Map.of("SYNEDRIO_DB_POOL_SIZE", "200"))).isEqualTo(200);
    }

    @Test
    void aPoolSizeThatIsNotAWholeNumberFromTwoToTwoHundredIsRefusedNamingTheVariable() {
        for (String wrong : new String[] {"0", "1", "201", "-4", "οκτώ", "8.5"}) {
            assertThatThrownBy(() -> Configuration.poolSize(Map.of("SYNEDRIO_DB_POOL_SIZE", wrong)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("SYNEDRIO_DB_POOL_SIZE").hasMessageContaining("'" + wrong + "'");
        }
    }
}
