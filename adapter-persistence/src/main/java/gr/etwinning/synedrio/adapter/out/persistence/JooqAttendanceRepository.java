package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_FILE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PERSON;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PRESENCE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;

/**
 * Attendance in {@code attendance_file}, {@code attendance_person} and the derived {@code attendance_presence}
 * (V8). A national edition's import writes a million rows: they go in multi-row inserts ({@link MultiRowInsert}),
 * not row by row through jOOQ.
 */
@Singleton
public final class JooqAttendanceRepository implements AttendanceRepository, AttendanceTotals {

    private final Database database;

    @Inject
    public JooqAttendanceRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean hasFile(EditionNumber edition, String targetId, String sha256) {
        return database.dsl().fetchExists(ATTENDANCE_FILE, ATTENDANCE_FILE.EDITION.eq(edition.value())
                .and(ATTENDANCE_FILE.TARGET_ID.eq(targetId)).and(ATTENDANCE_FILE.FILE_SHA256.eq(sha256)));
    }

    @Override
    public void replaceFile(EditionNumber edition, AttendanceTarget target, ImportedFile file,
                            Collection<FilePerson> persons) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        try {
            dsl.deleteFrom(ATTENDANCE_PERSON).where(ATTENDANCE_PERSON.EDITION.eq(e))
                    .and(ATTENDANCE_PERSON.TARGET_ID.eq(target.id()))
                    .and(ATTENDANCE_PERSON.FILE_SHA256.eq(file.sha256())).execute();
            dsl.deleteFrom(ATTENDANCE_FILE).where(ATTENDANCE_FILE.EDITION.eq(e))
                    .and(ATTENDANCE_FILE.TARGET_ID.eq(target.id()))
                    .and(ATTENDANCE_FILE.FILE_SHA256.eq(file.sha256())).execute();
            dsl.insertInto(ATTENDANCE_FILE)
                    .set(ATTENDANCE_FILE.EDITION, e)
                    .set(ATTENDANCE_FILE.TARGET_ID, target.id())
                    .set(ATTENDANCE_FILE.FILE_SHA256, file.sha256())
                    .set(ATTENDANCE_FILE.FILE_NAME, file.fileName())
                    .set(ATTENDANCE_FILE.PLATFORM, file.platform().code())
                    .set(ATTENDANCE_FILE.ROWS_READ, file.rowsRead())
                    .set(ATTENDANCE_FILE.STAFF_ROWS, file.staffRows())
                    .set(ATTENDANCE_FILE.TARGET_KIND, target.kind())
                    .set(ATTENDANCE_FILE.SESSION_ID, target.sessionId())
                    .set(ATTENDANCE_FILE.SESSION_KIND, target.sessionKind())
                    .set(ATTENDANCE_FILE.TARGET_DAY, target.day())
                    .set(ATTENDANCE_FILE.IMPORTED_AT, LocalDateTime.ofInstant(file.importedAt(), ZoneOffset.UTC))
                    .execute();
            dsl.connection(c -> insertPersons(c, e, target.id(), file.sha256(), persons));
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
    }

