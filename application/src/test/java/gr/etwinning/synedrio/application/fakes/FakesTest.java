package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.fixtures.DomainFixtures;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.programme.Programme;
import org.junit.jupiter.api.Test;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.EDITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fakes the service tests rely on behave like the real adapters where it matters. */
class FakesTest {

    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(persons);
    private final FakeTransactionPort transactions = new FakeTransactionPort(conferences, persons);

    private void storeEdition() {
        DomainFixtures.everybody().forEach(persons::save);
        Conference c = DomainFixtures.plannedConference();
        c.replaceProgramme(DomainFixtures.smallProgramme(), persons);
        conferences.add(c);
    }

    @Test
    void givenAStoredEditionWhenUpdatingTheCopyReadAtItsVersionThenTheVersionGoesUp() {
        storeEdition();
        Conference read = conferences.find(EDITION).orElseThrow();

        assertThat(read.version()).isEqualTo(1L);
        assertThat(conferences.update(read)).isEqualTo(2L);
        assertThat(conferences.find(EDITION).orElseThrow().version()).isEqualTo(2L);
    }

    @Test
    void givenTwoCopiesReadAtTheSameVersionWhenBothAreUpdatedThenTheSecondIsAConflict() {
        storeEdition();
        Conference first = conferences.find(EDITION).orElseThrow();
        Conference second = conferences.find(EDITION).orElseThrow();
        first.revise(DomainFixtures.details(DomainFixtures.DAY_1, DomainFixtures.DAY_3.plusDays(1)));
        conferences.update(first);

        second.replaceProgramme(Programme.empty(), persons);
        assertThatThrownBy(() -> conferences.update(second)).isInstanceOf(ConflictException.class);
        Conference stored = conferences.find(EDITION).orElseThrow();
        assertThat(stored.version()).isEqualTo(2L);
        assertThat(stored.programme().sessions()).hasSize(2);
        assertThat(stored.details().endDate()).isEqualTo(DomainFixtures.DAY_3.plusDays(1));
    }

    @Test
    void givenAnExistingEditionWhenAddingItAgainThenConflict() {
        storeEdition();

        assertThatThrownBy(() -> conferences.add(DomainFixtures.plannedConference()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void givenAReadCopyWhenChangingItWithoutUpdatingThenTheStoredEditionIsUntouched() {
        storeEdition();

        conferences.find(EDITION).orElseThrow()
                .replaceProgramme(Programme.empty(), persons);

        assertThat(conferences.find(EDITION).orElseThrow().programme().sessions()).hasSize(2);
    }

    @Test
    void givenWorkThatThrowsWhenRunInATransactionThenEveryFakeIsPutBack() {
        storeEdition();
        Person renamed = new Person(DomainFixtures.TEACHER_ID, null, "ΝΙΚΟΣ ΓΕΩΡΓΙΟΥ", null, null, null, null);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            persons.save(renamed);
            Conference c = conferences.find(EDITION).orElseThrow();
            c.replaceProgramme(Programme.empty(), persons);
            conferences.update(c);
            throw new IllegalStateException("η σύνδεση χάθηκε");
        })).hasMessage("η σύνδεση χάθηκε");

        assertThat(persons.find(DomainFixtures.TEACHER_ID)).get().extracting(Person::name)
                .isEqualTo("Νίκος Γεωργίου");
        assertThat(conferences.versionOf(EDITION.value())).isEqualTo(1L);
        assertThat(conferences.find(EDITION).orElseThrow().programme().sessions()).hasSize(2);
        assertThat(transactions.rollbacks()).isEqualTo(1);
        assertThat(transactions.commits()).isZero();
    }

    @Test
    void givenWorkThatSucceedsWhenRunInATransactionThenItsWritesAreKept() {
        Person teacher = DomainFixtures.teacher();

        String result = transactions.inTransaction(() -> {
            persons.save(teacher);
            return "εντάξει";
        });

        assertThat(result).isEqualTo("εντάξει");
        assertThat(persons.find(teacher.id())).isPresent();
        assertThat(transactions.commits()).isEqualTo(1);
    }
}
