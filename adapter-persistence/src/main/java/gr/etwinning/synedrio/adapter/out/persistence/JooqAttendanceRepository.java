package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
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
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PERSON_PAGE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PRESENCE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_TARGET_LOCK;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.DATA_CHANGE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;

/**
 * Attendance in {@code attendance_file}, {@code attendance_person_page} and the derived {@code attendance_presence}
 * (V8, keyed by person number since V15, by file number and without the target's facts in presences since V16, a
 * file's persons packed into pages since V23: {@link PersonPages}). Presences are stored only for a session or
 * contribution of several files, where a person's minutes merge across them; of one file (most), that file's persons
 * are its presences, and are read as such by {@link #counts} and {@link #totals}: a national import writes each
 * person once, not twice. A file's persons are written, replaced and read whole, so they are stored as a few pages,
 * not a row each (a national edition's 660,000 persons are some nine hundred pages); presences go in primary key
 * order with {@code LOAD DATA LOCAL INFILE} on MariaDB ({@link LoadData}), in multi-row inserts on H2
 * ({@link MultiRowInsert}), not row by row through jOOQ.
 */
@Singleton
public final class JooqAttendanceRepository implements AttendanceRepository, AttendanceTotals {

    private final Database database;
    /** How rows are written: LOAD DATA LOCAL INFILE on MariaDB until the server refuses it, else multi-row inserts. */
    private final BulkRows bulk;

    @Inject
    public JooqAttendanceRepository(Database database) {
        this.database = database;
        this.bulk = new BulkRows(database);
    }

    @Override
    public List<RegisteredName> registeredNames(EditionNumber edition) {
        return database.dsl().select(REGISTRATION.ID, REGISTRATION.EMAIL, REGISTRATION.FULL_NAME).from(REGISTRATION)
                .where(REGISTRATION.EDITION.eq(edition.value())).and(REGISTRATION.ERASED_AT.isNull())
                .orderBy(REGISTRATION.ID).fetch(r -> new RegisteredName(r.value1(), r.value2(), r.value3()));
    }

    /** How many, the newest id and change, and the length of every name and address together. */
    @Override
    public String registrationsStamp(EditionNumber edition) {
        // the stamp every write to the registrations raises (DataChanges.REGISTRATIONS): one row read by its key
        Long stamp = database.dsl().select(DATA_CHANGE.STAMP).from(DATA_CHANGE)
                .where(DATA_CHANGE.SCOPE_NAME.eq("registrations")).fetchOne(DATA_CHANGE.STAMP);
        if (stamp != null) {
            return "registrations " + stamp;
        }
        // a database without that row (it is made by V22): what the edition's registrations add up to
        var r = REGISTRATION;
        var row = database.dsl().select(DSL.count(), DSL.max(r.ID), DSL.max(r.UPDATED_AT),
                        DSL.sum(DSL.charLength(DSL.coalesce(r.EMAIL, "")).plus(DSL.charLength(DSL.coalesce(r.FULL_NAME,
                                "")))))
                .from(r).where(r.EDITION.eq(edition.value())).fetchOne();
        return row.value1() + "/" + row.value2() + "/" + row.value3() + "/" + row.value4();
    }

