package gr.etwinning.synedrio.adapter.out.files.schedule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with Jackson's streaming parser into a tree whose every value remembers where it stood (line
 * and column) and its path from the root ({@code $.schedule.conference.days[0]}), so that a refusal says exactly
 * where the file is wrong — which Jackson's own trees forget.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

    private JsonTree() {
    }

    /** A JSON value with where it was read. {@code value} is null, Boolean, BigDecimal, String, List or Map. */
    record Node(Object value, String path, int line, int column) {

        boolean isNull() {
            return value == null;
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

    /** The document's root value; a text that is not JSON is refused naming the file, line and column. */
    static Node parse(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new InvalidValueException(source, source + ":1:1: not valid JSON: the file is empty");
            }
            Node root = value(p, "$");
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new InvalidValueException(source, source + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": not valid JSON: more text after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":";
            throw new InvalidValueException(source, source + ":" + where + " not valid JSON: "
                    + parserSays(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parser's own words without its notation of the source: for a value left open, Jackson names where it
     * opened as {@code [Source: REDACTED (…INCLUDE_SOURCE_IN_LOCATION disabled); line: 1, column: 1]}, the place
     * told in the parser's terms. (adapter-json's JsonMistakes does the same for the web and command line; a file
     * format may not use it.)
     */
    static String parserSays(String message) {
        return message.replaceAll("\\s+", " ")
                .replaceAll("\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll(" ?(at )?\\[Source: .*?; line: \\d+, column: \\d+\\]", "")
                .strip();
    }

    /** The value whose first token the parser stands on. */
    private static Node value(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        Object value = switch (token) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    String childPath = name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? path + "." + name
                            : path + "[\"" + name + "\"]";
                    members.put(name, value(p, childPath));
                }
                yield members;
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                yield items;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new InvalidValueException(path, "unexpected " + token + " at " + path);
        };
        return new Node(value, path, line, column);
    }
}
