package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conference days that run past midnight (issue 21): a late session belongs to the day it starts in. */
class PastMidnightTest {

    static final LocalDate FIRST = LocalDate.of(2024, 12, 27);
    static final PersonId SPEAKER = PersonId.of("papadopoulou-eleni");
    static final PersonDirectory PEOPLE = id -> Optional.of(new Person(id, null, "Ελένη Παπαδοπούλου", List.of(),
            null, null, Set.of()));

    static ConferenceDetails details(DayHours firstDayHours) {
        return new ConferenceDetails("Συνέδριο της νύχτας", null, FIRST, FIRST.plusDays(1), ConferenceMode.ONSITE,
                null, null, null, List.of(new ConferenceDay(FIRST, null, firstDayHours)));
    }

    static TimeRange at(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Session workshop(String id, LocalDate day, TimeRange time, String room) {
        return new Session(SessionId.of(id), SessionKind.WORKSHOPS, null, day, time, room, null, null, List.of(),
                List.of(new Contribution(ContributionId.of(id + "-w"), ContributionKind.WORKSHOP, "Εργαστήριο " + id,
                        null, List.of(SPEAKER), null, time)));
    }

    static final DayHours ELEVEN_TO_FOUR = new DayHours(LocalTime.of(11, 0), LocalTime.of(4, 0));

    @Test
    void aDayWithHoursPastMidnightHoldsALateSessionAndItsNight() {
        ConferenceDetails d = details(ELEVEN_TO_FOUR);
        List<Session> sessions = List.of(workshop("late", FIRST, at("23:00", "01:30"), "Αίθουσα Α"),
                workshop("night", FIRST, at("02:00", "03:00"), "Αίθουσα Α"));

        assertThat(ProgrammeRules.withinConferenceDays(d, sessions)).isEmpty();
        assertThat(d.startOf(FIRST, at("02:00", "03:00"))).isEqualTo(FIRST.plusDays(1).atTime(2, 0));
        assertThat(new Programme(sessions).inTimeOrder(d)).extracting(s -> s.id().value())
                .containsExactly("late", "night");
    }

    @Test
    void aDayWithoutHoursEndsAtMidnightAsBefore() {
        List<ProgrammeProblem> problems = ProgrammeRules.withinConferenceDays(details(null),
                List.of(workshop("late", FIRST, at("23:00", "01:30"), "Αίθουσα Α")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("session-within-conference-day");
            assertThat(p.message()).contains("ends at midnight").contains("give the day its hours");
        });
    }

    @Test
    void aSessionBeyondTheDaysEndIsRefused() {
        assertThat(ProgrammeRules.withinConferenceDays(details(ELEVEN_TO_FOUR),
                List.of(workshop("dawn", FIRST, at("03:30", "05:00"), "Αίθουσα Α"))))
                .extracting(ProgrammeProblem::rule).containsExactly("session-within-conference-day");
    }

    @Test
    void aWorkshopFromHalfPastElevenToHalfPastTwelveClashesWithOneAtMidnightOfTheSameNight() {
        Conference c = Conference.plan(EditionNumber.of(30), details(ELEVEN_TO_FOUR));
        Programme p = new Programme(List.of(workshop("a", FIRST, at("23:30", "00:30"), "Αίθουσα Α"),
                workshop("b", FIRST, at("00:00", "01:00"), "Αίθουσα Β")));

        assertThat(ProgrammeRules.onePlaceAtATime(c.details(), p.sessions()))
                .extracting(ProgrammeProblem::rule).containsExactly("one-place-at-a-time");
        assertThatThrownBy(() -> c.replaceProgramme(p, PEOPLE)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("two places at once");
    }

    @Test
    void theNightOfOneDayDoesNotClashWithTheMorningOfTheNext() {
        ConferenceDetails d = new ConferenceDetails("Συνέδριο της νύχτας", null, FIRST, FIRST.plusDays(1),
                ConferenceMode.ONSITE, null, null, null, List.of(new ConferenceDay(FIRST, null, ELEVEN_TO_FOUR),
                new ConferenceDay(FIRST.plusDays(1), null, ELEVEN_TO_FOUR)));
        List<Session> sessions = List.of(workshop("a", FIRST, at("23:00", "01:30"), "Αίθουσα Α"),
                workshop("b", FIRST.plusDays(1), at("00:30", "01:00"), "Αίθουσα Α"));

        assertThat(new Programme(sessions).sessions()).hasSize(2);
        assertThat(ProgrammeRules.roomOnceAtATime(d, sessions)).isEmpty();
        assertThat(ProgrammeRules.onePlaceAtATime(d, sessions)).isEmpty();
    }
}
