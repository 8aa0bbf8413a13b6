package gr.etwinning.synedrio.adapter.out.files.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The project's one CSV reader: CSV as spreadsheets, survey tools and meeting platforms write it (RFC 4180 and the
 * ways it is bent in practice), read record by record so that a file of a million lines needs no more memory than
 * its longest record.
 *
 * <ul>
 *   <li>Encoding, from the first bytes: UTF-8 with or without a byte-order mark, UTF-16 LE or BE with a byte-order
 *       mark (Excel's "Unicode text", Teams' attendance lists), or UTF-16 without one when the first character is
 *       ASCII. Bytes that are not valid in the encoding are refused, naming the line.</li>
 *   <li>Separator: comma, semicolon (Excel in Greek and most European locales) or tab, whichever the header line
 *       uses most outside quotes; or the one the caller gives.</li>
 *   <li>Fields in double quotes may hold separators, line breaks and doubled quotes; spaces around a quoted field
 *       are ignored; a quote inside an unquoted field is kept as written. A quote left open is refused naming the
 *       line where it opened; text after a closing quote is refused naming its line.</li>
 *   <li>Lines end with LF, CRLF or CR. Blank lines (only separators and spaces) are skipped. Each record carries
 *       the line it starts on.</li>
 *   <li>With {@link Options#toleratePadding()}, empty fields at the end of a record are dropped, for exports that
 *       pad every line with separators up to the widest one.</li>
 * </ul>
 *
 * Not thread-safe; close it (or the stream of {@link #records()}) to close the input.
 */
public final class CsvReader implements Closeable {

    /** Longer fields are refused: it is nearly always a quote left open swallowing the rest of the file. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    /** How much of the file's beginning is looked at to find the separator. */
    private static final int MAX_HEADER_SCAN = 1 << 16;

    private static final int END = -1;
    private static final int MALFORMED = -2;
    private static final int NONE = -3;

    /**
     * What the caller knows: the separator ({@code null}: found from the header line), whether trailing empty
     * fields are padding to drop, and the longest field accepted.
     */
    public record Options(Character separator, boolean padding, int maxFieldChars) {

        public Options {
            if (separator != null && separator != ',' && separator != ';' && separator != '\t') {
                throw new IllegalArgumentException("a CSV separator is ',', ';' or a tab, not '" + separator + "'");
            }
            if (maxFieldChars < 1) {
                throw new IllegalArgumentException("'maxFieldChars' must be positive");
            }
        }

        /** Separator from the header line, no padding, fields up to {@link #MAX_FIELD_CHARS}. */
        public static Options defaults() {
            return new Options(null, false, MAX_FIELD_CHARS);
        }

        public Options withSeparator(char separator) {
            return new Options(separator, padding, maxFieldChars);
        }

        public Options toleratePadding() {
            return new Options(separator, true, maxFieldChars);
        }

        public Options withMaxFieldChars(int max) {
            return new Options(separator, padding, max);
        }
    }

    private final CharSource source;
    private final Options options;
    private final String encoding;
    private final StringBuilder field = new StringBuilder();
    private StringBuilder head;
    private int headAt;
    private char separator;
    private int pushed = NONE;
    private int line = 1;
    private boolean ended;

    private CsvReader(CharSource source, String encoding, Options options) {
        this.source = source;
        this.encoding = encoding;
        this.options = options;
        if (options.separator() != null) {
            separator = options.separator();
        } else {
            separator = detectSeparator();
        }
    }

    /** Reads bytes, finding their encoding from the byte-order mark (UTF-8 without one). */
    public static CsvReader open(InputStream in) {
        return open(in, Options.defaults());
    }

    /**
     * Reads bytes, finding their encoding from the byte-order mark; without one, UTF-8 — unless the file's beginning
     * is not UTF-8 but reads as Greek in Windows-1253, which is what Excel in Greek writes for "CSV (comma
     * delimited)": then that ({@link #encoding()} says so).
     */
    public static CsvReader open(InputStream in, Options options) {
        PushbackInputStream pushback = new PushbackInputStream(in, LEGACY_SNIFF);
        try {
            byte[] first = new byte[3];
            int n = readFully(pushback, first);
            Charset charset = StandardCharsets.UTF_8;
            String name = "UTF-8";
            int bom = 0;
            if (n >= 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF) {
                bom = 3;
                name = "UTF-8 with a byte-order mark";
            } else if (n >= 2 && (first[0] & 0xFF) == 0xFF && (first[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
                name = "UTF-16LE";
            } else if (n >= 2 && (first[0] & 0xFF) == 0xFE && (first[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
                name = "UTF-16BE";
            } else if (n >= 2 && first[0] == 0 && first[1] != 0) {
                charset = StandardCharsets.UTF_16BE;
                name = "UTF-16BE";
            } else if (n >= 2 && first[0] != 0 && first[1] == 0) {
                charset = StandardCharsets.UTF_16LE;
                name = "UTF-16LE";
            }
            if (n > bom) {
                pushback.unread(first, bom, n - bom);
            }
            if (bom == 0 && charset == StandardCharsets.UTF_8) {
                byte[] sniff = new byte[LEGACY_SNIFF];
                int m = readFully(pushback, sniff);
                pushback.unread(sniff, 0, m);
                if (looksLikeGreekWindows1253(sniff, m)) {
                    charset = WINDOWS_1253;
                    name = "Windows-1253 (Excel's \"CSV\" in Greek)";
                }
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CsvReader(new DecodingSource(pushback, decoder), name, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Charset WINDOWS_1253 = Charset.forName("windows-1253");

    /** How much of a file without a byte-order mark is looked at to tell UTF-8 from Excel's Greek "ANSI". */
    private static final int LEGACY_SNIFF = 1 << 16;

    private static int readFully(InputStream in, byte[] into) throws IOException {
        int n = 0;
        while (n < into.length) {
            int r = in.read(into, n, into.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /**
     * Whether bytes that are not UTF-8 are Greek text in Windows-1253: not valid UTF-8 (a sequence cut by the end
     * of the sample aside), and the bytes above 0x7F are mostly that code page's Greek letters (0xB8–0xFE) standing
     * in words — runs of three or more, as Greek words are written wholly in them. Latin-1 text, whose accented
     * letters fall in the same range but stand alone among ASCII letters ("été"), is not taken for Greek and is
     * refused as not UTF-8.
     */
    static boolean looksLikeGreekWindows1253(byte[] bytes, int length) {
        int high = 0;
        int inGreekWords = 0;
        int run = 0;
        for (int i = 0; i <= length; i++) {
            int b = i < length ? bytes[i] & 0xFF : 0;
            boolean letter = b >= 0xB8 && b <= 0xFE && b != 0xD2;
            if (b >= 0x80) {
                high++;
            }
            if (letter) {
                run++;
            } else {
                if (run >= 3) {
                    inGreekWords += run;
                }
                run = 0;
            }
        }
        if (high == 0 || inGreekWords * 10 < high * 7) {
            return false;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, 0, length);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1024);
        while (true) {
            java.nio.charset.CoderResult r = utf8.decode(in, out, length < bytes.length);
            if (r.isError()) {
                return true;
            }
            if (r.isUnderflow()) {
                return false;
            }
            out.clear();
        }
    }

    /** Reads text already decoded; a leading byte-order mark is skipped. */
    public static CsvReader of(Reader in, Options options) {
        ReaderSource source = new ReaderSource(in);
        return new CsvReader(source, "text", options);
    }

    /** Reads text already decoded; a leading byte-order mark is skipped. */
    public static CsvReader of(String text, Options options) {
        return of(new StringReader(text), options);
    }

    /** The separator in use: the caller's, or the one the header line uses. */
    public char separator() {
        return separator;
    }

    /** The encoding read: "UTF-8", "UTF-8 with a byte-order mark", "UTF-16LE", "UTF-16BE", or "text". */
    public String encoding() {
        return encoding;
    }

    /** The next record that is not blank, or {@code null} at the end of the file. */
    public CsvRecord next() {
        while (!ended) {
            int start = line;
            List<String> fields = readRecord();
            if (fields == null) {
                break;
            }
            if (options.padding()) {
                int size = fields.size();
                while (size > 1 && fields.get(size - 1).isEmpty()) {
                    size--;
                }
                fields = fields.subList(0, size);
            }
            CsvRecord record = new CsvRecord(start, fields);
            if (!record.isBlank()) {
                return record;
            }
        }
        return null;
    }

    /** Every remaining record that is not blank, read as the stream is consumed; closing the stream closes this. */
    public Stream<CsvRecord> records() {
        Iterator<CsvRecord> iterator = new Iterator<>() {
            private CsvRecord next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = CsvReader.this.next();
                }
                return next != null;
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of the next record, or {@code null} at the end of the file. */
    private List<String> readRecord() {
        int c = read();
        if (c == END) {
            ended = true;
            return null;
        }
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        while (true) {
            if (c == END) {
                if (quoted) {
                    throw new CsvFormatException(quoteLine, "a quote opens a field here that is never closed; a"
                            + " quote inside a quoted field is written twice (\"\")");
                }
                fields.add(field.toString());
                ended = true;
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"', quoteLine);
                        c = read();
                    } else {
                        quoted = false;
                        wasQuoted = true;
                        c = d;
                    }
                    continue;
                }
                append((char) c, quoteLine);
                run('"');
                if (c == '\n') {
                    line++;
                    c = read();
                } else if (c == '\r') {
                    c = read();
                    if (c != '\n') {
                        line++;
                    }
                } else {
                    c = read();
                }
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                c = read();
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushed = d;
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            }
            if (wasQuoted) {
                if (c == ' ' || c == '\t') {
                    c = read();
                    continue;
                }
                throw new CsvFormatException(line, "text after a closing quote; a quote inside a quoted field is"
                        + " written twice (\"\")");
            }
            if (c == '"' && isBlank(field)) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
                c = read();
                continue;
            }
            append((char) c, line);
            run(separator);
            c = read();
        }
    }

    /**
     * Appends to the field, at once, the characters already decoded up to the next {@code stop}, quote or line
     * end (which {@link #read} then gives one by one as before): most of a file's characters are plain.
     */
    private void run(char stop) {
        if (pushed == NONE && head == null) {
            source.readRun(field, stop, options.maxFieldChars() - field.length());
        }
    }

    private void append(char c, int fieldLine) {
        if (field.length() >= options.maxFieldChars()) {
            throw new CsvFormatException(fieldLine, "a field longer than " + options.maxFieldChars()
                    + " characters starts here; is a closing quote missing?");
        }
        field.append(c);
    }

    private static boolean isBlank(StringBuilder s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The next character: first those set aside while finding the separator, then the source's. */
    private int read() {
        if (pushed != NONE) {
            int p = pushed;
            pushed = NONE;
            return p;
        }
        int c;
        if (head != null && headAt < head.length()) {
            c = head.charAt(headAt++);
        } else {
            head = null;
            c = source.read();
        }
        if (c == MALFORMED) {
            throw new CsvFormatException(line, "the file is not " + (encoding.startsWith("UTF-16") ? encoding
                    : "UTF-8") + " from here on; save it as UTF-8 (in Excel: \"CSV UTF-8\")");
        }
        return c;
    }

    /**
     * Reads the file's first non-blank line (keeping what it read for the records) and counts separators outside
     * quotes: a tab if tabs are the most, else a semicolon if there are at least as many as commas, else a comma.
     */
    private char detectSeparator() {
        head = new StringBuilder();
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        while (head.length() < MAX_HEADER_SCAN) {
            int c = source.read();
            if (c == END || c == MALFORMED) {
                // an undecodable byte is reported by read() once the characters before it are read: the
                // source keeps answering MALFORMED
                break;
            }
            head.append((char) c);
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
                semicolons = 0;
                commas = 0;
                tabs = 0;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                content |= !Character.isWhitespace(c) && c != ';' && c != ',';
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** Appends {@code chars[from, …)} up to the first stop, quote or line end, {@code room} at most; the new index. */
    private static int run(char[] chars, int from, int to, StringBuilder into, char stop, int room) {
        int end = Math.min(to, from + Math.max(room, 0));
        int i = from;
        while (i < end) {
            char c = chars[i];
            if (c == stop || c == '"' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        into.append(chars, from, i - from);
        return i;
    }

    private interface CharSource extends Closeable {
        /** A character, {@link #END}, or {@link #MALFORMED} (for good) when the bytes cannot be decoded. */
        int read();

        /**
         * Appends the characters already decoded, up to {@code room} of them, that come before the next {@code stop},
         * {@code "}, {@code \n} or {@code \r}; reads nothing more from the file.
         */
        void readRun(StringBuilder into, char stop, int room);
    }

    private static final class ReaderSource implements CharSource {
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int at;
        private int size;
        private boolean first = true;

        ReaderSource(Reader in) {
            this.in = in;
        }

        @Override
        public int read() {
            if (at == size) {
                try {
                    size = in.read(buffer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                at = 0;
                if (size <= 0) {
                    size = 0;
                    return END;
                }
            }
            char c = buffer[at++];
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return read();
                }
            }
            return c;
        }

        @Override
        public void readRun(StringBuilder into, char stop, int room) {
            at = CsvReader.run(buffer, at, size, into, stop, room);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Decodes bytes itself, so that an undecodable byte is noticed exactly where the characters before it end. */
    private static final class DecodingSource implements CharSource {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private boolean eof;
        private boolean flushed;
        private boolean malformed;

        DecodingSource(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
            bytes.limit(0);
            chars.limit(0);
        }

        /** The decoded characters, read from the array itself (not through the buffer's checks) up to {@code end}. */
        private final char[] array = chars.array();
        private int at;
        private int end;

        @Override
        public int read() {
            if (at < end) {
                return array[at++];
            }
            fill();
            at = chars.position();
            end = chars.limit();
            if (at >= end) {
                return malformed ? MALFORMED : END;
            }
            return array[at++];
        }

        @Override
        public void readRun(StringBuilder into, char stop, int room) {
            at = CsvReader.run(array, at, end, into, stop, room);
        }

        private void fill() {
            chars.clear();
            try {
                while (!malformed && !flushed) {
                    CoderResult result = decoder.decode(bytes, chars, eof);
                    if (result.isError()) {
                        malformed = true;
                        break;
                    }
                    if (result.isOverflow()) {
                        break;
                    }
                    if (eof) {
                        if (decoder.flush(chars).isOverflow()) {
                            break;
                        }
                        flushed = true;
                        break;
                    }
                    if (chars.position() > 0) {
                        break;
                    }
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chars.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
