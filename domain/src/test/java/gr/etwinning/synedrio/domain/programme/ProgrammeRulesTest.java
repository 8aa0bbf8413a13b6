package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeRulesTest {

    static final LocalDate SATURDAY = LocalDate.of(2021, 11, 20);
    static final PersonId PARASKEVAS = PersonId.of("paraskevas-michail");
    static final PersonId KOPPIS = PersonId.of("koppis-alexandros");

    static final PersonDirectory PEOPLE = id -> Optional.ofNullable(Map.of(
            PARASKEVAS, new Person(PARASKEVAS, "κ.", "Μιχαήλ Παρασκευάς", List.of(), null, null,
                    EnumSet.of(Standing.NSS_MEMBER)),
            KOPPIS, new Person(KOPPIS, "κ.", "Αλέξανδρος Κόππης", List.of(), null, null, Set.of())).get(id));

    static final ConferenceDetails DETAILS = new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning", null,
            LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 21), ConferenceMode.ONLINE, null, null, null,
            List.of());

    static TimeRange at(int from, int to) {
        return new TimeRange(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    static Session session(String id, LocalDate day, TimeRange time, String room, List<Chair> chairs,
                           Contribution... contributions) {
        return new Session(SessionId.of(id), SessionKind.PLENARY, "Συνεδρία " + id, day, time, room, null, null,
                chairs, List.of(contributions));
    }

    static Contribution talk(String id, TimeRange time, PersonId... speakers) {
        return new Contribution(ContributionId.of(id), ContributionKind.TALK, "Ομιλία " + id, null,
                List.of(speakers), null, time);
    }

    @Test
    void everyBrokenRuleIsListedAtOnceWithItsItems() {
        List<Session> draft = List.of(
                session("a", SATURDAY, at(10, 12), "Αίθουσα Ολομέλειας", List.of(new Chair(KOPPIS, ChairRole.CHAIR)),
                        talk("a1", at(10, 11), PARASKEVAS)),
                session("b", SATURDAY, at(10, 13), "ΑΙΘΟΥΣΑ ΟΛΟΜΕΛΕΙΑΣ", List.of(),
                        talk("b1", at(10, 11), PARASKEVAS), talk("b2", null, PersonId.of("kanenas"))),
                session("a", LocalDate.of(2021, 12, 24), null, null, List.of()));

        List<ProgrammeProblem> problems = ProgrammeRules.evaluate(DETAILS, draft, PEOPLE);

        assertThat(problems).filteredOn(ProgrammeProblem::isError).extracting(ProgrammeProblem::rule)
                .containsExactlyInAnyOrder("unique-ids", "session-within-conference-days", "person-known",
                        "chair-is-nss-member-or-ambassador", "one-place-at-a-time", "room-once-at-a-time");
        assertThat(problems).filteredOn(p -> p.rule().equals("room-once-at-a-time")).singleElement()
                .satisfies(p -> assertThat(p.items()).contains("session 'a'", "session 'b'"));
        assertThat(problems).filteredOn(p -> p.rule().equals("chair-is-nss-member-or-ambassador")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("κ. Αλέξανδρος Κόππης", "NSS members"));
        assertThat(problems).filteredOn(p -> !p.isError()).extracting(ProgrammeProblem::rule)
                .contains("session-has-chair", "time-known");
    }

    @Test
    void aContributionOutsideItsSessionIsReportedAndTheConstructorThrowsTheSameProblem() {
        List<Contribution> contributions = List.of(talk("x1", at(9, 10)), talk("x2", at(13, 14)));
        assertThat(ProgrammeRules.contributionsWithinSession(SessionId.of("x"), at(10, 12), contributions))
                .extracting(p -> p.items().get(0)).containsExactly("contribution 'x1'", "contribution 'x2'");
        assertThatThrownBy(() -> session("x", SATURDAY, at(10, 12), null, List.of(), talk("x1", at(9, 10))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("contribution 'x1' (09:00–10:00) does not lie within its session 'x' (10:00–12:00)");
    }

    @Test
    void theProgrammeRefusesADoubleBookedRoomButNotTheSameRoomAtAnotherTimeOrWithUnknownTimes() {
        assertThatThrownBy(() -> new Programme(List.of(session("a", SATURDAY, at(9, 11), "Αίθουσα Α", List.of()),
                session("b", SATURDAY, at(10, 12), "αιθουσα α", List.of()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("room 'Αίθουσα Α' is booked twice")
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("room-once-at-a-time");
        assertThat(new Programme(List.of(session("a", SATURDAY, at(9, 11), "Αίθουσα Α", List.of()),
                session("b", SATURDAY, at(11, 12), "Αίθουσα Α", List.of()),
                session("c", SATURDAY, null, "Αίθουσα Α", List.of()))).sessions()).hasSize(3);
    }

    @Test
    void chairingASessionAndSpeakingInItIsOneSlotNotTwo() {
        Session s = session("a", SATURDAY, at(10, 12), null, List.of(new Chair(PARASKEVAS, ChairRole.MODERATOR)),
                talk("a1", at(10, 11), PARASKEVAS));
        assertThat(ProgrammeRules.onePlaceAtATime(DETAILS, List.of(s))).isEmpty();
    }

    @Test
    void theWritePathThrowsTheFirstErrorTheChecksReport() {
        Conference conference = Conference.plan(EditionNumber.of(7), DETAILS);
        Programme withUnknownSpeaker = new Programme(List.of(session("a", SATURDAY, null, null, List.of(),
                talk("a1", null, PersonId.of("kanenas")))));
        assertThatThrownBy(() -> conference.replaceProgramme(withUnknownSpeaker, PEOPLE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("contribution 'a1' names person 'kanenas', who is not known: add the person first")
                .satisfies(t -> assertThat(((DomainException) t).statement()).hasValue(new DomainException.Statement(
                        "person-known", List.of("contribution 'a1'", "person 'kanenas'"), java.util.Map.of())));
        DomainException e = ProgrammeProblem.error("one-place-at-a-time", List.of("person 'x'"), "μήνυμα")
                .toException();
        assertThat(e).isInstanceOf(RuleViolationException.class);
        assertThat(e.item()).isEqualTo("person 'x'");
    }

    @Test
    void gapsAreWarningsAggregatedPerSession() {
        Session untitled = new Session(SessionId.of("d2-primary"), SessionKind.PARALLEL,
                "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης", SATURDAY, at(9, 19), null, null, null, List.of(), List.of(
                new Contribution(ContributionId.of("d2-primary-01"), ContributionKind.TALK, null, null, List.of(),
                        null, null),
                new Contribution(ContributionId.of("d2-primary-02"), ContributionKind.TALK, null, null, List.of(),
                        null, null)));
        List<ProgrammeProblem> gaps = ProgrammeRules.gaps(List.of(untitled));
        assertThat(gaps).extracting(ProgrammeProblem::message).containsExactly(
                "session 'd2-primary' names no chair or moderator",
                "session 'd2-primary': both contributions have no known time (d2-primary-01, d2-primary-02)",
                "session 'd2-primary': both contributions have no title (d2-primary-01, d2-primary-02)");
        assertThat(gaps).noneMatch(ProgrammeProblem::isError);
    }
}
