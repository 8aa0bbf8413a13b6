package gr.etwinning.synedrio.adapter.in.web;

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
        this.mapper = new ObjectMapper()
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
        String body = ctx.body();
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
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " "), "body");
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
