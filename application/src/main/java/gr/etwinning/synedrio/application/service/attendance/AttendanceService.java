package gr.etwinning.synedrio.application.service.attendance;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceReportReader;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.AttendanceCounts;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.FilePerson;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.ImportedFile;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.RegisteredName;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetCounts;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetPresence;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.application.port.out.attendance.ReadOptions;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.attendance.RegisteredPeople;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.Session;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Imports the meeting platforms' attendance exports and counts them.
 *
 * <p>An import reads the file once, as a stream, and keeps only what it must: per person their merged intervals
 * ({@link Presence}, a few longs). Matching happens as rows arrive. Only when the whole file has been read, and so
 * known to be sound, does one transaction write it — so a file that breaks off half-way writes nothing, and a
 * transaction the database makes run again has everything it needs in memory.
 */
@Singleton
public final class AttendanceService implements ImportAttendanceUseCase, ShowAttendanceUseCase {

    /** Where the conference takes place, and so the default zone of an export's times. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Athens");

    private final ConferenceRepository conferences;
    /** The registrations last read for matching, with the stamp they were read at. */
    private volatile CachedPeople cached;
    private final AttendanceRepository attendance;
    private final AttendanceReportReader reader;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final DataVersionPort versions;
    /** The edition last imported into, with the programme version it was read at. */
    private volatile CachedConference cachedConference;

