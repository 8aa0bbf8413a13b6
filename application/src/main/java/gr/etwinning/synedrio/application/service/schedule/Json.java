package gr.etwinning.synedrio.application.service.schedule;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer, enough for schedule.json and written with the JDK only, so that the application
 * layer needs no JSON library. Every value read remembers where it stood (line and column) and its path from the
 * root ({@code $.schedule.conference.days[0]}), so that a refusal says exactly where the file is wrong. The writer
 * indents by two spaces and keeps the order of object members, so the same value always gives the same bytes.
 */
final class Json {

    private Json() {
    }

    /** A JSON value with where it was read. {@code value} is null, Boolean, BigDecimal, String, List or Map. */
    record Node(Object value, String path, int line, int column) {

        boolean isNull() {
            return value == null;
        }

        String where() {
            return path + " (line " + line + ", column " + column + ")";
        }

        InvalidValueException error(String source, String message) {
            return new InvalidValueException(path, source + ":" + line + ":" + column + ": at " + path + ": "
                    + message);
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> object(String source) {
            if (value instanceof Map<?, ?> m) {
                return (Map<String, Node>) m;
            }
            throw error(source, "expected an object { … }, found " + kind());
        }

        @SuppressWarnings("unchecked")
        List<Node> array(String source) {
            if (value instanceof List<?> l) {
                return (List<Node>) l;
            }
            throw error(source, "expected a list [ … ], found " + kind());
        }

        String text(String source) {
            if (value instanceof String s) {
                return s;
            }
            throw error(source, "expected a text, found " + kind());
        }

        long number(String source) {
            if (value instanceof BigDecimal d) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    throw error(source, "expected a whole number, found " + d);
                }
            }
            throw error(source, "expected a number, found " + kind());
        }

        String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "a text";
            }
            if (value instanceof BigDecimal) {
                return "a number";
            }
            if (value instanceof Boolean) {
                return "true/false";
            }
            return value instanceof List ? "a list" : "an object";
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    static Node parse(String text, String source) {
        Parser p = new Parser(text, source);
        p.skipSpace();
        Node root = p.value("$");
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "' after the end of the JSON value");
        }
        return root;
    }

    private static final class Parser {
        private final String s;
        private final String source;
        private int pos;
        private int line = 1;
        private int lineStart;
        private int depth;

        Parser(String s, String source) {
            this.s = s;
            this.source = source;
        }

        InvalidValueException error(String message) {
            return new InvalidValueException(source, source + ":" + line + ":" + (pos - lineStart + 1)
                    + ": not valid JSON: " + message);
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    line++;
                    lineStart = pos + 1;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        Node value(String path) {
            if (pos >= s.length()) {
                throw error("the file ends where a value was expected");
            }
            int l = line;
            int col = pos - lineStart + 1;
            char c = s.charAt(pos);
            if (++depth > 200) {
                throw error("nested too deeply");
            }
            try {
                switch (c) {
                    case '{': return new Node(object(path), path, l, col);
                    case '[': return new Node(array(path), path, l, col);
                    case '"': return new Node(string(), path, l, col);
                    case 't': literal("true"); return new Node(Boolean.TRUE, path, l, col);
                    case 'f': literal("false"); return new Node(Boolean.FALSE, path, l, col);
                    case 'n': literal("null"); return new Node(null, path, l, col);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9')) {
                            return new Node(number(), path, l, col);
                        }
                        throw error("unexpected '" + c + "' where a value was expected");
                }
            } finally {
                depth--;
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, pos)) {
                throw error("unexpected text where a value was expected");
            }
            pos += word.length();
        }

        private Map<String, Node> object(String path) {
            Map<String, Node> members = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return members;
            }
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw error("expected a member name in double quotes");
                }
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                String childPath = name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? path + "." + name
                        : path + "[\"" + name + "\"]";
                if (members.put(name, value(childPath)) != null) {
                    throw error("member \"" + name + "\" is given twice");
                }
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return members;
            }
        }

        private List<Node> array(String path) {
            List<Node> items = new ArrayList<>();
            pos++;
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return items;
            }
            while (true) {
                skipSpace();
                items.add(value(path + "[" + items.size() + "]"));
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return items;
            }
        }

        private void expect(char c) {
            if (pos >= s.length()) {
                throw error("the file ends where '" + c + "' was expected");
            }
            if (s.charAt(pos) != c) {
                throw error("expected '" + c + "' but found '" + s.charAt(pos) + "'");
            }
            pos++;
        }

        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("a text is not closed with '\"'");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw error("a text ends inside an escape");
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"': out.append('"'); break;
                        case '\\': out.append('\\'); break;
                        case '/': out.append('/'); break;
                        case 'b': out.append('\b'); break;
                        case 'f': out.append('\f'); break;
                        case 'n': out.append('\n'); break;
                        case 'r': out.append('\r'); break;
                        case 't': out.append('\t'); break;
                        case 'u':
                            if (pos + 4 > s.length() || !s.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                                throw error("\\u must be followed by four hexadecimal digits");
                            }
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                            break;
                        default:
                            throw error("unknown escape \\" + e);
                    }
                } else if (c < 0x20) {
                    throw error("a text holds a raw control character (code " + (int) c + "); write it escaped");
                } else {
                    out.append(c);
                }
            }
        }

        private BigDecimal number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String n = s.substring(start, pos);
            if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw error("'" + n + "' is not a number");
            }
            return new BigDecimal(n);
        }
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** Writes a value built of null, Boolean, Number, String, List and Map (in its iteration order). */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof String str) {
            string(str, out);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                pad(out, indent + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, indent + 1);
            }
            out.append('\n');
            pad(out, indent);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "\n" : ",\n");
                first = false;
                pad(out, indent + 1);
                write(item, out, indent + 1);
            }
            out.append('\n');
            pad(out, indent);
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
