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
    void consecutiveStridedAndHashedNumbersAreEachCountedOnceWhereverTheirBlocksLand() {
        // registration ids in order (as a target's presences arrive), Galera's stride of 3, one person per block of
        // 256 (every one wanting the same place in its block), and unregistered persons' hashes with the sign bit
        PersonMemberships persons = new PersonMemberships(2);
        Set<Long> first = new HashSet<>();
        Set<Long> second = new HashSet<>();
        Random random = new Random(11);
        for (long id = 1; id <= 120_000; id++) {
            persons.add(id, persons.mask(0));
            first.add(id);
        }
        for (long id = 1; id <= 3 * 60_000; id += 3) {
            persons.add(id, persons.mask(1));
            second.add(id);
        }
        for (long block = 1; block <= 20_000; block++) { // 1,250 pages: more than the pages' budget holds
            persons.add(block << 8, persons.mask(1));
            second.add(block << 8);
        }
        for (long block = 20_000; block >= 1; block -= 7) { // seen again, in a page of its own or in the table
            persons.add(block << 8, persons.mask(0));
            first.add(block << 8);
        }
        assertThat(persons.pagedWords()).isLessThanOrEqualTo(PersonMemberships.PAGE_BUDGET_WORDS);
        for (int i = 0; i < 20_000; i++) {
            long hash = random.nextLong() | Long.MIN_VALUE;
            persons.add(hash, persons.mask(0, 1));
            persons.add(hash, persons.mask(0)); // seen again: still one person
            first.add(hash);
            second.add(hash);
        }
        Set<Long> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(persons.size()).isEqualTo(all.size());
        assertThat(persons.groupSizes()).containsExactly(first.size(), second.size());
    }

    @Test
    void zeroAndUnknownGroupsAreRefused() {
        PersonMemberships persons = new PersonMemberships(3);
        assertThatThrownBy(() -> persons.add(0, persons.mask(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> persons.mask(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