    @Inject
    public AttendanceService(ConferenceRepository conferences, AttendanceRepository attendance, AttendanceReportReader reader,
                             TransactionPort transactions, ClockPort clock, DataVersionPort versions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.attendance = Objects.requireNonNull(attendance, "'attendance' must not be null");
        this.reader = Objects.requireNonNull(reader, "'reader' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.versions = Objects.requireNonNull(versions, "'versions' must not be null");
    }

    @Override
    public AttendanceImportReport importAttendance(ImportAttendanceCommand command) throws IOException {
        return write(read(command));
    }

    @Override
    public void importAll(List<? extends AttendanceFile> files, java.util.function.Consumer<AttendanceImportReport> imported)
            throws IOException {
        if (files.isEmpty()) {
            return;
        }
        java.util.concurrent.ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attendance-import-reader");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Future<Read> next = null;
        try {
            next = reading.submit(readOf(files.get(0)));
            for (int i = 0; i < files.size(); i++) {
                Read read = done(next);
                next = i + 1 < files.size() ? reading.submit(readOf(files.get(i + 1))) : null;
                imported.accept(write(read)); // written while the next file is read
            }
        } finally {
            // A file being read when another failed is given up; the failure is told once its reading has stopped
            // (its stream closed, its connection back in the pool) — not while it still runs beside a caller that
            // goes on to close the database.
            if (next != null) {
                next.cancel(true);
            }
            reading.shutdownNow();
            try {
                if (!reading.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the attendance file being read did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public List<String> unknownTargets(int edition, Collection<String> targets) {
        Conference conference = conference(EditionNumber.of(edition));
        List<String> unknown = new ArrayList<>();
        for (String t : targets) {
            try {
                target(conference, t.strip());
            } catch (NotFoundException e) {
                if (!unknown.contains(t)) {
                    unknown.add(t);
                }
            }
        }
        return unknown;
    }

    /** The reading of a file, opened when it runs. */
    private java.util.concurrent.Callable<Read> readOf(AttendanceFile file) {
        return () -> read(file.open());
    }

    /** The read file, or the very failure its reading ended with. */
    private static Read done(java.util.concurrent.Future<Read> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while a file was read");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A file read and matched, ready to be written: nothing of it is stored yet. */
    private record Read(EditionNumber edition, AttendanceTarget target, ImportedFile file, AttendanceReportReader.ReadSummary summary,
                        Collector collector, Collection<FilePerson> persons) {
    }

    /** Reads the file and matches its rows; touches nothing stored. */
    private Read read(ImportAttendanceCommand command) throws IOException {
        try (InputStream file = command.file()) { // closed even when the edition, the target or an option is refused
            EditionNumber edition = EditionNumber.of(command.edition());
            Platform platform = Platform.of(command.platform());
            ZoneId zone = zone(command.timezone());
            Conference conference = conference(edition);
            AttendanceTarget target = target(conference, command.target().strip());

            RegisteredPeople people = registeredPeople(edition);

            MessageDigest sha256 = sha256();
            Collector collector = new Collector(people);
            AttendanceReportReader.ReadSummary summary;
            try (InputStream in = new DigestInputStream(file, sha256)) {
                summary = reader.read(in, new ReadOptions(platform, command.columns(), zone, target.day()), collector);
                in.transferTo(OutputStreamNowhere.INSTANCE); // the digest covers every byte, read or not
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            ImportedFile imported = new ImportedFile(hash, fileName(command.fileName()), summary.platform(),
                    summary.rowsRead(), collector.staff, clock.now());
            return new Read(edition, target, imported, summary, collector, collector.persons());
        }
    }

    /** Writes a file read, all of it in one transaction, and says what it stored. */
    private AttendanceImportReport write(Read read) {
        EditionNumber edition = read.edition();
        AttendanceTarget target = read.target();
        ImportedFile file = read.file();
        String hash = file.sha256();
        Collection<FilePerson> persons = read.persons();
        Collector collector = read.collector();
        AttendanceReportReader.ReadSummary summary = read.summary();

        boolean replaced = transactions.inTransaction(() -> {
            attendance.lockTarget(edition, target.id()); // before any read: imports of one target take turns
            List<String> files = attendance.fileHashes(edition, target.id());
            boolean before = files.contains(hash);
            attendance.replaceFile(edition, target, file, persons);
            if (files.size() > (before ? 1 : 0)) {
                // a session of several files: each person's presence merged over them, stored apart (a session of
                // one file, most, has none stored: its file's persons are its presences, and there is nothing to
                // read, delete or write for it here)
                Map<Long, Presence> others = attendance.otherFilesPresence(edition, target.id(), hash);
                attendance.replacePresence(edition, target, new Presences(others, persons));
            }
            return before;
        });

        long byEmail = 0;
        long byName = 0;
        long seconds = 0;
        for (FilePerson p : persons) {
            byEmail += p.matchedBy() == MatchedBy.EMAIL ? 1 : 0;
            byName += p.matchedBy() == MatchedBy.NAME ? 1 : 0;
            seconds += p.presence().seconds();
        }
        List<AmbiguousName> ambiguous = new ArrayList<>();
        collector.ambiguous.forEach((name, count) -> ambiguous.add(new AmbiguousName(name, count)));
        return new AttendanceImportReport(summary.platform().code(), target.id(), target.kind(), target.day(),
                summary.rowsRead(), persons.size(), byEmail, byName, persons.size() - byEmail - byName,
                collector.staff, collector.absent, Presence.minutes(seconds), List.copyOf(ambiguous), replaced);
    }

    /**
     * The edition's registrations, ready for matching: read and folded once, then again only when a registration
     * changed (a national edition imports a hundred files against the same 7,000 registrations; reading and folding
     * them per file was a third of an import's time).
     */
    private RegisteredPeople registeredPeople(EditionNumber edition) {
        String stamp = attendance.registrationsStamp(edition);
        CachedPeople c = cached;
        if (c != null && c.edition().equals(edition) && c.stamp().equals(stamp)) {
            return c.people();
        }
        RegisteredPeople people = new RegisteredPeople();
        for (RegisteredName r : attendance.registeredNames(edition)) {
            people.add(r.registrationId(), r.email(), r.fullName());
        }
        cached = new CachedPeople(edition, stamp, people);
        return people;
    }

    private record CachedPeople(EditionNumber edition, String stamp, RegisteredPeople people) {
    }

    /**
     * The edition with its programme, read again only when the programme's stored version moved (a national edition
     * imports a hundred files one after the other; reading its programme for each was a tenth of the request's time).
     * The version is read first: a programme changed meanwhile is read again on the next import.
     */
    private Conference conference(EditionNumber edition) {
        long version = versions.read().programme();
        CachedConference c = cachedConference;
        if (c != null && c.edition().equals(edition) && c.programmeVersion() == version) {
            return c.conference();
        }
        Conference conference = conferences.find(edition).orElseThrow(() -> ConferenceService.notFound(edition));
        cachedConference = new CachedConference(edition, version, conference);
        return conference;
    }

    private record CachedConference(EditionNumber edition, long programmeVersion, Conference conference) {
    }

    /**
     * Each person's presence over this file and the session's other files, each second counted once; keyed by the
     * person's number, as stored. Made when first read: a session of one file (most) stores none, its file's persons
     * being its presences, and making them for nothing cost a twentieth of a national import's server time.
     */
    private static final class Presences extends java.util.AbstractCollection<TargetPresence> {
        private final Map<Long, Presence> others;
        private final Collection<FilePerson> persons;
        private List<TargetPresence> made;

        Presences(Map<Long, Presence> others, Collection<FilePerson> persons) {
            this.others = others;
            this.persons = persons;
        }

        private List<TargetPresence> made() {
            if (made == null) {
                made = presences(others, persons);
            }
            return made;
        }

        @Override
        public java.util.Iterator<TargetPresence> iterator() {
            return made().iterator();
        }

        @Override
        public int size() {
            return made().size();
        }
    }

    private static List<TargetPresence> presences(Map<Long, Presence> others, Collection<FilePerson> persons) {
        List<TargetPresence> out = new ArrayList<>(persons.size() + others.size());
        for (FilePerson p : persons) {
            long number = p.key().number();
            Presence other = others.remove(number);
            long seconds = other == null ? p.presence().seconds()
                    : new Presence().addAll(p.presence()).addAll(other).seconds();
            out.add(new TargetPresence(number, p.registrationId(), seconds));
        }
        others.forEach((number, presence) -> out.add(new TargetPresence(number, number > 0 ? number : null,
                presence.seconds())));
        return out;
    }

    @Override
    public AttendanceOverview showAttendance(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        if (!conferences.exists(number)) {
            throw ConferenceService.notFound(number);
        }
        AttendanceCounts counts = attendance.counts(number);
        Map<String, SessionAttendance> sessions = new LinkedHashMap<>();
        for (TargetCounts t : counts.targets()) {
            sessions.put(t.targetId(), new SessionAttendance(t.participants(), t.registered(), t.personMinutes(),
                    t.kind(), t.day().toString(), t.files()));
        }
        Map<String, Long> byDay = new LinkedHashMap<>();
        new TreeMap<>(counts.uniqueByDay()).forEach((day, n) -> byDay.put(day.toString(), n));
        return new AttendanceOverview(edition, sessions, counts.uniqueParticipants(),
                new LinkedHashMap<>(new TreeMap<>(counts.uniqueByKind())), byDay, counts.files());
    }

    /** The session or contribution of that id in the edition's programme. */
    static AttendanceTarget target(Conference conference, String id) {
        for (Session s : conference.programme().sessions()) {
            String sessionKind = kind(s.kind().name());
            if (s.id().value().equals(id)) {
                return new AttendanceTarget(id, sessionKind, id, sessionKind, s.day());
            }
            for (Contribution c : s.contributions()) {
                if (c.id().value().equals(id)) {
                    return new AttendanceTarget(id, kind(c.kind().name()), s.id().value(), sessionKind, s.day());
                }
            }
        }
        throw new NotFoundException("session '" + id + "'", "edition " + conference.edition()
                + " has no session or contribution '" + id + "'; 'synedrio program show " + conference.edition()
                + "' lists them");
    }

    private static String kind(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + name + "': use a name like Europe/Athens");
        }
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Matches the rows as they arrive and keeps each person's intervals, nothing more. */
    private static final class Collector implements java.util.function.Consumer<AttendanceRow> {

        private final RegisteredPeople people;
        private final Map<PersonKey, Person> persons = new HashMap<>();
        private final Map<String, Integer> ambiguous = new TreeMap<>();
        long staff;
        long absent;

        Collector(RegisteredPeople people) {
            this.people = people;
        }

        private static final class Person {
            final RegisteredPeople.Match match;
            final String name;
            final String email;
            final Presence presence = new Presence();

            Person(RegisteredPeople.Match match, String name, String email) {
                this.match = match;
                this.name = name;
                this.email = email;
            }
        }

        @Override
        public void accept(AttendanceRow row) {
            switch (row.role()) {
                case STAFF -> staff++;
                case ABSENT -> absent++;
                default -> participant(row);
            }
        }

        private void participant(AttendanceRow row) {
            RegisteredPeople.Match match = people.match(row.email(), row.name(), row.originalName());
            if (match == null) {
                throw new gr.etwinning.synedrio.application.port.out.attendance.AttendanceFileException(row.line(),
                        "the row names nobody: neither a name nor an e-mail address");
            }
            if (match.ambiguous()) {
                String shown = row.originalName() != null ? row.originalName() : row.name();
                ambiguous.merge(shown, match.sharedBy(), Math::max);
            }
            Person p = persons.computeIfAbsent(match.key(), k -> new Person(match, clip(row.name() != null
                    ? row.name() : row.originalName(), 200), clip(row.email(), 254)));
            p.presence.add(row.join().getEpochSecond(), row.leave().getEpochSecond());
        }

        /** The first {@code max} characters, a pair of surrogates (an emoji) never cut in half. */
        private static String clip(String s, int max) {
            if (s == null || s.length() <= max) {
                return s;
            }
            return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
        }

        Collection<FilePerson> persons() {
            List<FilePerson> out = new ArrayList<>(persons.size());
            persons.forEach((key, p) -> out.add(new FilePerson(key, p.match.registrationId(), p.match.by(), p.name,
                    p.email, p.presence)));
            return out;
        }
    }

    /** Drains what a reader left unread, so that the file's digest covers it. */
    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
