package gr.etwinning.synedrio.adapter.in.web;

import io.javalin.http.HandlerType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/openapi.json}: an OpenAPI 3.1 document built from the routes as registered, with JSON schemas
 * derived from the records they take and return, so that it cannot fall behind the code.
 */
final class OpenApiController implements RouteContributor {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final ApiRoutes registry;

    OpenApiController(ApiRoutes registry) {
        this.registry = registry;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/api/openapi.json", Access.PUBLIC,
                ApiRoutes.Doc.of("This document: every route of the API", Map.class),
                ctx -> routes.json().write(ctx, 200, document()));
    }

    Map<String, Object> document() {
        Map<String, Object> schemas = new TreeMap<>();
        schema(ProblemWebModel.class, schemas);
        Map<String, Object> paths = new TreeMap<>();
        for (ApiRoutes.Operation op : registry.operations()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(op.path(),
                    p -> new LinkedHashMap<String, Object>());
            item.put(op.method().name().toLowerCase(Locale.ROOT), operation(op, schemas));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Synedrio API", "version", "1",
                "description", "The Panhellenic eTwinning Conference: editions, programmes and more. Writes need "
                        + "'Authorization: Bearer <token>' (synedrio token create NAME). Errors are "
                        + "application/problem+json (RFC 9457)."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas, "securitySchemes",
                Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        return doc;
    }

    private Map<String, Object> operation(ApiRoutes.Operation op, Map<String, Object> schemas) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("summary", op.doc().summary());
        o.put("operationId", operationId(op));
        List<Object> parameters = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(op.path());
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", m.group(1).equals("edition") || m.group(1).equals("contest")
                            || m.group(1).equals("number") ? "integer" : "string")));
        }
        for (ApiRoutes.QueryParam q : op.doc().query()) {
            parameters.add(Map.of("name", q.name(), "in", "query", "required", false, "description",
                    q.description(), "schema", Map.of("type", "string")));
        }
        if (op.method() == HandlerType.PUT) {
            parameters.add(Map.of("name", "If-Match", "in", "header", "required", false,
                    "description", "the ETag of the version this change is based on; a stale one gives 409",
                    "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            o.put("parameters", parameters);
        }
        if (op.access() != Access.PUBLIC) {
            o.put("security", List.of(Map.of("bearer", List.of())));
        }
        if (op.doc().requestBody() == byte[].class) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : op.doc().requestContentType().split(",")) {
                content.put(type.strip(), Map.of("schema", Map.of("type", "string", "format", "binary")));
            }
            o.put("requestBody", Map.of("required", true, "content", content));
        } else if (op.doc().requestBody() != null) {
            o.put("requestBody", Map.of("required", true, "content",
                    Map.of("application/json", Map.of("schema", schema(op.doc().requestBody(), schemas)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> body = schema(op.doc().responseBody(), schemas);
        if (op.doc().responseIsList()) {
            body = Map.of("type", "array", "items", body);
        }
        responses.put(Integer.toString(op.doc().successStatus()), Map.of("description", "success",
                "content", Map.of(op.doc().contentType(), Map.of("schema", body))));
        Map<String, Object> problem = Map.of("content", Map.of(ProblemWebModel.CONTENT_TYPE,
                Map.of("schema", Map.of("$ref", "#/components/schemas/ProblemWebModel"))));
        if (op.doc().requestBody() != null || op.path().contains("{")) {
            responses.put("400", with(problem, "malformed input, named in 'item'"));
        }
        if (op.access() != Access.PUBLIC) {
            responses.put("401", with(problem, "no token, or an unknown or revoked one"));
            responses.put("403", with(problem, op.access() == Access.REVIEW
                    ? "not a review token, or the submission is not assigned to this reviewer"
                    : "the token's scope does not allow this"));
        }
        if (op.path().contains("{")) {
            responses.put("404", with(problem, "unknown id"));
        }
        if (op.method() != HandlerType.GET) {
            responses.put("409", with(problem, "a rule would be broken, or the state changed meanwhile"));
        }
        o.put("responses", responses);
        return o;
    }

    private static Map<String, Object> with(Map<String, Object> base, String description) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put("description", description);
        return m;
    }

    private static String operationId(ApiRoutes.Operation op) {
        StringBuilder id = new StringBuilder(op.method().name().toLowerCase(Locale.ROOT));
        for (String part : op.path().replace("/api/", "").split("[/.]")) {
            if (part.isEmpty()) {
                continue;
            }
            String p = part.startsWith("{") ? "By" + part.substring(1, part.length() - 1) : part;
            id.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return id.toString().replaceAll("[^A-Za-z0-9]", "");
    }

    /** A JSON schema for a Java type; records become named component schemas. */
    static Map<String, Object> schema(Type type, Map<String, Object> schemas) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0], schemas));
            }
            return Map.of("type", "object");
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == LocalTime.class) {
            return Map.of("type", "string", "format", "time", "description", "HH:MM in the conference's time zone");
        }
        if (c == Double.class || c == double.class) {
            return Map.of("type", "number");
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c.isEnum()) {
            return Map.of("type", "string");
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    properties.put(rc.getName(), schema(rc.getGenericType(), schemas));
                }
                schemas.put(name, Map.of("type", "object", "properties", properties));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }
}
