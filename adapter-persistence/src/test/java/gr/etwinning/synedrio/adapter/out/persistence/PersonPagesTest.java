package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonPagesTest {

    private static final long T0 = 1_637_416_800L; // 2021-11-20 16:00 UTC

    private static PersonPages.Person person(long number, Long registration, MatchedBy by, String name, String email,
                                             long... intervals) {
        long seconds = 0;
        for (int i = 0; i < intervals.length; i += 2) {
            seconds += intervals[i + 1] - intervals[i];
        }
        return new PersonPages.Person(number, registration, by, name, email, seconds, intervals);
    }

    /** Records compare arrays by identity: the same person is the same fields and the same intervals. */
    private static void assertSame(List<PersonPages.Person> read, List<PersonPages.Person> written) {
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            PersonPages.Person r = read.get(i);
            PersonPages.Person w = written.get(i);
            assertThat(r).usingRecursiveComparison().isEqualTo(w);
        }
    }

    @Test
    void everyFieldComesBackAsWrittenGreekNamesNullsAndOddCharactersIncluded() {
        List<PersonPages.Person> written = List.of(
                person(PersonKey.name("γιωργοσ νικολαου").number(), null, MatchedBy.NONE, "Γιώργος Νικολάου", null,
                        T0, T0 + 600, T0 + 900, T0 + 1200),
                person(PersonKey.email("anna.v@gmail.com").number(), null, MatchedBy.NONE, null, "anna.v@gmail.com",
                        T0 + 5, T0 + 5),
                person(7, 7L, MatchedBy.EMAIL, "Μαρία Παπαδοπούλου (Guest)", "maria@sch.gr", T0, T0 + 3600),
                person(Long.MAX_VALUE, Long.MAX_VALUE, MatchedBy.NAME, "Άννα\tΒ.\\n \r\nΓ\u0000 😀", "",
                        0, 1, 3, 4_102_444_800L));
        List<PersonPages.Person> sorted = new ArrayList<>(written);
        sorted.sort(java.util.Comparator.comparingLong(PersonPages.Person::number));

        List<PersonPages.Page> pages = PersonPages.pack(sorted);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).persons()).isEqualTo(4);
        assertSame(PersonPages.persons(pages.stream().map(PersonPages.Page::data).toList()), sorted);
    }

    @Test
    void aFileOfManyPersonsFillsPagesOfAtMostTheLimitEachReadableAlone() {
        List<PersonPages.Person> written = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            written.add(person(i * 1_000_003L, i % 3 == 0 ? (long) i : null, MatchedBy.NONE, "Συμμετέχων " + i,
                    "teacher" + i + "@sch.gr", T0 + i, T0 + i + 600, T0 + i + 900, T0 + i + 1800));
        }

        List<PersonPages.Page> pages = PersonPages.pack(written);

        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages).allSatisfy(p -> assertThat(p.data().length).isLessThanOrEqualTo(PersonPages.MAX_BYTES));
        assertThat(pages.stream().mapToInt(PersonPages.Page::persons).sum()).isEqualTo(5000);
        // each page alone: the last page's first person is read right without the pages before it
        PersonPages.Page last = pages.get(pages.size() - 1);
        List<PersonPages.Person> alone = PersonPages.persons(List.of(last.data()));
        assertSame(alone, written.subList(5000 - last.persons(), 5000));
        assertSame(PersonPages.persons(pages.stream().map(PersonPages.Page::data).toList()), written);
    }

    @Test
    void numbersFromEndToEndOfTheLongsComeBackEvenWhereTheirDifferenceOverflows() {
        List<PersonPages.Person> written = List.of(
                person(Long.MIN_VALUE, null, MatchedBy.NONE, "Α", null, T0, T0 + 1),
                person(-(1L << 62), 0L, MatchedBy.EMAIL, "Β", null, T0, T0 + 2),
                person(1L << 62, Long.MAX_VALUE, MatchedBy.NAME, "Γ", null, T0, T0 + 3),
                person(Long.MAX_VALUE, 1L, MatchedBy.NONE, "Δ", null, T0, T0 + 4));

        List<PersonPages.Page> pages = PersonPages.pack(written);

        assertSame(PersonPages.persons(pages.stream().map(PersonPages.Page::data).toList()), written);
    }

    @Test
    void readingOnlyTheCountsGivesEachPersonsNumberRegistrationAndSeconds() {
        List<PersonPages.Person> written = List.of(person(-5, null, MatchedBy.NONE, "Α", null, T0, T0 + 60),
                person(3, 3L, MatchedBy.EMAIL, "Β", "b@sch.gr", T0, T0 + 120, T0 + 200, T0 + 300));
        List<String> counted = new ArrayList<>();

        PersonPages.read(PersonPages.pack(written).get(0).data(), new PersonPages.Reader() {
            @Override
            public boolean whole() {
                return false;
            }

            @Override
            public void counted(long number, Long registrationId, long seconds) {
                counted.add(number + " " + registrationId + " " + seconds);
            }

            @Override
            public void person(PersonPages.Person person) {
                throw new AssertionError("not asked for");
            }
        });

        assertThat(counted).containsExactly("-5 null 60", "3 3 220");
    }

    @Test
    void personsOutOfNumberOrderAreRefused() {
        assertThatThrownBy(() -> PersonPages.pack(List.of(person(2, null, MatchedBy.NONE, "Α", null, T0, T0 + 1),
                person(2, null, MatchedBy.NONE, "Β", null, T0, T0 + 1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of number order");
    }
}
