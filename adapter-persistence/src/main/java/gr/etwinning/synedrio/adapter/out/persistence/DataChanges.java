package gr.etwinning.synedrio.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code data_change} table (V13): one row per scope of derived documents, whose {@code stamp} every write
 * to a table of that scope raises in its own transaction. The read cache of the web adapter keys its documents by
 * these stamps, so a write made by any instance on the database is seen by every instance at its next request.
 *
 * <p>Scopes: {@link #PROGRAMME} — editions, their days, programmes and the persons they name (the programme, the
 * public page, the schedule exports), and the booking limit, which a booking reads with the workshops' times (the
 * seat repository keeps both per programme version, see {@code JooqSeatRepository}); {@link #EVERYTHING} — any table a report, a chart or a count reads (the
 * programme's tables too); {@link #REGISTRATIONS} — the registrations alone. Tables of the booking rush ({@code booking}, {@code workshop_seat}), the outbox and the
 * tokens change no derived document and raise nothing, so a booking never waits for the stamp's row lock.
 */
final class DataChanges {

    static final int PROGRAMME = 1;
    static final int EVERYTHING = 2;
    /**
     * The registrations (V22): what an attendance import matches its rows against, kept in memory between imports
     * while this stamp stands — read by key, where counting the edition's registrations grew with them.
     */
    static final int REGISTRATIONS = 4;

    private static final Set<String> PROGRAMME_TABLES = Set.of("conference", "conference_day", "person",
            "person_other_name", "programme_session", "session_chair", "contribution", "contribution_speaker",
            "ambassador", "registration_settings");
    private static final Set<String> UNTRACKED = Set.of("booking", "workshop_seat", "mail_outbox", "api_token",
            "data_change", "flyway_schema_history");

    /** The table an INSERT, UPDATE, DELETE, MERGE or REPLACE writes to, however jOOQ quoted its name. */
    private static final Pattern WRITE = Pattern.compile("^\\s*(?:insert(?:\\s+ignore)?\\s+into|update(?:\\s+ignore)?"
            + "|delete\\s+from|merge\\s+into|replace\\s+into)\\s+[`\"]?(?:\\w+[`\"]?\\.[`\"]?)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    /** A data change delta table, whose statement writes: {@code final table (}, {@code new table (}, … */
    private static final Pattern DELTA = Pattern.compile("\\b(?:final|new|old)\\s+table\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private DataChanges() {
    }

    /** The scopes the statement (or each of the batch's) changes; 0 for a read. */
    static int of(String sql, String[] batch) {
        int scopes = 0;
        if (batch != null && batch.length > 0) {
            for (String each : batch) {
                scopes |= of(each);
            }
            return scopes;
        }
        return of(sql);
    }

    static int of(String sql) {
        if (sql == null || sql.isEmpty()) {
            return 0;
        }
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        if (i >= sql.length()) {
            return 0;
        }
        char first = Character.toLowerCase(sql.charAt(i));
        if (first == 's' && sql.contains("table (")) {
            // H2's INSERT … RETURNING, as jOOQ writes it: select … from final table (insert into registration …)
            Matcher delta = DELTA.matcher(sql);
            return delta.find() ? of(sql.substring(delta.end())) : 0;
        }
        if (first != 'i' && first != 'u' && first != 'd' && first != 'm' && first != 'r') {
            return 0; // select, with, set, call…: the cheap test first, on every statement
        }
        Matcher m = WRITE.matcher(sql);
        return m.find() ? ofTable(m.group(1)) : 0;
    }

    static int ofTable(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        if (UNTRACKED.contains(t)) {
            return 0;
        }
        if (t.equals("registration")) {
            return REGISTRATIONS | EVERYTHING;
        }
        return PROGRAMME_TABLES.contains(t) ? PROGRAMME | EVERYTHING : EVERYTHING;
    }

    /** Raises the stamps of the scopes, in the connection's transaction (one statement, rows in key order). */
    static void raise(Connection connection, int scopes) throws SQLException {
        StringBuilder names = new StringBuilder("'everything'"); // every scope's write is one of everything's
        if ((scopes & PROGRAMME) != 0) {
            names.append(", 'programme'");
        }
        if ((scopes & REGISTRATIONS) != 0) {
            names.append(", 'registrations'");
        }
        String sql = "update data_change set stamp = stamp + 1 where scope_name in (" + names + ")";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.executeUpdate();
        }
    }
}
