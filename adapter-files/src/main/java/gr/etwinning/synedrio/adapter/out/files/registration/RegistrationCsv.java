package gr.etwinning.synedrio.adapter.out.files.registration;

import gr.etwinning.synedrio.adapter.out.files.csv.CsvFormatException;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvReader;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvRecord;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvWriter;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.FileRefusal;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.FileRow;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.RegistrationLine;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.RegistrationsFile;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.io.InputStream;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Registrations as a spreadsheet holds them. Columns are recognised by meaning, in Greek or English, whatever their
 * case, accents or extra words ("Ονοματεπώνυμο", "Full name", "E-mail", "Ηλεκτρονικό ταχυδρομείο", "Σχολείο",
 * "Ειδικότητα", "Βαθμίδα", "Συγκατάθεση", and Google Forms' "Χρονική σήμανση" as the consent time). Separate
 * "Όνομα" and "Επώνυμο" columns are joined. Columns with other meanings are left aside. Read with the project's
 * one CSV reader (encoding and separator found from the file, padding separators tolerated) and written with
 * Excel's formula guard.
 */
public final class RegistrationCsv implements RegistrationFilePort {

    /** Times in files are local times in Greece unless they carry an offset. */
    static final ZoneId ATHENS = SpreadsheetTime.ATHENS;

    enum Column {
        FULL_NAME("Ονοματεπώνυμο", "ονοματεπωνυμο", "full name", "fullname", "name", "ονοματεπωνυμο συμμετεχοντα"),
        FIRST_NAME("Όνομα", "ονομα", "first name", "given name"),
        LAST_NAME("Επώνυμο", "επωνυμο", "last name", "surname", "family name"),
        EMAIL("Email", "email", "e mail", "mail", "ηλεκτρονικο ταχυδρομειο", "διευθυνση ηλεκτρονικου ταχυδρομειου",
                "διευθυνση email", "email address"),
        SCHOOL("Σχολείο", "σχολειο", "school", "σχολικη μοναδα", "σχολειο υπηρετησης", "φορεας"),
        SPECIALTY("Ειδικότητα", "ειδικοτητα", "specialty", "speciality", "κλαδος"),
        LEVEL("Βαθμίδα", "βαθμιδα", "level", "education level", "βαθμιδα εκπαιδευσης"),
        CONSENT_AT("Χρονική σήμανση συγκατάθεσης", "χρονικη σημανση", "timestamp", "ημερομηνια συγκαταθεσης",
                "χρονος συγκαταθεσης", "consent time", "consented at", "consent date"),
        CONSENT("Συγκατάθεση", "συγκαταθεση", "consent");

        final String greekHeader;
        final List<String> keys;

        Column(String greekHeader, String... keys) {
            this.greekHeader = greekHeader;
            this.keys = List.of(keys);
        }

        static Column of(String header) {
            String key = GreekText.key(header);
            for (Column c : values()) {
                for (String k : c.keys) {
                    if (key.equals(k) || key.startsWith(k + " ")) {
                        return c;
                    }
                }
            }
            return null;
        }
    }

    /** The columns every row needs: a row cut short before one of them is refused as cut short. */
    private static final java.util.Set<Column> REQUIRED = java.util.EnumSet.of(Column.FULL_NAME, Column.FIRST_NAME,
            Column.LAST_NAME, Column.EMAIL, Column.SCHOOL, Column.CONSENT);

    /** A row that cannot be read; the file is read on. */
    private static final class RowRefused extends RuntimeException {
        RowRefused(String message) {
            super(message);
        }
    }

    @Override
    public RegistrationsFile read(InputStream content, String source) {
        List<FileRow> rows = new ArrayList<>();
        List<FileRefusal> refused = new ArrayList<>();
        List<String> ignored = stream(content, source, new FileRowSink() {
            @Override
            public void row(FileRow row) {
                rows.add(row);
            }

            @Override
            public void refused(FileRefusal r) {
                refused.add(r);
            }
        });
        return new RegistrationsFile(rows, refused, ignored);
    }

    @Override
    public List<String> stream(InputStream content, String source, FileRowSink sink) {
        try (CsvReader reader = CsvReader.open(content, CsvReader.Options.defaults().toleratePadding())) {
            return read(reader, source, sink);
        } catch (CsvFormatException e) {
            throw new InvalidValueException(source + " line " + e.line(), source + ": " + e.getMessage());
        }
    }

    private static List<String> read(CsvReader reader, String source, FileRowSink sink) {
        CsvRecord header = reader.next();
        if (header == null) {
            throw refuse(source, source + " is empty: it needs a header line and one line per participant");
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String h = header.fields().get(i).strip();
            Column c = Column.of(h);
            if (c == null) {
                if (!h.isEmpty()) {
                    ignored.add(h);
                }
                continue;
            }
            Integer previous = columns.put(c, i);
            if (previous != null) {
                throw refuse(source, source + ": columns " + (previous + 1) + " ('"
                        + header.fields().get(previous).strip() + "') and " + (i + 1) + " ('" + h + "') both mean "
                        + c.greekHeader + "; keep one");
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(Column.FULL_NAME)
                && !(columns.containsKey(Column.FIRST_NAME) && columns.containsKey(Column.LAST_NAME))) {
            missing.add("Ονοματεπώνυμο/Full name (or Όνομα and Επώνυμο)");
        }
        for (Column c : List.of(Column.EMAIL, Column.SCHOOL, Column.CONSENT)) {
            if (!columns.containsKey(c)) {
                missing.add(c.greekHeader + "/" + c.keys.get(1));
            }
        }
        if (!missing.isEmpty()) {
            throw refuse(source, source + ": the header line lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; it has " + header.fields().stream().map(String::strip)
                    .map(h -> "'" + h + "'").collect(Collectors.joining(", ")));
        }
        // a row this wide or wider has every column a registration needs (the check below lists the lacking ones)
        int needed = 1 + columns.entrySet().stream().filter(e -> REQUIRED.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(-1);
        boolean any = false;
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            any = true;
            if (r.fields().size() > header.fields().size()) {
                sink.refused(new FileRefusal(r.line(), "row " + r.line() + " has " + r.fields().size()
                        + " fields, the header " + header.fields().size() + "; is a separator missing its quotes?"));
                continue;
            }
            int width = r.fields().size();
            List<String> lacking = width >= needed ? List.of() : columns.entrySet().stream()
                    .filter(e -> e.getValue() >= width).filter(e -> REQUIRED.contains(e.getKey()))
                    .sorted(Map.Entry.comparingByValue()).map(e -> e.getKey().greekHeader).toList();
            if (!lacking.isEmpty()) {
                // fewer fields than the header is fine when only empty or optional columns at the end are left out
                // (Excel leaves out empty ones); not when a column every registration needs is missing
                sink.refused(new FileRefusal(r.line(), "row " + r.line() + " has " + width + " fields, the header "
                        + header.fields().size() + ": it lacks " + String.join(", ", lacking)
                        + "; is the row cut short?"));
                continue;
            }
            FileRow row;
            try {
                row = row(r, columns);
            } catch (RowRefused e) {
                sink.refused(new FileRefusal(r.line(), e.getMessage()));
                continue;
            }
            sink.row(row);
        }
        if (!any) {
            // a header alone is a wrong export or an empty form, not "0 registrations imported"
            throw refuse(source, source + " has a header line but no rows: nothing to import");
        }
        return List.copyOf(ignored);
    }

    private static InvalidValueException refuse(String source, String message) {
        return new InvalidValueException(source, message);
    }

    private static FileRow row(CsvRecord r, Map<Column, Integer> columns) {
        String fullName = get(r, columns, Column.FULL_NAME);
        if (fullName == null) {
            String first = get(r, columns, Column.FIRST_NAME);
            String last = get(r, columns, Column.LAST_NAME);
            fullName = first == null ? last : last == null ? first : first + " " + last;
        }
        String consentText = get(r, columns, Column.CONSENT);
        Instant consentAt = time(get(r, columns, Column.CONSENT_AT), header(columns, Column.CONSENT_AT));
        Boolean consent;
        if (SpreadsheetTime.looksLikeTime(consentText)) {
            // a time in the consent column: consent given then (checked before yes/no, so that 1/12/2020 is no "1")
            Instant when = time(consentText, header(columns, Column.CONSENT));
            consent = true;
            consentAt = consentAt == null ? when : consentAt;
        } else {
            consent = consent(consentText);
            if (consent == null) {
                throw new RowRefused("column " + header(columns, Column.CONSENT) + ": it is neither yes/no"
                        + " (Ναι/Όχι) nor " + SpreadsheetTime.EXAMPLE);
            }
            if (!consent) {
                // said as the file says it, not as the API asks for it ("consent": true)
                throw new RowRefused("the participant did not consent (" + (consentText == null
                        ? "column " + header(columns, Column.CONSENT) + " is empty" : consentText) + ")");
            }
        }
        return new FileRow(r.line(), fullName, get(r, columns, Column.EMAIL), get(r, columns, Column.SCHOOL),
                get(r, columns, Column.SPECIALTY), get(r, columns, Column.LEVEL), consent, consentAt);
    }

    /** How a row's message names a column: its position and meaning (the file's own header may be anything). */
    private static String header(Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return (i == null ? "" : (i + 1) + " ") + "(" + c.greekHeader + ")";
    }

    private static String get(CsvRecord r, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        if (i == null || i >= r.fields().size()) {
            return null;
        }
        String v = CsvWriter.unguard(r.fields().get(i).strip());
        return v.isEmpty() ? null : v;
    }

    /** Yes or no in Greek or English, the whole value; {@code null} when the text is neither. */
    static Boolean consent(String text) {
        if (text == null) {
            return false;
        }
        Boolean known = CONSENTS.get(text);
        if (known != null) {
            return known;
        }
        Boolean said = consentSaid(text);
        if (said != null) {
            if (CONSENTS.size() >= 256) {
                CONSENTS.clear(); // odd answers never keep a file's few out for good
            }
            CONSENTS.put(text, said);
        }
        return said;
    }

    /**
     * The answers met, as written: a file writes its few answers a million times, and folding each (GreekText.key)
     * was a twentieth of a national import's reading. Bounded: emptied when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> CONSENTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Boolean consentSaid(String text) {
        String key = GreekText.key(text);
        for (String yes : List.of("ναι", "nai", "yes", "y", "true", "1", "x", "συμφωνω", "αποδεχομαι", "agree",
                "i agree", "δινω")) {
            if (key.equals(yes) || key.startsWith(yes + " ")) {
                return true;
            }
        }
        if (text.strip().equals("✓") || text.strip().equals("✔")) {
            return true;
        }
        for (String no : List.of("οχι", "οχι", "ochi", "no", "n", "false", "0", "δεν")) {
            if (key.equals(no) || key.startsWith(no + " ")) {
                return false;
            }
        }
        return null;
    }

    /** A time as spreadsheets write it ({@link SpreadsheetTime}); {@code null} for a blank one; else refused. */
    static Instant time(String text, String column) {
        try {
            return SpreadsheetTime.parse(text);
        } catch (SpreadsheetTime.NotATimeException e) {
            throw new RowRefused("column " + column + ": " + e.getMessage());
        }
    }

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The edition's registrations as CSV with a byte-order mark, Greek headers, one line per participant. */
    @Override
    public String write(List<RegistrationLine> registrations, char separator) {
        StringBuilder out = new StringBuilder();
        LineWriter lines = writer(out, separator);
        registrations.forEach(lines::write);
        return out.toString();
    }

    @Override
    public LineWriter writer(Appendable out, char separator) {
        CsvWriter csv = new CsvWriter(out, CsvWriter.Style.excel(separator)).byteOrderMark();
        csv.write(List.of(Column.FULL_NAME.greekHeader, Column.EMAIL.greekHeader, Column.SCHOOL.greekHeader,
                Column.SPECIALTY.greekHeader, Column.LEVEL.greekHeader, Column.CONSENT.greekHeader,
                Column.CONSENT_AT.greekHeader, "Εγγραφή", "Εργαστήρια", "Λίστα αναμονής"));
        return r -> {
            List<String> fields = new ArrayList<>();
            fields.add(r.fullName());
            fields.add(r.email());
            fields.add(r.school());
            fields.add(r.specialty());
            fields.add(r.level() == null ? "" : r.level().equals("primary") ? "Πρωτοβάθμια" : "Δευτεροβάθμια");
            fields.add("Ναι");
            fields.add(local(r.consentAt()));
            fields.add(local(r.registeredAt()));
            fields.add(String.join(" ", r.confirmed()));
            fields.add(String.join(" ", r.waiting()));
            csv.write(fields);
        };
    }

    private static String local(Instant instant) {
        return instant == null ? "" : OUT.format(instant.atZone(ATHENS));
    }
}
