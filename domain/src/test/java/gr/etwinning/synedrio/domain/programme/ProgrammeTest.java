package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.AMBASSADOR_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_1;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_2;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_3;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.NSS_MEMBER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.SECOND_TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.chair;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.emptySession;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.moderator;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.session;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.smallProgramme;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.talk;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ProgrammeTest {

    private static Programme programme(Session... sessions) {
        return new Programme(List.of(sessions));
    }

    @Nested
    class Identifiers {

        @Test
        void refusesTheSameSessionIdTwice() {
            assertThatThrownBy(() -> programme(emptySession("d2-primary", DAY_2, null),
                    emptySession("d2-primary", DAY_3, null)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("session 'd2-primary' appears twice");
        }

        @Test
        void refusesTheSameContributionIdInTwoSessions() {
            assertThatThrownBy(() -> programme(
                    session("d2-primary", DAY_2, null, List.of(), List.of(talk("talk-01", null, TEACHER_ID))),
                    session("d2-secondary", DAY_2, null, List.of(), List.of(talk("talk-01", null, SECOND_TEACHER_ID)))))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("contribution 'talk-01' appears twice");
        }
    }

    @Nested
    class OnePlaceAtATime {

        @Test
        void refusesASpeakerInTwoOverlappingContributionsOnTheSameDay() {
            assertThatThrownBy(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-primary-talk-01", time("17:00", "17:20"), TEACHER_ID))),
                    session("d2-secondary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-secondary-talk-01", time("17:10", "17:30"), TEACHER_ID)))))
                    .asInstanceOf(type(RuleViolationException.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("one-place-at-a-time");
                        assertThat(e.item()).isEqualTo("person 'georgiou-nikos'");
                        assertThat(e.getMessage()).contains("person 'georgiou-nikos'", DAY_2.toString(),
                                "'d2-primary-talk-01'", "'d2-secondary-talk-01'");
                    });
        }

        @Test
        void refusesASpeakerInTwoOverlappingContributionsOfTheSameSession() {
            assertThatThrownBy(() -> programme(session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                    List.of(talk("d2-primary-talk-01", time("17:00", "17:20"), TEACHER_ID),
                            talk("d2-primary-talk-02", time("17:15", "17:30"), SECOND_TEACHER_ID, TEACHER_ID)))))
                    .asInstanceOf(type(RuleViolationException.class))
                    .extracting(RuleViolationException::rule).isEqualTo("one-place-at-a-time");
        }

        @Test
        void refusesAChairOfTwoOverlappingSessions() {
            assertThatThrownBy(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)), List.of()),
                    session("d2-secondary", DAY_2, time("18:00", "20:00"), List.of(moderator(AMBASSADOR_ID)),
                            List.of())))
                    .asInstanceOf(type(RuleViolationException.class))
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("one-place-at-a-time");
                        assertThat(e.getMessage()).contains("person 'papadopoulou-eleni'", "'d2-primary'",
                                "'d2-secondary'");
                    });
        }

        @Test
        void refusesAChairWhoSpeaksInAnotherSessionMeanwhile() {
            assertThatThrownBy(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)), List.of()),
                    session("d2-secondary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-secondary-talk-01", time("18:00", "18:15"), AMBASSADOR_ID)))))
                    .asInstanceOf(type(RuleViolationException.class))
                    .extracting(RuleViolationException::item).isEqualTo("person 'papadopoulou-eleni'");
        }

        @Test
        void letsAChairSpeakInsideTheSessionTheyChair() {
            assertThatCode(() -> programme(session("d1-opening", DAY_1, time("10:00", "11:00"),
                    List.of(chair(NSS_MEMBER_ID)),
                    List.of(talk("d1-opening-address", time("10:00", "10:20"), NSS_MEMBER_ID),
                            talk("d1-closing-address", time("10:40", "11:00"), NSS_MEMBER_ID)))))
                    .doesNotThrowAnyException();
        }

        @Test
        void letsTheSamePersonSpeakAtTheSameTimeOnDifferentDays() {
            assertThatCode(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)),
                            List.of(talk("d2-primary-talk-01", time("17:00", "17:20"), TEACHER_ID))),
                    session("d3-primary", DAY_3, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)),
                            List.of(talk("d3-primary-talk-01", time("17:00", "17:20"), TEACHER_ID)))))
                    .doesNotThrowAnyException();
        }

        @Test
        void letsConsecutiveSlotsTouch() {
            assertThatCode(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "18:00"), List.of(chair(AMBASSADOR_ID)), List.of()),
                    session("d2-workshops", DAY_2, time("18:00", "19:00"), List.of(chair(AMBASSADOR_ID)), List.of())))
                    .doesNotThrowAnyException();
        }

        @Test
        void neverClashesWhenAContributionsTimeIsUnknown() {
            assertThatCode(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-primary-talk-01", time("17:00", "17:20"), TEACHER_ID))),
                    session("d2-secondary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-secondary-talk-01", null, TEACHER_ID)))))
                    .doesNotThrowAnyException();
        }

        @Test
        void neverClashesWhenASessionsTimeIsUnknown() {
            assertThatCode(() -> programme(
                    session("d2-primary", DAY_2, null, List.of(chair(AMBASSADOR_ID)), List.of()),
                    session("d2-secondary", DAY_2, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)), List.of())))
                    .doesNotThrowAnyException();
        }

        @Test
        void letsDifferentPeopleSpeakAtTheSameTime() {
            assertThatCode(() -> programme(
                    session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-primary-talk-01", time("17:00", "17:20"), TEACHER_ID))),
                    session("d2-secondary", DAY_2, time("17:00", "19:00"), List.of(),
                            List.of(talk("d2-secondary-talk-01", time("17:00", "17:20"), SECOND_TEACHER_ID)))))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class TimeOrder {

        @Test
        void ordersByDayThenStartWithUnknownTimesLastOfTheirDay() {
            Programme p = programme(
                    emptySession("d3-closing", DAY_3, time("12:00", "13:00")),
                    emptySession("d2-untimed", DAY_2, null),
                    emptySession("d2-evening", DAY_2, time("18:00", "19:00")),
                    emptySession("d2-morning", DAY_2, time("09:00", "10:00")),
                    emptySession("d1-untimed", DAY_1, null),
                    emptySession("d3-morning", DAY_3, time("09:00", "10:00")));

            assertThat(p.inTimeOrder()).extracting(s -> s.id().value()).containsExactly(
                    "d1-untimed", "d2-morning", "d2-evening", "d2-untimed", "d3-morning", "d3-closing");
        }

        @Test
        void keepsTheOrganisersOrderForTies() {
            Programme p = programme(
                    emptySession("d2-secondary", DAY_2, time("17:00", "19:00")),
                    emptySession("d2-workshops-b", DAY_2, null),
                    emptySession("d2-primary", DAY_2, time("17:00", "18:30")),
                    emptySession("d2-workshops-a", DAY_2, null));

            assertThat(p.inTimeOrder()).extracting(s -> s.id().value()).containsExactly(
                    "d2-secondary", "d2-primary", "d2-workshops-b", "d2-workshops-a");
        }

        @Test
        void leavesTheOrganisersOrderInSessions() {
            Programme p = programme(emptySession("d3", DAY_3, null), emptySession("d1", DAY_1, null));

            p.inTimeOrder();

            assertThat(p.sessions()).extracting(s -> s.id().value()).containsExactly("d3", "d1");
        }
    }

    @Nested
    class Queries {

        @Test
        void findsASessionById() {
            assertThat(smallProgramme().session(SessionId.of("d2-primary"))).get()
                    .extracting(Session::day).isEqualTo(DAY_2);
            assertThat(smallProgramme().session(SessionId.of("d9-none"))).isEmpty();
        }

        @Test
        void listsItsDistinctDaysInOrder() {
            Programme p = programme(emptySession("b", DAY_3, null), emptySession("a", DAY_1, null),
                    emptySession("c", DAY_3, null));

            assertThat(p.days()).containsExactly(DAY_1, DAY_3);
        }

        @Test
        void countsContributions() {
            assertThat(smallProgramme().contributionCount()).isEqualTo(4);
            assertThat(Programme.empty().contributionCount()).isZero();
        }

        @Test
        void namesEveryChairAndSpeakerOnceInOrderOfFirstMention() {
            assertThat(smallProgramme().people())
                    .containsExactly(NSS_MEMBER_ID, AMBASSADOR_ID, TEACHER_ID, SECOND_TEACHER_ID);
        }
    }

    @Nested
    class SameAs {

        @Test
        void isTheSameAsAnEqualProgramme() {
            assertThat(smallProgramme().sameAs(smallProgramme())).isTrue();
            assertThat(Programme.empty().sameAs(new Programme(List.of()))).isTrue();
        }

        @Test
        void isNotTheSameWhenAnyFieldDiffers() {
            Session base = session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(chair(AMBASSADOR_ID)),
                    List.of(talk("t1", time("17:00", "17:15"), TEACHER_ID), talk("t2", null, SECOND_TEACHER_ID)));
            Programme p = programme(base);

            assertThat(p.sameAs(programme(base))).isTrue();
            assertThat(p.sameAs(null)).isFalse();
            assertThat(p.sameAs(programme(session("d2-primary", DAY_2, time("17:00", "19:30"),
                    List.of(chair(AMBASSADOR_ID)), base.contributions())))).as("session time").isFalse();
            assertThat(p.sameAs(programme(session("d2-primary", DAY_2, time("17:00", "19:00"),
                    List.of(moderator(AMBASSADOR_ID)), base.contributions())))).as("chair role").isFalse();
            assertThat(p.sameAs(programme(session("d2-primary", DAY_2, time("17:00", "19:00"),
                    List.of(chair(AMBASSADOR_ID)),
                    List.of(talk("t1", time("17:00", "17:15"), TEACHER_ID), talk("t2", null, TEACHER_ID))))))
                    .as("speaker").isFalse();
            assertThat(p.sameAs(programme(session("d2-primary", DAY_2, time("17:00", "19:00"),
                    List.of(chair(AMBASSADOR_ID)),
                    List.of(talk("t2", null, SECOND_TEACHER_ID), talk("t1", time("17:00", "17:15"), TEACHER_ID))))))
                    .as("running order").isFalse();
            assertThat(p.sameAs(programme(base, emptySession("d3", DAY_3, null)))).as("extra session").isFalse();
        }

        @Test
        void isNotTheSameWhenAContributionsTitleDiffersOnlyInAccents() {
            Contribution accented = new Contribution(ContributionId.of("t1"), ContributionKind.TALK,
                    "Ρομποτική στην τάξη", null, List.of(TEACHER_ID), null, null);
            Contribution plain = new Contribution(ContributionId.of("t1"), ContributionKind.TALK,
                    "Ρομποτικη στην ταξη", null, List.of(TEACHER_ID), null, null);

            assertThat(programme(session("s", DAY_2, null, List.of(), List.of(accented)))
                    .sameAs(programme(session("s", DAY_2, null, List.of(), List.of(plain))))).isFalse();
        }
    }

    @Test
    void keepsItsOwnCopyOfTheSessions() {
        assertThatThrownBy(() -> smallProgramme().sessions().add(emptySession("x", DAY_1, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
