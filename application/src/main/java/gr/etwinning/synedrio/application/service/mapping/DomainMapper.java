package gr.etwinning.synedrio.application.service.mapping;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.DayData;
import gr.etwinning.synedrio.application.port.in.programme.ChairData;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.programme.Chair;
import gr.etwinning.synedrio.domain.programme.ChairRole;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the API's and datasets' plain records into domain objects and back; every refusal names the item. */
public final class DomainMapper {

    private DomainMapper() {
    }

    // ---- conference -------------------------------------------------------------------------------------------

    public static ConferenceDetails toDetails(ConferenceData d) {
        ZoneId zone;
        try {
            zone = d.timeZone() == null || d.timeZone().isBlank() ? null : ZoneId.of(d.timeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "time zone '" + d.timeZone()
                    + "' is not a known IANA zone such as Europe/Athens");
        }
        List<ConferenceDay> days = new ArrayList<>();
        for (int i = 0; i < d.days().size(); i++) {
            DayData day = Check.notNull(d.days().get(i), "day #" + (i + 1));
            days.add(new ConferenceDay(Check.notNull(day.date(), "date of day #" + (i + 1)), day.label()));
        }
        return new ConferenceDetails(d.title(), d.theme(), d.startDate(), d.endDate(),
                Enums.parse(ConferenceMode.class, d.mode(), "mode"), d.organiser(), d.venue(), zone, days);
    }

    public static ConferenceData toData(int edition, ConferenceDetails d, Long version) {
        List<DayData> days = d.days().stream().map(day -> new DayData(day.date(), day.label())).toList();
        return new ConferenceData(edition, d.title(), d.theme(), d.startDate(), d.endDate(), Enums.write(d.mode()),
                d.organiser(), d.venue(), d.timeZone().getId(), days, version);
    }

    // ---- persons ----------------------------------------------------------------------------------------------

    public static Person toPerson(PersonData p) {
        PersonId id = new PersonId(p.id());
        Set<Standing> standings = EnumSet.noneOf(Standing.class);
        for (String s : p.standings()) {
            standings.add(Enums.parse(Standing.class, s, "standing of person '" + id + "'"));
        }
        return new Person(id, p.honorific(), p.name(), p.otherNames(), p.role(), p.affiliation(), standings);
    }

    public static PersonData toData(Person p) {
        List<String> standings = p.standings().stream().sorted().map(Enums::write).toList();
        return new PersonData(p.id().value(), p.honorific(), p.name(), p.otherNames(), p.role(), p.affiliation(),
                standings);
    }

    /** Persons sorted as a Greek reader expects: by name in Greek alphabetical order, then by id. */
    public static List<PersonData> sortedPersons(Collection<Person> persons) {
        return persons.stream()
                .sorted(Comparator.comparing(Person::name, GreekText.COLLATOR).thenComparing(Person::id))
                .map(DomainMapper::toData).toList();
    }

    // ---- programme --------------------------------------------------------------------------------------------

    public static Programme toProgramme(List<SessionData> sessions) {
        List<Session> result = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            result.add(toSession(Check.notNull(sessions.get(i), "session #" + (i + 1)), i + 1));
        }
        return new Programme(result);
    }

    /** One session, checked on its own (not against the rest of the programme); {@code position} counts from 1. */
    public static Session toSessionData(SessionData s, int position) {
        return toSession(s, position);
    }

    private static Session toSession(SessionData s, int position) {
        SessionId id = new SessionId(Check.notNull(s.id(), "id of session #" + position));
        String item = "session '" + id + "'";
        List<Chair> chairs = new ArrayList<>();
        for (int i = 0; i < s.chairs().size(); i++) {
            ChairData c = Check.notNull(s.chairs().get(i), item + " chair #" + (i + 1));
            chairs.add(new Chair(new PersonId(Check.notNull(c.person(), item + " chair #" + (i + 1) + " person")),
                    Enums.parseOptional(ChairRole.class, c.role(), item + " chair role")));
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < s.contributions().size(); i++) {
            contributions.add(toContribution(Check.notNull(s.contributions().get(i),
                    item + " contribution #" + (i + 1)), item, i + 1));
        }
        return new Session(id, Enums.parse(SessionKind.class, s.kind(), item + " kind"), s.title(),
                Check.notNull(s.day(), item + " day"), time(s.start(), s.end(), item), s.room(),
                Enums.parseOptional(EducationLevel.class, s.level(), item + " level"), s.notes(), chairs,
                contributions);
    }

    /** One contribution, checked on its own; {@code position} counts from 1 within its session. */
    public static Contribution toContribution(ContributionData c, String sessionItem, int position) {
        ContributionId id = new ContributionId(Check.notNull(c.id(),
                "id of contribution #" + position + " of " + sessionItem));
        String item = "contribution '" + id + "'";
        List<PersonId> speakers = new ArrayList<>();
        for (int i = 0; i < c.speakers().size(); i++) {
            speakers.add(new PersonId(Check.notNull(c.speakers().get(i), item + " speaker #" + (i + 1))));
        }
        return new Contribution(id, Enums.parse(ContributionKind.class, c.kind(), item + " kind"), c.title(),
                c.subject(), speakers, Enums.parseOptional(EducationLevel.class, c.level(), item + " level"),
                time(c.start(), c.end(), item));
    }

    private static TimeRange time(LocalTime start, LocalTime end, String item) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null) {
            throw new InvalidValueException(item, item + " gives " + (start == null ? "an end but no start"
                    : "a start but no end") + "; give both, or neither if the time is unknown");
        }
        try {
            return new TimeRange(start, end);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(item, item + " " + e.getMessage());
        }
    }

    public static List<SessionData> toData(Programme programme) {
        List<SessionData> sessions = new ArrayList<>();
        for (Session s : programme.sessions()) {
            List<ChairData> chairs = s.chairs().stream()
                    .map(c -> new ChairData(c.person().value(), Enums.write(c.role()))).toList();
            List<ContributionData> contributions = s.contributions().stream()
                    .map(c -> new ContributionData(c.id().value(), Enums.write(c.kind()), c.title().orElse(null),
                            c.subject().orElse(null), c.speakers().stream().map(PersonId::value).toList(),
                            Enums.write(c.level().orElse(null)), c.time().map(TimeRange::start).orElse(null),
                            c.time().map(TimeRange::end).orElse(null)))
                    .toList();
            sessions.add(new SessionData(s.id().value(), Enums.write(s.kind()), s.title().orElse(null), s.day(),
                    s.time().map(TimeRange::start).orElse(null), s.time().map(TimeRange::end).orElse(null),
                    s.room().orElse(null), Enums.write(s.level().orElse(null)), s.notes().orElse(null), chairs,
                    contributions));
        }
        return sessions;
    }
}
