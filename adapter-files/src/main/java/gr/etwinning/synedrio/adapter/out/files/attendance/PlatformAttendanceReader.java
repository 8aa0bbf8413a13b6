package gr.etwinning.synedrio.adapter.out.files.attendance;

import gr.etwinning.synedrio.adapter.out.files.attendance.Labels.Column;
import gr.etwinning.synedrio.adapter.out.files.attendance.Labels.Section;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvFormatException;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvReader;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvRecord;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceFileException;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceReportReader;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow.Role;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.application.port.out.attendance.ReadOptions;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the attendance exports of Zoom (meeting participants report, webinar attendee report), Microsoft Teams
 * (attendance report with sections, and the older attendance list of join/leave events), Cisco Webex and
 * BigBlueButton's learning dashboard — one layer above the project's one tokenizer ({@link CsvReader}), which finds
 * the encoding (UTF-8 with or without BOM, UTF-16 LE/BE) and splits the fields.
 *
 * <p>A report is read as a sequence of records that are section titles ("Host Details", "2. Participants"), header
 * rows (recognised by their labels, in any language {@link Labels} knows or by the operator's {@code --columns}),
 * and data rows under the latest header. Everything else (a Zoom meeting's preamble, Teams' summary, a webinar's
 * topic line) is context: the Zoom preamble names the host, whose rows are staff. Rows come out one by one; only
 * Teams' "Participants" rows wait, because "In-Meeting Activities" further down replace them when present, and the
 * older Teams list's open joins wait for their "Left".
 */
public final class PlatformAttendanceReader implements AttendanceReportReader {

    /** How far ahead the reader looks to find the separator (bytes); the stream is read once, then rewound. */
    private static final int SNIFF_BYTES = 1 << 20;
    private static final int SNIFF_RECORDS = 40;

    @Override
    public ReadSummary read(InputStream source, ReadOptions options, Consumer<AttendanceRow> rows) throws IOException {
        BufferedInputStream in = new BufferedInputStream(source, 1 << 16);
        in.mark(SNIFF_BYTES);
        char separator = separator(in);
        in.reset();
        try (CsvReader csv = CsvReader.open(new KeepOpen(in),
                CsvReader.Options.defaults().withSeparator(separator).toleratePadding());
             Ahead ahead = new Ahead(csv)) {
            Parse parse = new Parse(options, separator, rows);
            ahead.drainTo(parse::record);
            return parse.finish();
        } catch (CsvFormatException e) {
            throw new AttendanceFileException(e.line(), e.problem());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The file's records, read ahead by a thread of their own: receiving, hashing, decoding and splitting the bytes
     * there while the caller's thread makes rows of the records, matches and keeps them — a national import's hundred
     * files are otherwise read on one core of a machine whose database has nothing to do until a file is read. The
     * two halves weigh about the same (the splitting with the bytes' hashing and decoding, against the rows' times
     * and matching), so neither waits long for the other. A few batches at most wait between the two; an error of
     * either side stops both (the records before it were handed over, as before), and closing waits for the reading
     * thread, so the stream is never read after {@link #read} returns.
     */
    private static final class Ahead implements AutoCloseable {
        private static final int BATCH = 512;
        private final java.util.concurrent.BlockingQueue<Object> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(4);
        private final Thread thread;
        private volatile boolean stopped;

        /** What the reading thread ends with when the file was read to its end. */
        private static final Object DONE = new Object();

        Ahead(CsvReader csv) {
            thread = new Thread(() -> produce(csv), "attendance-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void produce(CsvReader csv) {
            Object last;
            List<CsvRecord> batch = new ArrayList<>(BATCH);
            try {
                CsvRecord r;
                while (!stopped && (r = csv.next()) != null) {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                last = DONE;
            } catch (RuntimeException | Error e) {
                last = e;
            }
            // the records read before a failure of the splitting go first: a row among them that the caller refuses
            // is the file's first mistake, and is the one told
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(last);
        }

        private void put(Object item) {
            try {
                while (!stopped && !queue.offer(item, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the caller is busy; stopped when it gave up
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }

        /** Hands every record to {@code records} in the file's order; throws what the reading thread failed with. */
        @SuppressWarnings("unchecked")
        void drainTo(Consumer<CsvRecord> records) {
            while (true) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the file", e);
                }
                if (item == DONE) {
                    return;
                }
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                if (item instanceof Error e) {
                    throw e;
                }
                for (CsvRecord r : (List<CsvRecord>) item) {
                    records.accept(r);
                }
            }
        }

        @Override
        public void close() {
            stopped = true;
            queue.clear();
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The separator the report uses: the one found most often in its first records (read with commas, so a tab or a
     * semicolon stays inside the fields and can be counted). A Teams report starts with a title line that has none,
     * which is why the tokenizer's own look at the first line is not enough here.
     */
    private static char separator(InputStream in) {
        long tabs = 0;
        long semicolons = 0;
        long commas = 0;
        try {
            CsvReader sniff = CsvReader.open(new KeepOpen(new Limited(in, SNIFF_BYTES / 2)),
                    CsvReader.Options.defaults().withSeparator(','));
            CsvRecord r;
            int n = 0;
            while (n++ < SNIFF_RECORDS && (r = sniff.next()) != null) {
                commas += r.size() - 1;
                for (String f : r.fields()) {
                    for (int i = 0; i < f.length(); i++) {
                        char c = f.charAt(i);
                        tabs += c == '\t' ? 1 : 0;
                        semicolons += c == ';' ? 1 : 0;
                    }
                }
            }
        } catch (RuntimeException e) {
            // what could be read decides; the real read reports the trouble with its line
        }
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The header of the table being read: where each column is. */
    private static final class Table {
        final Map<Column, Integer> at = new EnumMap<>(Column.class);
        boolean nameHasOriginal;
        boolean zoomDuration;
        /** Where the join time (or the event's timestamp) is; -1 when neither. */
        int timeColumn = -1;

        static Table of(List<String> fields, Map<String, Column> custom) {
            Table t = new Table();
            for (int i = 0; i < fields.size(); i++) {
                String cell = fields.get(i);
                String key = GreekText.key(cell);
                Column c = custom.containsKey(key) ? custom.get(key) : Labels.column(cell);
                if (c != null && !t.at.containsKey(c)) {
                    t.at.put(c, i);
                    if (c == Column.NAME) {
                        t.nameHasOriginal = key.contains("original") || key.contains("αρχικ")
                                || key.contains("oryginal") || key.contains("origine") || key.contains("ursprung");
                    }
                    if (c == Column.DURATION && key.contains("minute")) {
                        t.zoomDuration = true;
                    }
                }
            }
            boolean who = t.has(Column.NAME) || t.has(Column.EMAIL) || t.has(Column.FIRST_NAME);
            boolean when = t.has(Column.JOIN) || (t.has(Column.ACTION) && t.has(Column.TIMESTAMP));
            t.timeColumn = t.has(Column.JOIN) ? t.at.get(Column.JOIN) : t.has(Column.TIMESTAMP)
                    ? t.at.get(Column.TIMESTAMP) : -1;
            return who && when ? t : null;
        }

        boolean has(Column c) {
            return at.containsKey(c);
        }

        String cell(List<String> fields, Column c) {
            Integer i = at.get(c);
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }
    }

    /** The reading of one report. */
    private static final class Parse {
        private final ReadOptions options;
        private final char separator;
        private final Consumer<AttendanceRow> out;
        private final ReportTimes times;
        private final Map<String, Column> custom;
        private final boolean customDigits;

        private Section section = Section.NONE;
        private Table table;
        private final Set<Section> sectionsSeen = new HashSet<>();
        private final List<Table> tables = new ArrayList<>();
        private int preambleEmail = -1;
        private boolean preambleSeen;
        private final Set<String> hostEmails = new HashSet<>();
        private final List<AttendanceRow> participantsSection = new ArrayList<>();
        private long activityRows;
        private long rowsRead;
        // the older Teams list: joins waiting for their "Left"
        private final Map<String, AttendanceRow> open = new LinkedHashMap<>();
        private Instant lastEvent;

        Parse(ReadOptions options, char separator, Consumer<AttendanceRow> out) {
            this.options = options;
            this.separator = separator;
            this.out = out;
            this.times = new ReportTimes(options.zone(), options.day());
            this.custom = customColumns(options.columns());
            this.customDigits = options.columns().values().stream().anyMatch(h -> h != null && h.chars()
                    .anyMatch(Character::isDigit));
        }

        void record(CsvRecord r) {
            List<String> f = r.fields();
            if (isPlainData(f)) {
                data(r.line(), f);
                return;
            }
            String first = f.isEmpty() ? "" : f.get(0).strip();
            Section titled = Labels.section(first);
            if (titled != null && (nonBlank(f) == 1 || titled == Section.TITLE)) {
                if (titled != Section.TITLE) {
                    section = titled;
                    table = null;
                }
                sectionsSeen.add(titled);
                return;
            }
            Table header = Table.of(f, custom);
            if (header != null) {
                table = header;
                tables.add(header);
                return;
            }
            if (table == null && isZoomPreamble(f)) {
                preambleSeen = true;
                return;
            }
            if (preambleEmail >= 0) {
                if (preambleEmail < f.size()) {
                    String email = Names.emailKey(f.get(preambleEmail));
                    if (!email.isEmpty()) {
                        hostEmails.add(email);
                    }
                }
                preambleEmail = -1;
                return;
            }
            if (table == null || section == Section.SUMMARY && !table.has(Column.NAME) && !table.has(Column.EMAIL)) {
                return;
            }
            data(r.line(), f);
        }

        /**
         * Whether a record under a table being read is surely one of its data rows: its time cell holds a digit, which
         * no header label, section title or preamble line there does. Telling titles and headers apart folds every
         * cell of a record ({@link GreekText#key}), the most of what reading a row would cost; a data row needs none
         * of it. (Headers named by {@code --columns} with a digit in them are looked at the long way.)
         */
        private boolean isPlainData(List<String> f) {
            if (table == null || preambleEmail >= 0 || customDigits
                    || section == Section.SUMMARY && !table.has(Column.NAME) && !table.has(Column.EMAIL)) {
                return false;
            }
            int at = table.timeColumn;
            if (at < 0 || at >= f.size()) {
                return false;
            }
            String cell = f.get(at);
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c >= '0' && c <= '9') {
                    return true;
                }
            }
            return false;
        }

        private boolean isZoomPreamble(List<String> f) {
            int email = -1;
            boolean meeting = false;
            for (int i = 0; i < f.size(); i++) {
                Column c = Labels.column(f.get(i));
                if (c == Column.MEETING_ID) {
                    meeting = true;
                } else if (c == Column.EMAIL && email < 0) {
                    email = i;
                }
            }
            if (meeting && email >= 0) {
                preambleEmail = email;
                return true;
            }
            return false;
        }

        private void data(long line, List<String> f) {
            String name = table.cell(f, Column.NAME);
            if (name.isEmpty()) {
                name = (table.cell(f, Column.FIRST_NAME) + " " + table.cell(f, Column.LAST_NAME)).strip();
            }
            String email = table.cell(f, Column.EMAIL);
            if (!email.contains("@")) {
                String fromUpn = Names.upnEmail(table.cell(f, Column.UPN));
                email = fromUpn != null ? fromUpn : email;
            }
            if (name.isEmpty() && email.isEmpty()) {
                throw new AttendanceFileException(line, "the row names nobody (no name, no e-mail address); is the "
                        + "file cut short or are its columns not the ones its header names?");
            }
            rowsRead++;
            String originalName = null;
            name = Names.withoutSuffixes(name);
            if (table.nameHasOriginal) {
                String[] split = Names.splitOriginal(name);
                name = split[0];
                originalName = split[1];
            }
            email = email.isEmpty() ? null : email;
            if (table.has(Column.ACTION)) {
                event(line, name, email, table.cell(f, Column.ACTION), table.cell(f, Column.TIMESTAMP));
                return;
            }
            Role role = Role.PARTICIPANT;
            if (section == Section.HOST || section == Section.PANELIST) {
                role = Role.STAFF;
            } else if (table.has(Column.ATTENDED) && Labels.isNo(table.cell(f, Column.ATTENDED))) {
                role = Role.ABSENT;
            } else if (table.has(Column.ROLE) && Labels.isStaffRole(table.cell(f, Column.ROLE))) {
                role = Role.STAFF;
            } else if (table.has(Column.MODERATOR) && Labels.isYes(table.cell(f, Column.MODERATOR))) {
                role = Role.STAFF;
            } else if (email != null && !hostEmails.isEmpty() && hostEmails.contains(Names.emailKey(email))) {
                role = Role.STAFF;
            }
            AttendanceRow row;
            if (role == Role.PARTICIPANT) {
                String joinText = table.cell(f, Column.JOIN);
                String leaveText = table.cell(f, Column.LEAVE);
                if (ReportTimes.isEmpty(joinText)) {
                    throw new AttendanceFileException(line, "the row has no join time; is the file cut short?");
                }
                Instant join = times.instant(joinText, line, "join time");
                Instant leave;
                if (!ReportTimes.isEmpty(leaveText)) {
                    leave = times.instant(leaveText, line, "leave time");
                } else {
                    Long seconds = ReportTimes.seconds(table.cell(f, Column.DURATION));
                    if (seconds == null) {
                        throw new AttendanceFileException(line, "the row has no leave time and no duration; is the "
                                + "file cut short?");
                    }
                    leave = join.plusSeconds(seconds);
                }
                if (leave.isBefore(join)) {
                    throw new AttendanceFileException(line, "the row leaves (" + leaveText + ") before it joins ("
                            + joinText + ")");
                }
                row = new AttendanceRow(line, blankToNull(name), originalName, email, join, leave, role);
            } else {
                row = new AttendanceRow(line, blankToNull(name), originalName, email, null, null, role);
            }
            if (section == Section.PARTICIPANTS) {
                participantsSection.add(row); // replaced by the activities, if the report has them
            } else {
                if (section == Section.ACTIVITIES) {
                    activityRows++;
                }
                out.accept(row);
            }
        }

        /** One event of Teams' older attendance list: a join or a leave. */
        private void event(long line, String name, String email, String action, String timestamp) {
            if (ReportTimes.isEmpty(timestamp)) {
                throw new AttendanceFileException(line, "the row has no timestamp; is the file cut short?");
            }
            Instant at = times.instant(timestamp, line, "timestamp");
            if (lastEvent == null || at.isAfter(lastEvent)) {
                lastEvent = at;
            }
            String who = GreekText.key(name) + "\u0000" + (email == null ? "" : Names.emailKey(email));
            if (Labels.isJoinAction(action)) {
                open.putIfAbsent(who, new AttendanceRow(line, blankToNull(name), null, email, at, at,
                        Role.PARTICIPANT));
            } else if (Labels.isLeaveAction(action)) {
                AttendanceRow joined = open.remove(who);
                if (joined != null) {
                    out.accept(new AttendanceRow(joined.line(), joined.name(), null, joined.email(), joined.join(),
                            at.isBefore(joined.join()) ? joined.join() : at, Role.PARTICIPANT));
                }
            } else {
                throw new AttendanceFileException(line, "action '" + action + "' is neither a join nor a leave "
                        + "(Joined, Joined before, Left, or the same in the report's language)");
            }
        }

        ReadSummary finish() {
            if (tables.isEmpty()) {
                throw new AttendanceFileException(0, "no attendance table found: no header row names a person "
                        + "(Name, Email…) and a join time (Join Time, First Join, Timestamp…) in a language the "
                        + "reader knows; name the columns with --columns name=…,email=…,join=…,leave=…");
            }
            if (activityRows == 0) {
                participantsSection.forEach(out);
            } else {
                rowsRead -= participantsSection.size();
            }
            for (AttendanceRow joined : open.values()) {
                // still there when the list was saved: present until its last event
                out.accept(new AttendanceRow(joined.line(), joined.name(), null, joined.email(), joined.join(),
                        lastEvent.isBefore(joined.join()) ? joined.join() : lastEvent, Role.PARTICIPANT));
            }
            return new ReadSummary(platform(), rowsRead);
        }

        private Platform platform() {
            if (options.platform() != null) {
                return options.platform();
            }
            boolean any = false;
            for (Table t : tables) {
                any |= t.has(Column.ATTENDED);
            }
            if (any || sectionsSeen.contains(Section.HOST) || sectionsSeen.contains(Section.PANELIST)
                    || sectionsSeen.contains(Section.ATTENDEE) || sectionsSeen.contains(Section.OTHER)) {
                return Platform.ZOOM_WEBINAR;
            }
            for (Table t : tables) {
                if (t.has(Column.UPN) || t.has(Column.ACTION) || t.has(Column.ROLE) && separator != ',') {
                    return Platform.TEAMS;
                }
            }
            if (sectionsSeen.contains(Section.SUMMARY) || sectionsSeen.contains(Section.PARTICIPANTS)
                    || sectionsSeen.contains(Section.ACTIVITIES)) {
                return Platform.TEAMS;
            }
            for (Table t : tables) {
                if (t.has(Column.MODERATOR) || t.has(Column.BBB_ACTIVITY)) {
                    return Platform.BBB;
                }
            }
            for (Table t : tables) {
                if (preambleSeen || t.has(Column.GUEST) || t.nameHasOriginal || t.zoomDuration) {
                    return Platform.ZOOM;
                }
            }
            if (separator == '\t' || !custom.isEmpty()) {
                return Platform.WEBEX;
            }
            throw new AttendanceFileException(0, "cannot tell which platform wrote this file; name it with "
                    + "--platform zoom|zoom-webinar|teams|webex|bbb");
        }

        private static int nonBlank(List<String> f) {
            int n = 0;
            for (String s : f) {
                n += s.isBlank() ? 0 : 1;
            }
            return n;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    /** The operator's {@code --columns}: each of our names for a column, to the header's text it stands for. */
    static Map<String, Column> customColumns(Map<String, String> mapping) {
        Map<String, Column> out = new HashMap<>();
        mapping.forEach((ours, header) -> {
            Column c = switch (ours.strip().toLowerCase(Locale.ROOT)) {
                case "name" -> Column.NAME;
                case "first-name", "firstname" -> Column.FIRST_NAME;
                case "last-name", "lastname" -> Column.LAST_NAME;
                case "email", "e-mail" -> Column.EMAIL;
                case "upn" -> Column.UPN;
                case "join" -> Column.JOIN;
                case "leave" -> Column.LEAVE;
                case "duration" -> Column.DURATION;
                case "role" -> Column.ROLE;
                case "attended" -> Column.ATTENDED;
                case "moderator" -> Column.MODERATOR;
                case "action" -> Column.ACTION;
                case "timestamp" -> Column.TIMESTAMP;
                default -> throw new IllegalArgumentException("unknown column '" + ours + "' in --columns: use name, "
                        + "email, join, leave, duration, role (or first-name, last-name, upn, attended, moderator, "
                        + "action, timestamp)");
            };
            if (header == null || GreekText.key(header).isEmpty()) {
                throw new IllegalArgumentException("--columns " + ours + "= names no header");
            }
            out.put(GreekText.key(header), c);
        });
        return out;
    }

    /** The stream, without closing it when the tokenizer is closed (it is rewound and read again). */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /** At most {@code limit} bytes of a stream: the look ahead stays within what can be rewound. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {
        }
    }
}