    private static void insertPersons(Connection c, int edition, String targetId, String sha256,
                                      Collection<FilePerson> persons) throws SQLException {
        MultiRowInsert.insert(c, "attendance_person", "edition, target_id, file_sha256, person_key, registration_id, "
                + "matched_by, display_name, email, seconds, intervals", 10, persons, (ps, i, p) -> {
                    String intervals = p.presence().encode();
                    if (intervals.length() > 8000) {
                        throw new IllegalArgumentException("a person of the file left and joined the meeting more "
                                + "than 400 times; Synedrio keeps at most that many separate intervals per person");
                    }
                    ps.setInt(i, edition);
                    ps.setString(i + 1, targetId);
                    ps.setString(i + 2, sha256);
                    ps.setString(i + 3, p.key().value());
                    setLong(ps, i + 4, p.registrationId());
                    ps.setString(i + 5, p.matchedBy().name());
                    ps.setString(i + 6, p.name());
                    ps.setString(i + 7, p.email());
                    ps.setLong(i + 8, p.presence().seconds());
                    ps.setString(i + 9, intervals);
                });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public Map<PersonKey, FilePerson> otherFilesPersons(EditionNumber edition, String targetId,
                                                        String exceptSha256) {
        Map<PersonKey, FilePerson> out = new HashMap<>();
        database.dsl().select(ATTENDANCE_PERSON.PERSON_KEY, ATTENDANCE_PERSON.REGISTRATION_ID,
                        ATTENDANCE_PERSON.MATCHED_BY, ATTENDANCE_PERSON.INTERVALS)
                .from(ATTENDANCE_PERSON)
                .where(ATTENDANCE_PERSON.EDITION.eq(edition.value())).and(ATTENDANCE_PERSON.TARGET_ID.eq(targetId))
                .and(ATTENDANCE_PERSON.FILE_SHA256.ne(exceptSha256))
                .fetch().forEach(r -> {
                    PersonKey key = new PersonKey(r.value1());
                    Presence presence = Presence.decode(r.value4());
                    out.merge(key, new FilePerson(key, r.value2(), MatchedBy.valueOf(r.value3()), null, null, presence),
                            (a, b) -> new FilePerson(key, a.registrationId(), a.matchedBy(), null, null,
                                    a.presence().addAll(b.presence())));
                });
        return out;
    }

    @Override
    public void replacePresence(EditionNumber edition, AttendanceTarget target, Collection<TargetPresence> presences) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        try {
            dsl.deleteFrom(ATTENDANCE_PRESENCE).where(ATTENDANCE_PRESENCE.EDITION.eq(e))
                    .and(ATTENDANCE_PRESENCE.TARGET_ID.eq(target.id())).execute();
            dsl.connection(c -> MultiRowInsert.insert(c, "attendance_presence", "edition, target_id, person_key, "
                    + "registration_id, target_kind, session_id, session_kind, target_day, seconds", 9, presences,
                    (ps, i, p) -> {
                        ps.setInt(i, e);
                        ps.setString(i + 1, target.id());
                        ps.setString(i + 2, p.key().value());
                        setLong(ps, i + 3, p.registrationId());
                        ps.setString(i + 4, target.kind());
                        ps.setString(i + 5, target.sessionId());
                        ps.setString(i + 6, target.sessionKind());
                        ps.setObject(i + 7, target.day());
                        ps.setLong(i + 8, p.seconds());
                    }));
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
    }

    @Override
    public AttendanceCounts counts(EditionNumber edition) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        var p = ATTENDANCE_PRESENCE;
        var inEdition = p.EDITION.eq(e);
        Map<String, Long> filesPerTarget = new HashMap<>();
        dsl.select(ATTENDANCE_FILE.TARGET_ID, DSL.count()).from(ATTENDANCE_FILE)
                .where(ATTENDANCE_FILE.EDITION.eq(e)).groupBy(ATTENDANCE_FILE.TARGET_ID)
                .fetch().forEach(r -> filesPerTarget.put(r.value1(), r.value2().longValue()));
        // Issue 16: two passes over the edition's presences instead of seven count(distinct person_key) over a
        // collated varchar (55 s at 640,000 rows). First, per target, in primary-key order: its counts and what it
        // is (kind, session, day, session kind — the same on each of its rows).
        record Target(String kind, String sessionId, String sessionKind, LocalDate day) {
        }
        Map<String, Target> what = new HashMap<>();
        List<TargetCounts> targets = new ArrayList<>();
        // grouped by the key's target_id alone (the rest is the same on each row): read in key order, no sort
        dsl.select(p.TARGET_ID, DSL.max(p.TARGET_KIND), DSL.max(p.SESSION_ID), DSL.max(p.TARGET_DAY), DSL.count(),
                        DSL.count(p.REGISTRATION_ID), DSL.sum(p.SECONDS), DSL.max(p.SESSION_KIND))
                .from(p).where(inEdition).groupBy(p.TARGET_ID)
                .orderBy(p.TARGET_ID)
                .fetch().forEach(r -> {
                    what.put(r.value1(), new Target(r.value2(), r.value3(), r.value8(), r.value4()));
                    targets.add(new TargetCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), Presence.minutes(r.value7() == null ? 0 : r.value7().longValue()),
                            filesPerTarget.getOrDefault(r.value1(), 0L)));
                });
        // Then the persons in key order, each with the targets they attended (the (edition, person_key) index
        // holds both: read in its order, nothing sorted), counted once per kind, day, session… as they end.
        Map<String, Long> byKind = new java.util.TreeMap<>();
        Map<LocalDate, Long> byDay = new java.util.TreeMap<>();
        Map<String, Long> bySession = new java.util.TreeMap<>();
        Map<LocalDate, Long> parallelByDay = new java.util.TreeMap<>();
        long[] unique = {0};
        long[] inWorkshops = {0};
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        java.util.Set<String> sessions = new java.util.HashSet<>();
        java.util.Set<LocalDate> parallelDays = new java.util.HashSet<>();
        boolean[] workshop = {false};
        Runnable personEnds = () -> {
            unique[0]++;
            kinds.forEach(k -> byKind.merge(k, 1L, Long::sum));
            days.forEach(d -> byDay.merge(d, 1L, Long::sum));
            sessions.forEach(x -> bySession.merge(x, 1L, Long::sum));
            parallelDays.forEach(d -> parallelByDay.merge(d, 1L, Long::sum));
            inWorkshops[0] += workshop[0] ? 1 : 0;
            kinds.clear();
            days.clear();
            sessions.clear();
            parallelDays.clear();
            workshop[0] = false;
        };
        // MariaDB would read the primary key (edition, target_id, person_key) and sort a million rows by person;
        // the (edition, person_key) index holds target_id too and is in the order wanted.
        var byPerson = database.dialect() == org.jooq.SQLDialect.MARIADB
                ? p.forceIndex("ix_attendance_presence_person") : p;
        try (org.jooq.Cursor<org.jooq.Record2<String, String>> rows = dsl.select(p.PERSON_KEY, p.TARGET_ID)
                .from(byPerson).where(inEdition).orderBy(p.PERSON_KEY).fetchSize(1000).fetchLazy()) {
            String person = null;
            for (org.jooq.Record2<String, String> r : rows) {
                if (!r.value1().equals(person)) {
                    if (person != null) {
                        personEnds.run();
                    }
                    person = r.value1();
                }
                Target t = what.get(r.value2());
                if (t == null) {
                    continue; // a target imported between the two reads: counted at the next call
                }
                kinds.add(t.kind());
                days.add(t.day());
                sessions.add(t.sessionId());
                if ("parallel".equals(t.sessionKind())) {
                    parallelDays.add(t.day());
                }
                workshop[0] |= "workshop".equals(t.kind()) || "workshops".equals(t.sessionKind());
            }
            if (person != null) {
                personEnds.run();
            }
        }
        long files = filesPerTarget.values().stream().mapToLong(Long::longValue).sum();
        return new AttendanceCounts(targets, unique[0], new LinkedHashMap<>(byKind), new LinkedHashMap<>(byDay),
                new LinkedHashMap<>(bySession), new LinkedHashMap<>(parallelByDay), inWorkshops[0], files);
    }

    @Override
    public List<ParticipantAttendance> totals(EditionNumber edition) {
        var p = ATTENDANCE_PRESENCE;
        Map<Long, long[]> totals = new LinkedHashMap<>(); // seconds, sessions
        Map<Long, Map<String, Long>> secondsByKind = new HashMap<>();
        Map<Long, String> emails = new HashMap<>();
        for (Record r : database.dsl().select(p.REGISTRATION_ID, p.TARGET_KIND, DSL.sum(p.SECONDS), DSL.count(),
                        REGISTRATION.EMAIL)
                .from(p).join(REGISTRATION).on(REGISTRATION.ID.eq(p.REGISTRATION_ID))
                .where(p.EDITION.eq(edition.value())).and(p.REGISTRATION_ID.isNotNull())
                .groupBy(p.REGISTRATION_ID, p.TARGET_KIND, REGISTRATION.EMAIL)
                .orderBy(p.REGISTRATION_ID, p.TARGET_KIND).fetch()) {
            long id = r.get(0, Long.class);
            long seconds = r.get(2, Long.class);
            long[] t = totals.computeIfAbsent(id, k -> new long[2]);
            t[0] += seconds;
            t[1] += r.get(3, Integer.class);
            secondsByKind.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(r.get(1, String.class), seconds,
                    Long::sum);
            emails.put(id, r.get(4, String.class));
        }
        List<ParticipantAttendance> out = new ArrayList<>(totals.size());
        totals.forEach((id, t) -> {
            Map<String, Long> minutes = new LinkedHashMap<>();
            secondsByKind.get(id).forEach((kind, s) -> minutes.put(kind, Presence.minutes(s)));
            out.add(new ParticipantAttendance(id, emails.get(id), Presence.minutes(t[0]), minutes, (int) t[1]));
        });
        return out;
    }

    /**
     * Part of erasing a registration (called by {@link JooqRegistrationRepository#erase}): its attendance rows keep
     * their counts but lose the name and address the platforms gave; rows of the same edition that were unregistered
     * under its e-mail address become the registration's, anonymously (where the same meeting holds both, the
     * unregistered row goes, the registration's stays).
     */
    static void eraseIdentity(DSLContext dsl, long registrationId, int edition, String emailKey) {
        var person = ATTENDANCE_PERSON;
        var presence = ATTENDANCE_PRESENCE;
        String registered = PersonKey.registration(registrationId).value();
        if (emailKey != null) {
            String unregistered = PersonKey.email(emailKey).value();
            var personTwin = ATTENDANCE_PERSON.as("twin");
            dsl.deleteFrom(person).where(person.EDITION.eq(edition)).and(person.PERSON_KEY.eq(unregistered))
                    .and(DSL.exists(DSL.selectOne().from(personTwin).where(personTwin.EDITION.eq(person.EDITION))
                            .and(personTwin.TARGET_ID.eq(person.TARGET_ID))
                            .and(personTwin.FILE_SHA256.eq(person.FILE_SHA256))
                            .and(personTwin.PERSON_KEY.eq(registered)))).execute();
            dsl.update(person).set(person.PERSON_KEY, registered).set(person.REGISTRATION_ID, registrationId)
                    .where(person.EDITION.eq(edition)).and(person.PERSON_KEY.eq(unregistered)).execute();
            var presenceTwin = ATTENDANCE_PRESENCE.as("twin");
            dsl.deleteFrom(presence).where(presence.EDITION.eq(edition)).and(presence.PERSON_KEY.eq(unregistered))
                    .and(DSL.exists(DSL.selectOne().from(presenceTwin).where(presenceTwin.EDITION.eq(presence.EDITION))
                            .and(presenceTwin.TARGET_ID.eq(presence.TARGET_ID))
                            .and(presenceTwin.PERSON_KEY.eq(registered)))).execute();
            dsl.update(presence).set(presence.PERSON_KEY, registered).set(presence.REGISTRATION_ID, registrationId)
                    .where(presence.EDITION.eq(edition)).and(presence.PERSON_KEY.eq(unregistered)).execute();
        }
        dsl.update(person).set(person.DISPLAY_NAME, (String) null).set(person.EMAIL, (String) null)
                .where(person.REGISTRATION_ID.eq(registrationId)).execute();
    }
}
