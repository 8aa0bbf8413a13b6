package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageIdTest {

    @Test
    void messageIdsAreUniqueAndSortByTheTimeTheyWereMadeSoTheUniqueIndexGrowsAtItsEdge() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(JooqOutbox.newMessageId());
            if (i % 500 == 0) {
                Thread.sleep(2);
            }
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("<[0-9a-f]{13}\\.[0-9a-f-]{36}@synedrio>"));
        // the time prefix never goes back: later ids sort after earlier ones (ties only within one microsecond)
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).substring(1, 14)).isGreaterThanOrEqualTo(ids.get(i - 1).substring(1, 14));
        }
        assertThat(ids.get(ids.size() - 1).substring(1, 14)).isGreaterThan(ids.get(0).substring(1, 14));
    }

    @Test
    void theIdsOfOneBatchAreUniqueTooAndAnotherBatchDrawsAnotherRandomPart() {
        JooqOutbox.MessageIds batch = new JooqOutbox.MessageIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(batch.next());
        }
        String other = new JooqOutbox.MessageIds().next();
        assertThat(new HashSet<>(ids)).hasSize(ids.size()).doesNotContain(other);
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("<[0-9a-f]{13}\\.[0-9a-f-]{36}@synedrio>"));
        assertThat(ids.get(0).substring(15, 38)).isNotEqualTo(other.substring(15, 38));
    }
}
