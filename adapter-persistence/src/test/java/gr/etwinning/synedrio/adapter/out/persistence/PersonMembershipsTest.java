package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonMembershipsTest {

    @Test
    void eachGroupCountsAPersonOnceHoweverOftenItIsSeenThereAcrossGrowthAndManyWords() {
        int groups = 130; // three words of bits per person
        PersonMemberships persons = new PersonMemberships(groups);
        @SuppressWarnings("unchecked")
        Set<Long>[] expected = new Set[groups];
        for (int g = 0; g < groups; g++) {
            expected[g] = new HashSet<>();
        }
        Set<Long> all = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long person = random.nextInt(50_000) - 25_000L;
            if (person == 0) {
                continue;
            }
            int a = random.nextInt(groups);
            int b = random.nextInt(groups);
            persons.add(person, persons.mask(a, b));
            expected[a].add(person);
            expected[b].add(person);
            all.add(person);
        }
        long[] sizes = persons.groupSizes();
        assertThat(persons.size()).isEqualTo(all.size());
        for (int g = 0; g < groups; g++) {
            assertThat(sizes[g]).as("group %d", g).isEqualTo(expected[g].size());
        }
    }

    @Test
    void zeroAndUnknownGroupsAreRefused() {
        PersonMemberships persons = new PersonMemberships(3);
        assertThatThrownBy(() -> persons.add(0, persons.mask(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> persons.mask(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
