package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.programme.Programme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.AMBASSADOR_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_1;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_2;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_3;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.EDITION;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.NSS_MEMBER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.chair;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.conferenceWithProgramme;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.details;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.directory;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.emptySession;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.moderator;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.nssMember;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.people;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.plannedConference;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.session;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.smallProgramme;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.talk;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.teacher;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ConferenceTest {

    @Test
    void plansAnEditionWithAnEmptyProgrammeAtVersionZero() {
        Conference c = plannedConference();

        assertThat(c.edition()).isEqualTo(EDITION);
        assertThat(c.details()).isEqualTo(details());
        assertThat(c.programme().sessions()).isEmpty();
        assertThat(c.version()).isZero();
    }

    @Test
    void replacesTheProgrammeWhenItFits() {
        Conference c = plannedConference();

        c.replaceProgramme(smallProgramme(), people());

        assertThat(c.programme().sameAs(smallProgramme())).isTrue();
    }

    @Test
    void refusesASessionOutsideTheConferenceDays() {
        Conference c = plannedConference();
        Programme late = new Programme(List.of(emptySession("d4-workshops", DAY_3.plusDays(1), null)));

        assertThatThrownBy(() -> c.replaceProgramme(late, people()))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("session-within-conference-days");
                    assertThat(e.item()).isEqualTo("session 'd4-workshops'");
                    assertThat(e.getMessage()).contains("session 'd4-workshops'", DAY_3.plusDays(1).toString());
                });
        assertThat(c.programme().sessions()).isEmpty();
    }

    @Test
    void refusesASessionBeforeTheFirstDay() {
        Programme early = new Programme(List.of(emptySession("d0-pre", DAY_1.minusDays(1), null)));

        assertThatThrownBy(() -> plannedConference().replaceProgramme(early, people()))
                .asInstanceOf(type(RuleViolationException.class))
                .extracting(RuleViolationException::rule).isEqualTo("session-within-conference-days");
    }

    @Test
    void acceptsSessionsOnTheFirstAndLastDay() {
        Programme edges = new Programme(List.of(emptySession("d1", DAY_1, null), emptySession("d3", DAY_3, null)));
        Conference c = plannedConference();

        c.replaceProgramme(edges, people());

        assertThat(c.programme().sessions()).hasSize(2);
    }

    @Test
    void refusesAChairWhoIsNeitherNssMemberNorAmbassador() {
        Programme p = new Programme(List.of(session("d2-secondary", DAY_2, time("17:00", "19:00"),
                List.of(chair(TEACHER_ID)), List.of())));
        Conference c = plannedConference();

        assertThatThrownBy(() -> c.replaceProgramme(p, people()))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("chair-is-nss-member-or-ambassador");
                    assertThat(e.item()).isEqualTo("session 'd2-secondary'");
                    assertThat(e.getMessage()).contains("session 'd2-secondary'", "Νίκος Γεωργίου", "chair");
                });
        assertThat(c.programme().sessions()).isEmpty();
    }

    @Test
    void refusesAModeratorWhoIsNeitherNssMemberNorAmbassador() {
        Programme p = new Programme(List.of(session("d3-round-table", DAY_3, null,
                List.of(moderator(TEACHER_ID)), List.of())));

        assertThatThrownBy(() -> plannedConference().replaceProgramme(p, people()))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("chair-is-nss-member-or-ambassador");
                    assertThat(e.getMessage()).contains("session 'd3-round-table'", "moderat");
                });
    }

    @Test
    void letsNssMembersAndAmbassadorsChairAndModerate() {
        Programme p = new Programme(List.of(session("d3-round-table", DAY_3, null,
                List.of(moderator(NSS_MEMBER_ID), chair(AMBASSADOR_ID)), List.of())));
        Conference c = plannedConference();

        c.replaceProgramme(p, people());

        assertThat(c.programme().sessions()).hasSize(1);
    }

    @Test
    void refusesAChairWhoIsNotKnown() {
        Programme p = new Programme(List.of(session("d1-opening", DAY_1, null,
                List.of(chair(PersonId.of("agnostos-chair"))), List.of())));

        assertThatThrownBy(() -> plannedConference().replaceProgramme(p, people()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("session 'd1-opening'")
                .hasMessageContaining("'agnostos-chair'")
                .hasMessageContaining("not known");
    }

    @Test
    void refusesASpeakerWhoIsNotKnown() {
        Programme p = new Programme(List.of(session("d2-primary", DAY_2, null, List.of(),
                List.of(talk("d2-primary-talk-01", null, PersonId.of("agnosti-omilitria"))))));

        assertThatThrownBy(() -> plannedConference().replaceProgramme(p, directory(nssMember())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contribution 'd2-primary-talk-01'")
                .hasMessageContaining("'agnosti-omilitria'");
    }

    @Test
    void judgesTheChairByTheDirectoryItIsGiven() {
        Person promoted = new Person(TEACHER_ID, null, "Νίκος Γεωργίου", List.of(), null, null,
                Set.of(Standing.AMBASSADOR));
        Programme p = new Programme(List.of(session("d2-secondary", DAY_2, null, List.of(chair(TEACHER_ID)),
                List.of())));

        Conference c = plannedConference();
        c.replaceProgramme(p, directory(promoted));
        assertThat(c.programme().sessions()).hasSize(1);

        assertThatThrownBy(() -> plannedConference().replaceProgramme(p, directory(teacher())))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void revisesTheDetailsWhenTheProgrammeStillFits() {
        Conference c = conferenceWithProgramme();
        ConferenceDetails longer = details(DAY_1.minusDays(1), DAY_3.plusDays(1));

        c.revise(longer);

        assertThat(c.details()).isEqualTo(longer);
    }

    @Test
    void refusesToReviseWhenTheProgrammeWouldFallOutsideTheNewDates() {
        Conference c = conferenceWithProgramme();

        // the programme has sessions on DAY_1 and DAY_2
        assertThatThrownBy(() -> c.revise(details(DAY_2, DAY_3)))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("session-within-conference-days");
                    assertThat(e.getMessage()).contains("session 'd1-opening'");
                });
        assertThat(c.details()).isEqualTo(details());
    }

    @Test
    void restoresAStoredEditionAtItsVersion() {
        Conference c = Conference.restore(EDITION, details(), smallProgramme(), people(), 42);

        assertThat(c.version()).isEqualTo(42);
        assertThat(c.programme().sameAs(smallProgramme())).isTrue();
    }

    @Test
    void refusesToRestoreABrokenProgramme() {
        assertThatThrownBy(() -> Conference.restore(EDITION, details(DAY_2, DAY_3), smallProgramme(), people(), 3))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Conference.restore(EDITION, details(), smallProgramme(), directory(nssMember()), 3))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void isTheSameAsAnotherWithEqualDetailsAndProgramme() {
        Conference a = conferenceWithProgramme();

        assertThat(a.sameAs(conferenceWithProgramme())).isTrue();
        assertThat(a.sameAs(Conference.restore(EDITION, details(), smallProgramme(), people(), 9)))
                .as("the version does not matter").isTrue();
        assertThat(a.sameAs(null)).isFalse();
        assertThat(a.sameAs(plannedConference())).as("other programme").isFalse();

        Conference otherDetails = conferenceWithProgramme();
        otherDetails.revise(details(DAY_1, DAY_3.plusDays(1)));
        assertThat(a.sameAs(otherDetails)).as("other details").isFalse();

        Conference otherEdition = Conference.restore(EditionNumber.of(8), details(), smallProgramme(), people(), 1);
        assertThat(a.sameAs(otherEdition)).as("other edition").isFalse();
    }

    @Test
    void equalsByEditionOnly() {
        Conference a = plannedConference();
        Conference b = conferenceWithProgramme();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Conference.plan(EditionNumber.of(8), details()));
    }
}
