package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.adapter.json.StrictJson;

import gr.etwinning.synedrio.adapter.json.JsonMistakes;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gr.etwinning.synedrio.domain.DomainException;
import io.javalin.http.Context;


/** JSON in and out of the API, with errors that say where the body is wrong. */
public final class WebJson {

    private final ObjectMapper mapper;

    public WebJson() {
        this.mapper = StrictJson.strict(new ObjectMapper())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The request body as a {@code type}, or a 400 problem naming the place and the reason. */
    public <T> T read(Context ctx, Class<T> type) {
        String body = text(ctx);
        if (body.isBlank()) {
            throw ApiProblem.badRequest("the request has no body; send the " + type.getSimpleName()
                    .replace("Data", "").toLowerCase(java.util.Locale.ROOT) + " as JSON", "body");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiProblem.badRequest("the body is JSON null; send an object", "body");
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw ApiProblem.badRequest(path(e) + ": " + rootMessage(e), path(e));
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badRequest("unknown field '" + e.getPropertyName() + "' at " + path(e)
                    + where(e.getLocation()), path(e));
        } catch (JsonMappingException e) {
            throw ApiProblem.badRequest("wrong value at " + path(e) + where(e.getLocation()) + ": "
                    + JsonMistakes.describe(e), path(e));
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            String field = field(e);
            throw ApiProblem.badRequest("wrong value at " + field + where(e.getLocation()) + ": the number is out "
                    + "of range", field);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON" + where(e.getLocation()) + ": "
                    + JsonMistakes.parserSays(e.getOriginalMessage()), "body");
        }
    }

    /** The value as a JSON document for {@link DocumentCache}. */
    public DocumentCache.Document document(Object value) {
        try {
            return new DocumentCache.Document(mapper.writeValueAsBytes(value), "application/json; charset=utf-8",
                    java.util.Map.of(), "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The request body's bytes; a body shorter than its {@code Content-Length} is a 400 (or a 408 when it never
     * arrives), never a 500.
     */
    public static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (Exception e) { // Javalin (Kotlin) throws Jetty's EofException undeclared
            // The client announced more than it sent: it closed its side, or stopped sending until the server gave up.
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException) {
                    throw new ApiProblem(408, "request-timeout", "The request's body did not arrive",
                            "the body announced by Content-Length did not arrive in time", "body");
                }
                if (t instanceof java.io.IOException) {
                    throw ApiProblem.badRequest("the body ended before the length its Content-Length announced",
                            "body");
                }
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot read the body", e);
        }
    }

    /**
     * The request body as UTF-8 text, decoded strictly: bytes that are not UTF-8 are refused with 400 naming the
     * JSON field that holds them (or the body), never stored as U+FFFD.
     */
    public static String text(Context ctx) {
        byte[] bytes = bytes(ctx);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            String field = fieldWithReplacement(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            throw ApiProblem.badRequest((field.equals("body") ? "the body" : "the value of " + field)
                    + " is not UTF-8 text: send JSON (and any text) encoded as UTF-8", field);
        }
    }

    /** The JSON path of the first text holding U+FFFD (where undecodable bytes were), or {@code body}. */
    private static String fieldWithReplacement(String lenient) {
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(lenient)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && p.getText().indexOf('\uFFFD') >= 0) {
                    return dotted(p.getParsingContext());
                }
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && p.getText().indexOf('\uFFFD') >= 0) {
                    return dotted(p.getParsingContext().getParent()); // the name itself: its object is named
                }
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // not JSON at all: the body as a whole is named
        }
        return "body";
    }

    /** The field being read when the parser stopped, as {@code a.b[2].c}, or {@code body}. */
    private static String field(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
            return dotted(p.getParsingContext());
        }
        return "body";
    }

    private static String dotted(com.fasterxml.jackson.core.JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return path.length() == 0 ? "body" : path.toString().replaceFirst("^\\.", "");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().isEmpty() ? "body" : JsonMistakes.path(e);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
