package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.AMBASSADOR_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.DAY_2;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.NSS_MEMBER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.SECOND_TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.chair;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.moderator;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.session;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.talk;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SessionTest {

    @Test
    void refusesAContributionOutsideTheSessionsTime() {
        assertThatThrownBy(() -> session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                List.of(talk("d2-primary-talk-01", time("17:00", "17:15"), TEACHER_ID),
                        talk("d2-primary-talk-09", time("18:50", "19:05"), SECOND_TEACHER_ID))))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("contribution-within-session");
                    assertThat(e.item()).isEqualTo("contribution 'd2-primary-talk-09'");
                    assertThat(e.getMessage()).contains("contribution 'd2-primary-talk-09'", "18:50–19:05",
                            "session 'd2-primary'", "17:00–19:00");
                });
    }

    @Test
    void refusesAContributionStartingBeforeTheSession() {
        assertThatThrownBy(() -> session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                List.of(talk("d2-primary-talk-00", time("16:45", "17:15"), TEACHER_ID))))
                .asInstanceOf(type(RuleViolationException.class))
                .extracting(RuleViolationException::rule).isEqualTo("contribution-within-session");
    }

    @Test
    void acceptsAContributionFillingTheWholeSession() {
        Session s = session("d2-keynote", DAY_2, time("10:00", "11:00"), List.of(),
                List.of(talk("d2-keynote-talk", time("10:00", "11:00"), TEACHER_ID)));

        assertThat(s.contributions()).hasSize(1);
    }

    @Test
    void acceptsAnyContributionTimeWhenTheSessionsTimeIsUnknown() {
        Session s = session("d2-primary", DAY_2, null, List.of(),
                List.of(talk("d2-primary-talk-01", time("08:00", "08:15"), TEACHER_ID)));

        assertThat(s.time()).isEmpty();
        assertThat(s.contributions()).hasSize(1);
    }

    @Test
    void acceptsAContributionOfUnknownTimeInATimedSession() {
        Session s = session("d2-primary", DAY_2, time("17:00", "19:00"), List.of(),
                List.of(talk("d2-primary-talk-01", null, TEACHER_ID)));

        assertThat(s.contributions().get(0).time()).isEmpty();
    }

    @Test
    void refusesTheSameChairTwice() {
        assertThatThrownBy(() -> session("d3-round-table", DAY_2, null,
                List.of(chair(NSS_MEMBER_ID), moderator(NSS_MEMBER_ID)), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("session 'd3-round-table'")
                .hasMessageContaining("'koppis-alexandros' twice");
    }

    @Test
    void refusesTheSameContributionTwice() {
        assertThatThrownBy(() -> session("d2-primary", DAY_2, null, List.of(),
                List.of(talk("d2-primary-talk-01", null, TEACHER_ID),
                        talk("d2-primary-talk-01", null, SECOND_TEACHER_ID))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("session 'd2-primary'")
                .hasMessageContaining("'d2-primary-talk-01' twice");
    }

    @Test
    void refusesAMissingChairOrContribution() {
        List<Chair> chairs = new ArrayList<>();
        chairs.add(null);
        assertThatThrownBy(() -> session("d2-primary", DAY_2, null, chairs, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("chair #1");
    }

    @Test
    void refusesAMissingKindOrDay() {
        assertThatThrownBy(() -> new Session(SessionId.of("d2-primary"), null, null, DAY_2, null, null, null, null,
                null, null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Session(SessionId.of("d2-primary"), SessionKind.PARALLEL, null, null, null,
                null, null, null, null, null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("day");
    }

    @Test
    void keepsTheContributionsInRunningOrder() {
        Session s = session("d2-primary", DAY_2, null, List.of(), List.of(
                talk("d2-primary-talk-03", null, TEACHER_ID), talk("d2-primary-talk-01", null, SECOND_TEACHER_ID)));

        assertThat(s.contributions()).extracting(c -> c.id().value())
                .containsExactly("d2-primary-talk-03", "d2-primary-talk-01");
    }

    @Test
    void keepsItsOwnCopyOfChairsAndContributions() {
        List<Chair> chairs = new ArrayList<>(List.of(chair(AMBASSADOR_ID)));
        List<Contribution> contributions = new ArrayList<>(List.of(talk("d2-primary-talk-01", null, TEACHER_ID)));
        Session s = session("d2-primary", DAY_2, null, chairs, contributions);

        chairs.clear();
        contributions.clear();

        assertThat(s.chairs()).hasSize(1);
        assertThat(s.contributions()).hasSize(1);
        assertThatThrownBy(() -> s.chairs().add(chair(NSS_MEMBER_ID)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void treatsBlankOptionalTextsAsAbsent() {
        Session s = new Session(SessionId.of("d2-primary"), SessionKind.PARALLEL, "  ", DAY_2, null, " ",
                EducationLevel.PRIMARY, "", List.of(), List.of());

        assertThat(s.title()).isEmpty();
        assertThat(s.room()).isEmpty();
        assertThat(s.notes()).isEmpty();
        assertThat(s.level()).contains(EducationLevel.PRIMARY);
    }

    @Test
    void equalsByIdOnly() {
        Session a = session("d2-primary", DAY_2, null, List.of(), List.of());
        Session b = session("d2-primary", DAY_2.plusDays(1), time("10:00", "11:00"), List.of(chair(AMBASSADOR_ID)),
                List.of());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(session("d2-secondary", DAY_2, null, List.of(), List.of()));
    }
}
