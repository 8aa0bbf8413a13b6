package gr.etwinning.synedrio.adapter.in.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte-order mark; comma, semicolon (Excel in Greek
 * and most European locales) or tab, whichever the header line uses; fields in double quotes may hold separators,
 * line breaks and doubled quotes.
 */
final class Csv {

    /** A record of the file and the line it starts on (1 = the first line). */
    record Record(int line, List<String> fields) {
    }

    private Csv() {
    }

    /** UTF-8 text without its byte-order mark; {@code null} if the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The separator the first line uses most, outside quotes: ';', ',' or a tab. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /**
     * The records of the text, blank lines left out. A quote left open runs to the end of the file, and is refused
     * naming the line where it opened.
     */
    static List<Record> parse(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
                quoteLine = line;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else if (fieldWasQuoted && !Character.isWhitespace(c)) {
                throw new RefusedException("line " + line + ": text after a closing quote; a quote inside a "
                        + "quoted field is written twice (\"\")");
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new RefusedException("line " + quoteLine + ": a quote opens a field that never closes");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, recordLine, fields);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        records.add(new Record(line, List.copyOf(fields)));
    }

    /**
     * One record as a line, each field quoted when it holds the separator, a quote or a line break. A field that a
     * spreadsheet would run as a formula (starting with =, +, -, @) gets a leading apostrophe, so that a name typed
     * by the public cannot execute in an operator's Excel.
     */
    static String line(List<String> fields, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                f = "'" + f;
            }
            if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.append("\r\n").toString();
    }

    /** A field as read, with the apostrophe that {@link #line} puts before formula-like text taken off again. */
    static String unguard(String field) {
        if (field.length() > 1 && field.charAt(0) == '\'' && "=+-@".indexOf(field.charAt(1)) >= 0) {
            return field.substring(1);
        }
        return field;
    }
}