    /**
     * Counts the import on the target's lock row, creating it the first time: a row lock until the commit (and, on
     * Galera, a write that conflicts with another node's import of the same target).
     */
    @Override
    public void lockTarget(EditionNumber edition, String targetId) {
        var l = ATTENDANCE_TARGET_LOCK;
        try {
            database.dsl().insertInto(l).set(l.EDITION, edition.value()).set(l.TARGET_ID, targetId).set(l.IMPORTS, 1L)
                    .onDuplicateKeyUpdate().set(l.IMPORTS, l.IMPORTS.plus(1)).execute();
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                // two first imports of the target at once, where the database does not make the second wait (H2)
                throw new RetryTransaction("two imports of '" + targetId + "' at once");
            }
            throw e; // a deadlock or a lost connection: the transaction runs again
        }
    }

    @Override
    public List<String> fileHashes(EditionNumber edition, String targetId) {
        var f = ATTENDANCE_FILE;
        return database.dsl().select(f.FILE_SHA256).from(f).where(f.EDITION.eq(edition.value()))
                .and(f.TARGET_ID.eq(targetId)).fetch(f.FILE_SHA256);
    }

    @Override
    public void replaceFile(EditionNumber edition, AttendanceTarget target, ImportedFile file,
                            Collection<FilePerson> persons) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        var f = ATTENDANCE_FILE;
        try {
            // the same bytes again keep their file number: its persons are replaced, its row updated
            Integer number = dsl.select(f.FILE_NO).from(f).where(f.EDITION.eq(e)).and(f.TARGET_ID.eq(target.id()))
                    .and(f.FILE_SHA256.eq(file.sha256())).fetchOne(f.FILE_NO);
            LocalDateTime importedAt = LocalDateTime.ofInstant(file.importedAt(), ZoneOffset.UTC);
            if (number != null) {
                // its row locked first, as an erasure locks it before the pages (the same order: neither waits for
                // the other while holding what the other needs); by its number, a lock on that row alone (a locking
                // read by the bytes' key would lock the gap there too, and make imports of other files wait)
                dsl.select(f.FILE_NO).from(f).where(f.FILE_NO.eq(number)).forUpdate().execute();
                dsl.deleteFrom(ATTENDANCE_PERSON_PAGE).where(ATTENDANCE_PERSON_PAGE.FILE_NO.eq(number)).execute();
                dsl.update(f)
                        .set(f.FILE_NAME, file.fileName())
                        .set(f.PLATFORM, file.platform().code())
                        .set(f.ROWS_READ, file.rowsRead())
                        .set(f.STAFF_ROWS, file.staffRows())
                        .set(f.TARGET_KIND, target.kind())
                        .set(f.SESSION_ID, target.sessionId())
                        .set(f.SESSION_KIND, target.sessionKind())
                        .set(f.TARGET_DAY, target.day())
                        .set(f.IMPORTED_AT, importedAt)
                        .where(f.FILE_NO.eq(number)).execute();
            } else {
                number = dsl.insertInto(f)
                        .set(f.EDITION, e)
                        .set(f.TARGET_ID, target.id())
                        .set(f.FILE_SHA256, file.sha256())
                        .set(f.FILE_NAME, file.fileName())
                        .set(f.PLATFORM, file.platform().code())
                        .set(f.ROWS_READ, file.rowsRead())
                        .set(f.STAFF_ROWS, file.staffRows())
                        .set(f.TARGET_KIND, target.kind())
                        .set(f.SESSION_ID, target.sessionId())
                        .set(f.SESSION_KIND, target.sessionKind())
                        .set(f.TARGET_DAY, target.day())
                        .set(f.IMPORTED_AT, importedAt)
                        .returningResult(f.FILE_NO).fetchOne(f.FILE_NO);
            }
            int fileNo = number;
            dsl.connection(c -> insertPages(c, fileNo, persons));
            database.changed("attendance_person_page");
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
    }

    /** The file's persons as pages ({@link PersonPages}), in person number order, a statement per batch of them. */
    private static void insertPages(Connection c, int fileNo, Collection<FilePerson> persons) throws SQLException {
        List<PersonPages.Person> sorted = new ArrayList<>(persons.size());
        for (FilePerson p : persons) {
            long[] merged = p.presence().merged();
            if (Presence.encodedLength(merged) > 8000) {
                throw new IllegalArgumentException("a person of the file left and joined the meeting more "
                        + "than 400 times; Synedrio keeps at most that many separate intervals per person");
            }
            sorted.add(new PersonPages.Person(p.key().number(), p.registrationId(), p.matchedBy(), p.name(),
                    p.email(), p.presence().seconds(), merged));
        }
        sorted.sort(java.util.Comparator.comparingLong(PersonPages.Person::number));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).number() == sorted.get(i - 1).number()) {
                // two keys, one number: the 64-bit hash of two different e-mail addresses or names met (about one
                // chance in 10^13 for a national edition's persons); stored, they would count as one person
                throw new IllegalArgumentException("two persons of the file, '" + who(sorted.get(i - 1)) + "' and '"
                        + who(sorted.get(i)) + "', are known by the same number, which Synedrio cannot tell apart; "
                        + "nothing was imported");
            }
        }
        insertPages(c, fileNo, PersonPages.pack(sorted));
    }

    private static String who(PersonPages.Person p) {
        return p.email() != null ? p.email() : p.name();
    }

    private static void insertPages(Connection c, int fileNo, List<PersonPages.Page> pages) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into attendance_person_page (file_no, page_no, persons,"
                + " data) values (?, ?, ?, ?)")) {
            int pageNo = 0;
            for (PersonPages.Page page : pages) {
                ps.setInt(1, fileNo);
                ps.setInt(2, pageNo++);
                ps.setInt(3, page.persons());
                ps.setBytes(4, page.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Reads the pages of a file, in order. */
    private static void readPages(Connection c, int fileNo, PersonPages.Reader reader) throws SQLException {
        for (byte[] page : pages(c, fileNo, false)) {
            PersonPages.read(page, reader);
        }
    }

    /** A file's pages, in order; {@code locked}: read for update, the newest rather than the transaction's view. */
    private static List<byte[]> pages(Connection c, int fileNo, boolean locked) throws SQLException {
        List<byte[]> pages = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select data from attendance_person_page where file_no = ?"
                + " order by page_no" + (locked ? " for update" : ""))) {
            ps.setInt(1, fileNo);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pages.add(rs.getBytes(1));
                }
            }
        }
        return pages;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public Map<Long, Presence> otherFilesPresence(EditionNumber edition, String targetId, String exceptSha256) {
        Map<Long, Presence> out = new HashMap<>();
        var f = ATTENDANCE_FILE;
        var page = ATTENDANCE_PERSON_PAGE;
        PersonPages.Reader merge = new PersonPages.Reader() {
            @Override
            public void person(PersonPages.Person p) {
                Presence presence = out.computeIfAbsent(p.number(), k -> new Presence());
                long[] iv = p.intervals();
                for (int i = 0; i < iv.length; i += 2) {
                    presence.add(iv[i], iv[i + 1]);
                }
            }
        };
        database.dsl().select(page.DATA).from(page)
                .where(page.FILE_NO.in(DSL.select(f.FILE_NO).from(f).where(f.EDITION.eq(edition.value()))
                        .and(f.TARGET_ID.eq(targetId)).and(f.FILE_SHA256.ne(exceptSha256))))
                .fetch().forEach(r -> PersonPages.read(r.value1(), merge));
        return out;
    }

    @Override
    public void replacePresence(EditionNumber edition, AttendanceTarget target, Collection<TargetPresence> presences) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        try {
            dsl.deleteFrom(ATTENDANCE_PRESENCE).where(ATTENDANCE_PRESENCE.EDITION.eq(e))
                    .and(ATTENDANCE_PRESENCE.TARGET_ID.eq(target.id())).execute();
            if (dsl.fetchCount(ATTENDANCE_FILE, ATTENDANCE_FILE.EDITION.eq(e)
                    .and(ATTENDANCE_FILE.TARGET_ID.eq(target.id()))) < 2) {
                return; // one file: its persons are the presences (see the class comment)
            }
            List<TargetPresence> sorted = new ArrayList<>(presences);
            sorted.sort(java.util.Comparator.comparingLong(TargetPresence::person)); // primary key order, as above
            dsl.connection(c -> bulk.write(c, "attendance_presence", "edition, target_id, person, registration_id, seconds",
                    5, sorted, (ps, i, p) -> {
                        ps.setInt(i, e);
                        ps.setString(i + 1, target.id());
                        ps.setLong(i + 2, p.person());
                        setLong(ps, i + 3, p.registrationId());
                        ps.setLong(i + 4, p.seconds());
                    }, (p, out) -> out.add(e).add(target.id()).add(p.person()).add(p.registrationId())
                            .add(p.seconds())));
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
    }

    /**
     * Every count in one pass over the edition's presences, target by target (each a range of the primary key),
     * reading only person numbers and seconds: the distinct persons overall, per kind, day, session, parallel
     * sessions' day and in workshops are counted here ({@link PersonMemberships}: pages of bits per person
     * number, a hash table for the rest), not by seven {@code count(distinct …)}
     * queries each sorting the edition's presences again.
     */
    @Override
    public AttendanceCounts counts(EditionNumber edition) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        var f = ATTENDANCE_FILE;
        Map<String, AttendanceTarget> targets = new java.util.TreeMap<>();
        Map<String, Long> filesPerTarget = new HashMap<>();
        Map<String, Integer> fileOfTarget = new HashMap<>(); // its only file's number, or any of its files'
        dsl.select(f.TARGET_ID, f.TARGET_KIND, f.SESSION_ID, f.SESSION_KIND, f.TARGET_DAY, DSL.count(),
                        DSL.min(f.FILE_NO)).from(f)
                .where(f.EDITION.eq(e)).groupBy(f.TARGET_ID, f.TARGET_KIND, f.SESSION_ID, f.SESSION_KIND, f.TARGET_DAY)
                .fetch().forEach(r -> {
                    targets.put(r.value1(), new AttendanceTarget(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5()));
                    filesPerTarget.merge(r.value1(), r.value6().longValue(), Long::sum);
                    fileOfTarget.put(r.value1(), r.value7());
                });
        // every group a person can be counted in, numbered: kinds, days, sessions, parallel days, the workshops
        Map<String, Integer> kindGroups = new java.util.TreeMap<>();
        Map<LocalDate, Integer> dayGroups = new java.util.TreeMap<>();
        Map<String, Integer> sessionGroups = new java.util.TreeMap<>();
        Map<LocalDate, Integer> parallelGroups = new java.util.TreeMap<>();
        int[] next = {1}; // group 0: the workshops
        for (AttendanceTarget t : targets.values()) {
            kindGroups.computeIfAbsent(t.kind(), k -> next[0]++);
            dayGroups.computeIfAbsent(t.day(), k -> next[0]++);
            sessionGroups.computeIfAbsent(t.sessionId(), k -> next[0]++);
            if (t.sessionKind().equals("parallel")) {
                parallelGroups.computeIfAbsent(t.day(), k -> next[0]++);
            }
        }
        PersonMemberships persons = new PersonMemberships(next[0]);
        List<TargetCounts> counted = new ArrayList<>();
        try {
            dsl.connection(c -> {
                try (PreparedStatement ps = c.prepareStatement("select person, seconds from attendance_presence"
                        + " where edition = ? and target_id = ?")) {
                    ps.setFetchSize(10_000);
                    for (AttendanceTarget t : targets.values()) {
                        boolean workshop = t.kind().equals("workshop") || t.sessionKind().equals("workshops");
                        boolean parallel = t.sessionKind().equals("parallel");
                        List<Integer> groups = new ArrayList<>(List.of(kindGroups.get(t.kind()),
                                dayGroups.get(t.day()), sessionGroups.get(t.sessionId())));
                        if (parallel) {
                            groups.add(parallelGroups.get(t.day()));
                        }
                        if (workshop) {
                            groups.add(0);
                        }
                        long[] mask = persons.mask(groups.stream().mapToInt(Integer::intValue).toArray());
                        long participants = 0;
                        long registered = 0;
                        long seconds = 0;
                        if (filesPerTarget.get(t.id()) == 1) {
                            long[] read = new long[3]; // participants, registered, seconds
                            readPages(c, fileOfTarget.get(t.id()), new PersonPages.Reader() {
                                @Override
                                public boolean whole() {
                                    return false;
                                }

                                @Override
                                public void counted(long person, Long registrationId, long s) {
                                    read[0]++;
                                    read[1] += person > 0 ? 1 : 0;
                                    read[2] += s;
                                    persons.add(person, mask);
                                }
                            });
                            participants = read[0];
                            registered = read[1];
                            seconds = read[2];
                        } else {
                            ps.setInt(1, e);
                            ps.setString(2, t.id());
                            try (java.sql.ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    long person = rs.getLong(1);
                                    participants++;
                                    registered += person > 0 ? 1 : 0;
                                    seconds += rs.getLong(2);
                                    persons.add(person, mask);
                                }
                            }
                        }
                        if (participants > 0) {
                            counted.add(new TargetCounts(t.id(), t.kind(), t.sessionId(), t.day(), participants,
                                    registered, Presence.minutes(seconds), filesPerTarget.get(t.id())));
                        }
                    }
                }
            });
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
        long[] sizes = persons.groupSizes();
        long files = filesPerTarget.values().stream().mapToLong(Long::longValue).sum();
        return new AttendanceCounts(counted, persons.size(), sizes(kindGroups, sizes), sizes(dayGroups, sizes),
                sizes(sessionGroups, sizes), sizes(parallelGroups, sizes), sizes[0], files);
    }

    /** The groups' sizes, those not empty, in the map's order. */
    private static <K> Map<K, Long> sizes(Map<K, Integer> groups, long[] sizes) {
        Map<K, Long> out = new LinkedHashMap<>();
        groups.forEach((k, g) -> {
            if (sizes[g] > 0) {
                out.put(k, sizes[g]);
            }
        });
        return out;
    }

    @Override
    public List<ParticipantAttendance> totals(EditionNumber edition) {
        DSLContext dsl = database.dsl();
        int e = edition.value();
        var p = ATTENDANCE_PRESENCE;
        var f = ATTENDANCE_FILE;
        Map<Long, long[]> totals = new java.util.TreeMap<>(); // seconds, sessions
        Map<Long, Map<String, Long>> secondsByKind = new HashMap<>();
        Map<Long, String> emails = new HashMap<>();
        // targets of several files: their presences, with the target's kind from any of its files' rows
        var kinds = DSL.selectDistinct(f.EDITION, f.TARGET_ID, f.TARGET_KIND).from(f)
                .where(f.EDITION.eq(e)).and(f.TARGET_ID.in(targetsOfFiles(e, false))).asTable("k");
        var targetKind = kinds.field(f.TARGET_KIND);
        var fromPresences = dsl.select(p.REGISTRATION_ID, targetKind, DSL.sum(p.SECONDS), DSL.count(),
                        REGISTRATION.EMAIL)
                .from(p).join(kinds).on(kinds.field(f.EDITION).eq(p.EDITION))
                .and(kinds.field(f.TARGET_ID).eq(p.TARGET_ID))
                .join(REGISTRATION).on(REGISTRATION.ID.eq(p.REGISTRATION_ID))
                .where(p.EDITION.eq(e)).and(p.REGISTRATION_ID.isNotNull())
                .groupBy(p.REGISTRATION_ID, targetKind, REGISTRATION.EMAIL).fetch();
        for (Record r : fromPresences) {
            long id = r.get(0, Long.class);
            add(totals, secondsByKind, id, r.get(1, String.class), r.get(2, Long.class), r.get(3, Integer.class));
            emails.put(id, r.get(4, String.class));
        }
        // targets of one file: that file's persons, from its pages, with the addresses of their registrations
        Map<Long, long[]> fromPersons = new HashMap<>();
        Map<Long, Map<String, Long>> fromPersonsByKind = new HashMap<>();
        var single = dsl.select(f.FILE_NO, f.TARGET_KIND).from(f).where(f.EDITION.eq(e))
                .and(f.TARGET_ID.in(targetsOfFiles(e, true))).fetch();
        try {
            dsl.connection(c -> {
                for (var file : single) {
                    String kind = file.value2();
                    readPages(c, file.value1(), new PersonPages.Reader() {
                        @Override
                        public boolean whole() {
                            return false;
                        }

                        @Override
                        public void counted(long number, Long registrationId, long seconds) {
                            if (registrationId != null) {
                                add(fromPersons, fromPersonsByKind, registrationId, kind, seconds, 1);
                            }
                        }
                    });
                }
            });
        } catch (DataAccessException ex) {
            throw Failures.translate(ex);
        }
        List<Long> ids = new ArrayList<>(fromPersons.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            dsl.select(REGISTRATION.ID, REGISTRATION.EMAIL).from(REGISTRATION)
                    .where(REGISTRATION.ID.in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                    .fetch().forEach(r -> {
                        long id = r.value1();
                        long[] t = fromPersons.get(id);
                        fromPersonsByKind.get(id).forEach((kind, seconds) -> add(totals, secondsByKind, id, kind,
                                seconds, 0));
                        totals.get(id)[1] += t[1];
                        emails.put(id, r.value2());
                    });
        }
        List<ParticipantAttendance> out = new ArrayList<>(totals.size());
        totals.forEach((id, t) -> {
            Map<String, Long> minutes = new LinkedHashMap<>();
            secondsByKind.get(id).forEach((kind, s) -> minutes.put(kind, Presence.minutes(s)));
            out.add(new ParticipantAttendance(id, emails.get(id), Presence.minutes(t[0]), minutes, (int) t[1]));
        });
        return out;
    }

    /** Adds a registration's seconds in a kind of session, and how many sessions of it they were in. */
    private static void add(Map<Long, long[]> totals, Map<Long, Map<String, Long>> secondsByKind, long id, String kind,
                            long seconds, int sessions) {
        long[] t = totals.computeIfAbsent(id, k -> new long[2]);
        t[0] += seconds;
        t[1] += sessions;
        secondsByKind.computeIfAbsent(id, k -> new java.util.TreeMap<>()).merge(kind, seconds, Long::sum);
    }

    /** The edition's targets of exactly one file ({@code single}), or of several. */
    private static org.jooq.Select<org.jooq.Record1<String>> targetsOfFiles(int edition, boolean single) {
        var f = ATTENDANCE_FILE;
        return DSL.select(f.TARGET_ID).from(f).where(f.EDITION.eq(edition)).groupBy(f.TARGET_ID)
                .having(single ? DSL.count().eq(1) : DSL.count().gt(1));
    }

    /**
     * Part of erasing a registration (called by {@link JooqRegistrationRepository#erase}): its attendance rows keep
     * their counts but lose the name and address the platforms gave; rows of the same edition that were unregistered
     * under its e-mail address become the registration's, anonymously (where the same meeting holds both, the
     * unregistered row goes, the registration's stays).
     */
    static void eraseIdentity(DSLContext dsl, long registrationId, int edition, String emailKey) {
        var presence = ATTENDANCE_PRESENCE;
        long registered = PersonKey.registration(registrationId).number();
        Long unregistered = emailKey == null ? null : PersonKey.email(emailKey).number();
        var f = ATTENDANCE_FILE;
        // The edition's files locked, in number order, as read (the newest, not the transaction's snapshot): an
        // import still running is waited for and its file seen, a new one waits for this erasure; another erasure,
        // or an import replacing a file, waits for this one's commit and then reads what it wrote, so that neither
        // writes back pages the other has changed.
        List<Integer> files = dsl.select(f.FILE_NO).from(f).where(f.EDITION.eq(edition)).orderBy(f.FILE_NO)
                .forUpdate().fetch(f.FILE_NO);
        dsl.connection(c -> {
            for (int fileNo : files) {
                // read locked too: the newest pages (the files' rows are the locks waited on: pages are deleted and
                // inserted anew, and H2 does not see rows inserted while it waited for them)
                List<byte[]> pages = pages(c, fileNo, true);
                boolean[] names = {false, false}; // the registration, the unregistered person under its address
                PersonPages.Reader find = new PersonPages.Reader() {
                    @Override
                    public boolean whole() {
                        return false; // only the numbers: most files name neither
                    }

                    @Override
                    public void counted(long number, Long registrationId, long seconds) {
                        names[0] |= number == registered;
                        names[1] |= unregistered != null && number == unregistered;
                    }
                };
                pages.forEach(page -> PersonPages.read(page, find));
                boolean hasRegistered = names[0];
                if (!hasRegistered && !names[1]) {
                    continue;
                }
                List<PersonPages.Person> persons = PersonPages.persons(pages);
                List<PersonPages.Person> kept = new ArrayList<>(persons.size());
                for (PersonPages.Person p : persons) {
                    if (unregistered != null && p.number() == unregistered) {
                        if (!hasRegistered) { // the registration's now, anonymously
                            kept.add(new PersonPages.Person(registered, registrationId, p.matchedBy(), null, null,
                                    p.seconds(), p.intervals()));
                        } // else the same meeting holds the registration's own row: that one stays
                    } else if (p.number() == registered) {
                        kept.add(new PersonPages.Person(registered, p.registrationId(), p.matchedBy(), null, null,
                                p.seconds(), p.intervals()));
                    } else {
                        kept.add(p);
                    }
                }
                kept.sort(java.util.Comparator.comparingLong(PersonPages.Person::number));
                try (PreparedStatement delete = c.prepareStatement("delete from attendance_person_page where file_no"
                        + " = ?")) {
                    delete.setInt(1, fileNo);
                    delete.executeUpdate();
                }
                insertPages(c, fileNo, PersonPages.pack(kept));
            }
        });
        if (unregistered != null) {
            var presenceTwin = ATTENDANCE_PRESENCE.as("twin");
            dsl.deleteFrom(presence).where(presence.EDITION.eq(edition)).and(presence.PERSON.eq(unregistered))
                    .and(DSL.exists(DSL.selectOne().from(presenceTwin).where(presenceTwin.EDITION.eq(presence.EDITION))
                            .and(presenceTwin.TARGET_ID.eq(presence.TARGET_ID))
                            .and(presenceTwin.PERSON.eq(registered)))).execute();
            dsl.update(presence).set(presence.PERSON, registered).set(presence.REGISTRATION_ID, registrationId)
                    .where(presence.EDITION.eq(edition)).and(presence.PERSON.eq(unregistered)).execute();
        }
    }
}
