package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ConferenceRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ContributionRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ProgrammeSessionRecord;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Chair;
import gr.etwinning.synedrio.domain.programme.ChairRole;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.DayHours;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONFERENCE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONFERENCE_DAY;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTRIBUTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTRIBUTION_SPEAKER;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROGRAMME_SESSION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SESSION_CHAIR;

/**
 * Editions in {@code conference} and {@code conference_day}, their programmes in {@code programme_session},
 * {@code session_chair}, {@code contribution} and {@code contribution_speaker}. A programme is stored whole: an
 * update deletes the edition's rows and writes them again, in the caller's transaction, after a conditional update
 * of the version that refuses a stale write.
 */
@Singleton
public final class JooqConferenceRepository implements ConferenceRepository {

    private final Database database;
    private final JooqPersonRepository persons;

    @Inject
    public JooqConferenceRepository(Database database, JooqPersonRepository persons) {
        this.database = database;
        this.persons = persons;
    }

    @Override
    public List<ConferenceListing> listAll() {
        DSLContext dsl = database.dsl();
        Map<Integer, Integer> sessions = counts(dsl.select(PROGRAMME_SESSION.EDITION, DSL.count())
                .from(PROGRAMME_SESSION).groupBy(PROGRAMME_SESSION.EDITION).fetch());
        Map<Integer, Integer> contributions = counts(dsl.select(CONTRIBUTION.EDITION, DSL.count())
                .from(CONTRIBUTION).groupBy(CONTRIBUTION.EDITION).fetch());
        Map<Integer, List<ConferenceDay>> days = days(dsl, null);
        List<ConferenceListing> result = new ArrayList<>();
        for (ConferenceRecord r : dsl.selectFrom(CONFERENCE).orderBy(CONFERENCE.EDITION).fetch()) {
            result.add(new ConferenceListing(EditionNumber.of(r.getEdition()),
                    details(r, days.getOrDefault(r.getEdition(), List.of())),
                    sessions.getOrDefault(r.getEdition(), 0), contributions.getOrDefault(r.getEdition(), 0),
                    r.getVersion()));
        }
        return result;
    }

    private static Map<Integer, Integer> counts(List<Record2<Integer, Integer>> rows) {
        Map<Integer, Integer> map = new HashMap<>();
        rows.forEach(r -> map.put(r.value1(), r.value2()));
        return map;
    }

    @Override
    public List<ChairAssignment> chairAssignments(PersonId person) {
        return database.dsl().select(SESSION_CHAIR.EDITION, SESSION_CHAIR.SESSION_ID).from(SESSION_CHAIR)
                .where(SESSION_CHAIR.PERSON_ID.eq(person.value()))
                .orderBy(SESSION_CHAIR.EDITION, SESSION_CHAIR.SESSION_ID)
                .fetch(r -> new ChairAssignment(EditionNumber.of(r.value1()), new SessionId(r.value2())));
    }

    @Override
    public boolean exists(EditionNumber edition) {
        return database.dsl().fetchExists(CONFERENCE, CONFERENCE.EDITION.eq(edition.value()));
    }

    @Override
    public Optional<Conference> find(EditionNumber edition) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        ConferenceRecord conference = dsl.selectFrom(CONFERENCE).where(CONFERENCE.EDITION.eq(e)).fetchOne();
        if (conference == null) {
            return Optional.empty();
        }
        ConferenceDetails details = details(conference, days(dsl, e).getOrDefault(e, List.of()));

