package gr.etwinning.synedrio.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Collection;
import java.util.Iterator;

/**
 * Writes many rows into a MariaDB table with {@code LOAD DATA LOCAL INFILE}, the rows streamed from memory through
 * Connector/J ({@code setLocalInfileInputStream}), not from a file: the server's fastest way in, several times the
 * rate of multi-row inserts (which it must parse and plan), in the caller's transaction like any statement — so it is
 * rolled back with it, and run again with it when a transaction is retried (the rows are still in memory).
 *
 * <p>The server does not stop a {@code LOCAL} load at a bad row: it skips a duplicate key and truncates a bad value
 * with a warning. Synedrio's rows are its own (keys unique, values typed), and any warning, or fewer rows than
 * sent, fails the statement here, so the transaction writes all or nothing as with inserts. A server that refuses
 * {@code LOCAL} loads ({@code local_infile=OFF}) is answered by {@link #refused}: the caller inserts instead.
 */
final class LoadData {

    /** Writes one row's fields, in the order of the columns named. */
    interface Writer<T> {
        void write(T row, Fields out);
    }

    private LoadData() {
    }

    /** Whether the exception says the server does not take {@code LOAD DATA LOCAL} (error 1148, or 4166). */
    static boolean refused(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 1148 || s.getErrorCode() == 4166
                    || s.getErrorCode() == 3948)) {
                return true;
            }
        }
        return false;
    }

    /** Loads every row into {@code table (columns)}. */
    static <T> void load(Connection c, String table, String columns, Collection<T> rows, Writer<T> writer)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        stream(c, table, columns, rows.iterator(), writer);
    }

    /**
     * Loads the rows an iterator gives, as one statement that the server reads while the iterator goes on (an
     * import's rows as its reader checks them), until {@code hasNext} answers false; returns how many were loaded.
     * The iterator must not throw: a producer that fails ends the rows and says so to its caller otherwise.
     */
    static <T> long stream(Connection c, String table, String columns, Iterator<T> rows, Writer<T> writer)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            RowStream<T> stream = new RowStream<>(rows, writer);
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(stream);
            long loaded = s.executeLargeUpdate("load data local infile 'synedrio-" + table + "' into table " + table
                    + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n'"
                    + " (" + columns + ")");
            if (stream.failure instanceof RuntimeException e) {
                throw e; // the rows ended there; the caller's transaction rolls back what was loaded
            }
            if (stream.failure instanceof Error e) {
                throw e;
            }
            SQLWarning warning = s.getWarnings();
            if (warning != null || loaded != stream.written) {
                // A key stored meanwhile by another transaction is a duplicate key, as an insert would say (23000,
                // 1062), so that the caller's transaction is run again as it would be after an insert.
                boolean duplicate = warning != null && warning.getErrorCode() == 1062;
                throw new SQLException("loading " + stream.written + " rows into " + table + " stored " + loaded
                        + (warning == null ? "" : ": " + warning.getMessage()), duplicate ? "23000" : null,
                        duplicate ? 1062 : 0);
            }
            return loaded;
        }
    }

    /**
     * The fields of one row, as LOAD DATA reads them: tab-separated, backslash-escaped, \\N for null; written
     * straight into UTF-8 bytes (no text built first and encoded after).
     */
    static final class Fields {
        private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
        private static final byte[] NULL = {'\\', 'N'};
        private byte[] out = new byte[1 << 16];
        private int size;
        private boolean first = true;

        Fields add(long value) {
            separate();
            number(value);
            return this;
        }

        /** The digits of a number, with its sign. */
        private void number(long value) {
            if (value == Long.MIN_VALUE) {
                put(MIN_LONG);
                return;
            }
            room(20);
            if (value < 0) {
                out[size++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                out[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
        }

        Fields add(Long value) {
            return value == null ? addNull() : add(value.longValue());
        }

        /** A date and time as {@code yyyy-MM-dd HH:mm:ss.ffffff}, which MariaDB reads into a DATETIME(n). */
        Fields add(java.time.LocalDateTime value) {
            if (value == null) {
                return addNull();
            }
            separate();
            int year = value.getYear();
            if (year < 1000 || year > 9999) {
                put((value.toLocalDate() + " ").getBytes(StandardCharsets.US_ASCII));
            } else {
                room(11);
                digits(year, 4);
                out[size++] = '-';
                digits(value.getMonthValue(), 2);
                out[size++] = '-';
                digits(value.getDayOfMonth(), 2);
                out[size++] = ' ';
            }
            room(15);
            digits(value.getHour(), 2);
            out[size++] = ':';
            digits(value.getMinute(), 2);
            out[size++] = ':';
            digits(value.getSecond(), 2);
            out[size++] = '.';
            digits(value.getNano() / 1_000, 6);
            return this;
        }

        /** {@code n} (not negative) in exactly {@code width} digits, zeros first (the room is there). */
        private void digits(int n, int width) {
            for (int i = size + width - 1; i >= size; i--) {
                out[i] = (byte) ('0' + n % 10);
                n /= 10;
            }
            size += width;
        }

        Fields add(Object value) {
            if (value == null) {
                return addNull();
            }
            separate();
            // encoded here, straight into the buffer: String.getBytes made two arrays per value (a million names and
            // addresses per national import) only to have them copied in here
            String text = value.toString();
            int n = text.length();
            room(3 * n); // the most a character takes: 3 bytes (a surrogate pair: 4 for 2), an escape: 2
            byte[] o = out;
            int at = size;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> { o[at++] = '\\'; o[at++] = '\\'; }
                        case '\t' -> { o[at++] = '\\'; o[at++] = 't'; }
                        case '\n' -> { o[at++] = '\\'; o[at++] = 'n'; }
                        case '\r' -> { o[at++] = '\\'; o[at++] = 'r'; }
                        case 0 -> { o[at++] = '\\'; o[at++] = '0'; }
                        default -> o[at++] = (byte) c;
                    }
                } else if (c < 0x800) {
                    o[at++] = (byte) (0xC0 | c >> 6);
                    o[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    o[at++] = (byte) (0xF0 | cp >> 18);
                    o[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    o[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    o[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    o[at++] = '?'; // half a pair, as String.getBytes writes it
                } else {
                    o[at++] = (byte) (0xE0 | c >> 12);
                    o[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    o[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            size = at;
            return this;
        }

        /**
         * Merged intervals {@code [s0, e0, s1, e1, …]} as {@code Presence#encode} writes them ({@code s0+l0;s1+l1}),
         * without making the text first.
         */
        Fields addIntervals(long[] merged) {
            separate();
            gr.etwinning.synedrio.domain.attendance.Presence.encode(merged, intervals);
            return this;
        }

        /** Presence's pieces written straight into this row's bytes. */
        private final gr.etwinning.synedrio.domain.attendance.Presence.EncodingSink intervals =
                new gr.etwinning.synedrio.domain.attendance.Presence.EncodingSink() {
                    @Override
                    public void number(long n) {
                        Fields.this.number(n);
                    }

                    @Override
                    public void mark(char c) {
                        room(1);
                        out[size++] = (byte) c;
                    }
                };

        private Fields addNull() {
            separate();
            put(NULL);
            return this;
        }

        private void put(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, out, size, bytes.length);
            size += bytes.length;
        }

        private void separate() {
            if (!first) {
                room(1);
                out[size++] = '\t';
            }
            first = false;
        }

        void end() {
            room(1);
            out[size++] = '\n';
            first = true;
        }

        private void room(int bytes) {
            if (size + bytes > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + bytes));
            }
        }

        /** The bytes written so far, as text (for tests). */
        @Override
        public String toString() {
            return new String(out, 0, size, StandardCharsets.UTF_8);
        }
    }

    /**
     * The most bytes one read gives the driver: MariaDB Connector/J reads the stream 8,192 bytes at a time and sends
     * each read as a packet from its 8,192-byte buffer, whose first 4 bytes are the packet's header. A full read does
     * not fit: the driver then allocates a 128 KiB buffer for the packet and a new 8 KiB one after it — 136 KiB
     * allocated and zeroed for every 8 KiB sent (3 GiB for a million registrations). 4 bytes fewer fit.
     */
    static final int DRIVER_PACKET_ROOM = 8192 - 4;

    /** The rows as UTF-8 text, a few hundred at a time: never the whole load in memory twice. */
    static final class RowStream<T> extends InputStream {
        private static final int ROWS = 256;
        private final Iterator<T> rows;
        private final Writer<T> writer;
        private final Fields fields = new Fields();
        private int at;
        /** How many rows were written into the stream. */
        private long written;

        RowStream(Iterator<T> rows, Writer<T> writer) {
            this.rows = rows;
            this.writer = writer;
        }

        /**
         * A failure of the rows' producer or of their writing: it ends the stream (the driver then ends the statement
         * as the protocol wants, where a throw out of {@link #read} would leave the server waiting for the rest of
         * the file) and is thrown once the statement is over.
         */
        private Throwable failure;

        private boolean fill() {
            try {
                while (at >= fields.size) {
                    if (failure != null || !rows.hasNext()) {
                        return false;
                    }
                    fields.size = 0;
                    for (int n = 0; n < ROWS && rows.hasNext(); n++) {
                        writer.write(rows.next(), fields);
                        fields.end();
                        written++;
                    }
                    at = 0;
                }
                return true;
            } catch (RuntimeException | Error e) {
                failure = e;
                fields.size = 0;
                at = 0;
                return false;
            }
        }

        @Override
        public int read() {
            return fill() ? fields.out[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(Math.min(len, DRIVER_PACKET_ROOM), fields.size - at);
            System.arraycopy(fields.out, at, b, off, n);
            at += n;
            return n;
        }
    }
}