        Map<String, List<Chair>> chairs = new HashMap<>();
        Set<PersonId> people = new HashSet<>();
        dsl.selectFrom(SESSION_CHAIR).where(SESSION_CHAIR.EDITION.eq(e))
                .orderBy(SESSION_CHAIR.SESSION_ID, SESSION_CHAIR.POSITION).fetch()
                .forEach(r -> {
                    PersonId person = new PersonId(r.getPersonId());
                    people.add(person);
                    chairs.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>())
                            .add(new Chair(person, ChairRole.valueOf(r.getRole())));
                });
        Map<String, List<PersonId>> speakers = new HashMap<>();
        dsl.selectFrom(CONTRIBUTION_SPEAKER).where(CONTRIBUTION_SPEAKER.EDITION.eq(e))
                .orderBy(CONTRIBUTION_SPEAKER.CONTRIBUTION_ID, CONTRIBUTION_SPEAKER.POSITION).fetch()
                .forEach(r -> {
                    PersonId person = new PersonId(r.getPersonId());
                    people.add(person);
                    speakers.computeIfAbsent(r.getContributionId(), k -> new ArrayList<>()).add(person);
                });
        Map<String, List<Contribution>> contributions = new HashMap<>();
        for (ContributionRecord r : dsl.selectFrom(CONTRIBUTION).where(CONTRIBUTION.EDITION.eq(e))
                .orderBy(CONTRIBUTION.SESSION_ID, CONTRIBUTION.POSITION).fetch()) {
            contributions.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(new Contribution(
                    new ContributionId(r.getId()), ContributionKind.valueOf(r.getKind()), r.getTitle(),
                    r.getSubject(), speakers.getOrDefault(r.getId(), List.of()), level(r.getEducationLevel()),
                    time(r.getStartTime(), r.getEndTime()), r.getExternalId()));
        }
        List<Session> sessions = new ArrayList<>();
        for (ProgrammeSessionRecord r : dsl.selectFrom(PROGRAMME_SESSION).where(PROGRAMME_SESSION.EDITION.eq(e))
                .orderBy(PROGRAMME_SESSION.POSITION).fetch()) {
            sessions.add(new Session(new SessionId(r.getId()), SessionKind.valueOf(r.getKind()), r.getTitle(),
                    r.getDayDate(), time(r.getStartTime(), r.getEndTime()), r.getRoom(), level(r.getEducationLevel()),
                    r.getNotes(), chairs.getOrDefault(r.getId(), List.of()),
                    contributions.getOrDefault(r.getId(), List.of())));
        }
        Map<PersonId, Person> known = new HashMap<>();
        persons.findAll(people).forEach(p -> known.put(p.id(), p));
        return Optional.of(Conference.restore(edition, details, new Programme(sessions),
                id -> Optional.ofNullable(known.get(id)), conference.getVersion()));
    }

    @Override
    public List<ProgrammeMatch> searchProgramme(List<String> words, int limit) {
        DSLContext dsl = database.dsl();
        List<ProgrammeMatch> result = new ArrayList<>();
        for (ProgrammeSessionRecord r : dsl.selectFrom(PROGRAMME_SESSION)
                .where(SearchKeys.matches(PROGRAMME_SESSION.SEARCH_KEY, words))
                .orderBy(PROGRAMME_SESSION.EDITION, PROGRAMME_SESSION.POSITION).limit(limit).fetch()) {
            result.add(new ProgrammeMatch(r.getEdition(), r.getId(), SessionKind.valueOf(r.getKind()), r.getTitle(),
                    r.getDayDate(), r.getRoom(), null, null, null, null));
        }
        var contributions = dsl.select(CONTRIBUTION.EDITION, CONTRIBUTION.ID, CONTRIBUTION.KIND, CONTRIBUTION.TITLE,
                        CONTRIBUTION.SUBJECT, PROGRAMME_SESSION.ID, PROGRAMME_SESSION.KIND, PROGRAMME_SESSION.TITLE,
                        PROGRAMME_SESSION.DAY_DATE, PROGRAMME_SESSION.ROOM)
                .from(CONTRIBUTION).join(PROGRAMME_SESSION)
                .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION).and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
                .where(SearchKeys.matches(CONTRIBUTION.SEARCH_KEY, words))
                .orderBy(CONTRIBUTION.EDITION, CONTRIBUTION.ID).limit(limit).fetch();
        for (var r : contributions) {
            result.add(new ProgrammeMatch(r.get(CONTRIBUTION.EDITION), r.get(PROGRAMME_SESSION.ID),
                    SessionKind.valueOf(r.get(PROGRAMME_SESSION.KIND)), r.get(PROGRAMME_SESSION.TITLE),
                    r.get(PROGRAMME_SESSION.DAY_DATE), r.get(PROGRAMME_SESSION.ROOM), r.get(CONTRIBUTION.ID),
                    ContributionKind.valueOf(r.get(CONTRIBUTION.KIND)), r.get(CONTRIBUTION.TITLE),
                    r.get(CONTRIBUTION.SUBJECT)));
        }
        return result;
    }

    @Override
    public void add(Conference conference) {
        DSLContext dsl = database.dsl();
        ConferenceRecord record = conferenceRecord(conference, 1L);
        dsl.insertInto(CONFERENCE).set(record).execute();
        writeChildren(dsl, conference);
    }

    @Override
    public long update(Conference conference) {
        DSLContext dsl = database.dsl();
        int e = conference.edition().value();
        ConferenceRecord record = conferenceRecord(conference, conference.version() + 1);
        int updated = dsl.update(CONFERENCE).set(record)
                .where(CONFERENCE.EDITION.eq(e).and(CONFERENCE.VERSION.eq(conference.version()))).execute();
        if (updated != 1) {
            throw new ConflictException("edition " + e, "edition " + e + " was changed by somebody else while this"
                    + " change was being made; nothing was written: read it again and reapply your change");
        }
        dsl.deleteFrom(CONTRIBUTION_SPEAKER).where(CONTRIBUTION_SPEAKER.EDITION.eq(e)).execute();
        dsl.deleteFrom(CONTRIBUTION).where(CONTRIBUTION.EDITION.eq(e)).execute();
        dsl.deleteFrom(SESSION_CHAIR).where(SESSION_CHAIR.EDITION.eq(e)).execute();
        dsl.deleteFrom(PROGRAMME_SESSION).where(PROGRAMME_SESSION.EDITION.eq(e)).execute();
        dsl.deleteFrom(CONFERENCE_DAY).where(CONFERENCE_DAY.EDITION.eq(e)).execute();
        writeChildren(dsl, conference);
        return conference.version() + 1;
    }

    private static ConferenceRecord conferenceRecord(Conference c, long version) {
        ConferenceDetails d = c.details();
        ConferenceRecord r = new ConferenceRecord();
        r.setEdition(c.edition().value());
        r.setTitle(d.title());
        r.setTheme(d.theme());
        r.setStartDate(d.startDate());
        r.setEndDate(d.endDate());
        r.setMode(d.mode().name());
        r.setOrganiser(d.organiser());
        r.setVenue(d.venue());
        r.setTimeZone(d.timeZone().getId());
        r.setVersion(version);
        return r;
    }

    private static void writeChildren(DSLContext dsl, Conference c) {
        int e = c.edition().value();
        var days = dsl.insertInto(CONFERENCE_DAY, CONFERENCE_DAY.EDITION, CONFERENCE_DAY.DAY_DATE,
                CONFERENCE_DAY.LABEL, CONFERENCE_DAY.DAY_START, CONFERENCE_DAY.DAY_END);
        for (ConferenceDay day : c.details().days()) {
            days = days.values(e, day.date(), day.label(), day.ownHours().map(DayHours::start).orElse(null),
                    day.ownHours().map(DayHours::end).orElse(null));
        }
        days.execute();

        List<Session> sessions = c.programme().sessions();
        if (sessions.isEmpty()) {
            return;
        }
        var sessionRows = dsl.insertInto(PROGRAMME_SESSION, PROGRAMME_SESSION.EDITION, PROGRAMME_SESSION.ID,
                PROGRAMME_SESSION.POSITION, PROGRAMME_SESSION.KIND, PROGRAMME_SESSION.TITLE,
                PROGRAMME_SESSION.DAY_DATE, PROGRAMME_SESSION.START_TIME, PROGRAMME_SESSION.END_TIME,
                PROGRAMME_SESSION.ROOM, PROGRAMME_SESSION.EDUCATION_LEVEL, PROGRAMME_SESSION.NOTES,
                PROGRAMME_SESSION.SEARCH_KEY);
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            sessionRows = sessionRows.values(e, s.id().value(), i, s.kind().name(), s.title().orElse(null),
                    s.day(), s.time().map(TimeRange::start).orElse(null), s.time().map(TimeRange::end).orElse(null),
                    s.room().orElse(null), s.level().map(Enum::name).orElse(null), s.notes().orElse(null),
                    SearchKeys.session(s.title().orElse(null), s.room().orElse(null)));
        }
        sessionRows.execute();

        var chairRows = dsl.insertInto(SESSION_CHAIR, SESSION_CHAIR.EDITION, SESSION_CHAIR.SESSION_ID,
                SESSION_CHAIR.POSITION, SESSION_CHAIR.PERSON_ID, SESSION_CHAIR.ROLE);
        var contributionRows = dsl.insertInto(CONTRIBUTION, CONTRIBUTION.EDITION, CONTRIBUTION.ID,
                CONTRIBUTION.SESSION_ID, CONTRIBUTION.POSITION, CONTRIBUTION.KIND, CONTRIBUTION.TITLE,
                CONTRIBUTION.SUBJECT, CONTRIBUTION.EDUCATION_LEVEL, CONTRIBUTION.START_TIME, CONTRIBUTION.END_TIME,
                CONTRIBUTION.SEARCH_KEY, CONTRIBUTION.EXTERNAL_ID);
        var speakerRows = dsl.insertInto(CONTRIBUTION_SPEAKER, CONTRIBUTION_SPEAKER.EDITION,
                CONTRIBUTION_SPEAKER.CONTRIBUTION_ID, CONTRIBUTION_SPEAKER.POSITION, CONTRIBUTION_SPEAKER.PERSON_ID);
        boolean anyChair = false;
        boolean anyContribution = false;
        boolean anySpeaker = false;
        for (Session s : sessions) {
            for (int i = 0; i < s.chairs().size(); i++) {
                Chair chair = s.chairs().get(i);
                chairRows = chairRows.values(e, s.id().value(), i, chair.person().value(), chair.role().name());
                anyChair = true;
            }
            for (int i = 0; i < s.contributions().size(); i++) {
                Contribution k = s.contributions().get(i);
                contributionRows = contributionRows.values(e, k.id().value(), s.id().value(), i, k.kind().name(),
                        k.title().orElse(null), k.subject().orElse(null), k.level().map(Enum::name).orElse(null),
                        k.time().map(TimeRange::start).orElse(null), k.time().map(TimeRange::end).orElse(null),
                        SearchKeys.contribution(k.title().orElse(null), k.subject().orElse(null)),
                        k.externalId().orElse(null));
                anyContribution = true;
                for (int j = 0; j < k.speakers().size(); j++) {
                    speakerRows = speakerRows.values(e, k.id().value(), j, k.speakers().get(j).value());
                    anySpeaker = true;
                }
            }
        }
        if (anyChair) {
            chairRows.execute();
        }
        if (anyContribution) {
            contributionRows.execute();
        }
        if (anySpeaker) {
            speakerRows.execute();
        }
    }

    private static Map<Integer, List<ConferenceDay>> days(DSLContext dsl, Integer edition) {
        Map<Integer, List<ConferenceDay>> days = new HashMap<>();
        var query = dsl.selectFrom(CONFERENCE_DAY);
        var rows = edition == null ? query.orderBy(CONFERENCE_DAY.EDITION, CONFERENCE_DAY.DAY_DATE).fetch()
                : query.where(CONFERENCE_DAY.EDITION.eq(edition)).orderBy(CONFERENCE_DAY.DAY_DATE).fetch();
        rows.forEach(r -> days.computeIfAbsent(r.getEdition(), k -> new ArrayList<>())
                .add(new ConferenceDay(r.getDayDate(), r.getLabel(), r.getDayStart() == null
                        || r.getDayEnd() == null ? null : new DayHours(r.getDayStart(), r.getDayEnd()))));
        return days;
    }

    private static ConferenceDetails details(ConferenceRecord r, List<ConferenceDay> days) {
        return new ConferenceDetails(r.getTitle(), r.getTheme(), r.getStartDate(), r.getEndDate(),
                ConferenceMode.valueOf(r.getMode()), r.getOrganiser(), r.getVenue(), ZoneId.of(r.getTimeZone()),
                days);
    }

    private static EducationLevel level(String value) {
        return value == null ? null : EducationLevel.valueOf(value);
    }

    private static TimeRange time(java.time.LocalTime start, java.time.LocalTime end) {
        return start == null || end == null ? null : new TimeRange(start, end);
    }
}
