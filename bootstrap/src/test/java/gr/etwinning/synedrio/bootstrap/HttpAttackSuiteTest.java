package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.ManageTokensUseCase;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own attack suite: the real server over the 2021 dataset, every route and method that
 * {@code /api/openapi.json} lists, attacked with path tricks, missing, wrong, revoked and read-only tokens, malformed
 * bodies (broken JSON, every property with a value of the wrong type, huge texts, invalid UTF-8, NUL bytes, lone
 * surrogates, deep nesting, foreign content types), wrong methods, and the requests Jetty itself refuses (a URL too
 * long, headers too large, {@code %00}, {@code ..}, broken percent-encoding). Whatever the answer, it is never a
 * 5xx; under {@code /api} every error is {@code application/problem+json}; a 405 says {@code Allow}. The values sent
 * carry a marker that must never reach the server's log. The counts are printed (and quoted in the README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpAttackSuiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value that stands out in a log: if it shows up there, a request's value reached the log. */
    private static final String MARK = "ΣΗΜΑΔΙ4242";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private static RunningSynedrio app;
    private static RawHttp http;
    private static JsonNode openApi;
    private static String writeToken;
    private static String readToken;
    private static String revokedToken;
    private static String code;
    private static String workshop;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Set<String> CASES = Collections.synchronizedSet(new java.util.HashSet<>());
    private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    private static final Map<Integer, AtomicInteger> STATUSES = Collections.synchronizedMap(new java.util.TreeMap<>());
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream originalErr;

    @BeforeAll
    static void start() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, LOG), true, StandardCharsets.UTF_8));
        app = RunningSynedrio.withSeed("synedrio-attack");
        http = new RawHttp(app.server().port());
        writeToken = app.token("attack-write", Scope.WRITE);
        readToken = app.token("attack-read", Scope.READ);
        revokedToken = app.token("attack-revoked", Scope.WRITE);
        app.injector().getInstance(ManageTokensUseCase.class).revokeToken("attack-revoked");
        openApi = JSON.readTree(app.get("/api/openapi.json").body());
        JsonNode workshops = JSON.readTree(app.get("/api/conferences/7/workshops").body()).get("workshops");
        assertThat(workshops.size()).isPositive();
        workshop = workshops.get(0).get("workshop").asText();
        assertThat(app.send("PUT", "/api/conferences/7/workshops/" + workshop, "{\"capacity\": 1000}", writeToken)
                .statusCode()).isEqualTo(200);
        var registered = app.send("POST", "/api/conferences/7/registrations", "{\"fullName\": \"Μαρία Παπαδοπούλου\","
                + " \"email\": \"maria.attack@example.gr\", \"school\": \"1ο Γυμνάσιο Κω\", \"specialty\": \"ΠΕ86\","
                + " \"level\": \"secondary\", \"consent\": true}", null);
        // the code is mailed, never answered (issue 12): the suite reads it from the store, as the outbox does
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        var transactions = app.injector().getInstance(
                gr.etwinning.synedrio.application.port.out.common.TransactionPort.class);
        var registrations = app.injector().getInstance(
                gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository.class);
        code = transactions.inTransaction(() -> registrations.lockByEmail(
                gr.etwinning.synedrio.domain.conference.EditionNumber.of(7),
                new gr.etwinning.synedrio.domain.registration.EmailAddress("maria.attack@example.gr"))
                .orElseThrow().code().value());
    }

    @AfterAll
    static void stop() {
        System.setErr(originalErr);
        if (app != null) {
            app.close();
        }
        System.out.printf("attack suite: %d requests, %d distinct cases, answers by status %s, 5xx: %d%n",
                REQUESTS.get(), CASES.size(), STATUSES, STATUSES.entrySet().stream().filter(e -> e.getKey() >= 500)
                        .mapToInt(e -> e.getValue().get()).sum());
    }

    /** A route as the OpenAPI document lists it. */
    record Route(String method, String path, String bodySchema, boolean secured) {
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                JsonNode ref = m.getValue().at("/requestBody/content/application~1json/schema/$ref");
                routes.add(new Route(m.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(),
                        ref.isMissingNode() ? null : ref.asText().replace("#/components/schemas/", ""),
                        m.getValue().has("security")));
            }
        }
        assertThat(routes).hasSizeGreaterThan(30);
        return routes;
    }

    private static String valid(String param) {
        return switch (param) {
            case "edition" -> "7";
            case "contest" -> "15";
            case "code" -> code;
            case "workshop" -> workshop;
            case "key" -> "registrations";
            case "number" -> "1";
            default -> "1";
        };
    }

    /** The path with each parameter valid, except {@code param}, which gets {@code value} as raw bytes. */
    private static String path(String template, String param, String value) {
        Matcher m = PARAM.matcher(template);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(m.group(1).equals(param) ? value : valid(m.group(1))));
        }
        m.appendTail(s);
        return s.toString();
    }

    /** One attack: sends it, checks the answer, records what is wrong with it. */
    private record Attack(String label, String method, String target, Map<String, String> headers, byte[] body,
                          Set<String> allowed) {

        Attack(String label, String method, String target, Map<String, String> headers, byte[] body) {
            this(label, method, target, headers, body, null);
        }
    }

    private static Attack attack(String label, String method, String target, String token, String contentType,
                                 byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Attack(label, method, target, headers, body);
    }

    private static void run(List<Attack> attacks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Attack a : attacks) {
                done.add(pool.submit(() -> {
                    check(a);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(Attack a) {
        CASES.add(a.label());
        REQUESTS.incrementAndGet();
        RawHttp.Answer r;
        try {
            r = http.send(a.method(), a.target(), a.headers(), a.body());
        } catch (IOException e) {
            VIOLATIONS.add(a.label() + ": no answer (" + e.getMessage() + ")");
            return;
        }
        STATUSES.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
        String what = a.label() + " [" + a.method() + " " + abbreviate(a.target()) + "] → " + r.status();
        if (r.status() >= 500) {
            VIOLATIONS.add(what + " " + abbreviate(r.body()));
            return;
        }
        if (r.status() == 405 && (r.header("Allow") == null || r.header("Allow").isBlank())) {
            VIOLATIONS.add(what + " without Allow");
        }
        if (a.allowed() != null) {
            // A method the path does not take: 405 naming the ones it does, not 404.
            Set<String> allow = r.header("Allow") == null ? Set.of()
                    : Set.of(r.header("Allow").split("\\s*,\\s*"));
            if (r.status() != 405 || !allow.containsAll(a.allowed())) {
                VIOLATIONS.add(what + " with Allow " + r.header("Allow") + ", expected 405 and Allow: " + a.allowed());
            }
        }
        boolean api = a.target().startsWith("/api");
        if (api && r.status() >= 400) {
            String type = r.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                VIOLATIONS.add(what + " as " + type + ": " + abbreviate(r.body()));
                return;
            }
            if (a.method().equals("HEAD")) {
                return;
            }
            try {
                JsonNode p = JSON.readTree(r.body());
                if (p.path("status").asInt() != r.status() || p.path("detail").asText().isBlank()
                        || !p.path("type").asText().startsWith("urn:synedrio:problem:")
                        || p.path("detail").asText().contains("Exception")) {
                    VIOLATIONS.add(what + " with a problem that is not well formed: " + abbreviate(r.body()));
                }
            } catch (IOException e) {
                VIOLATIONS.add(what + " with a body that is not JSON: " + abbreviate(r.body()));
            }
        }
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    private static void assertNoViolations(String what) {
        List<String> found;
        synchronized (VIOLATIONS) {
            found = new ArrayList<>(VIOLATIONS);
            VIOLATIONS.clear();
        }
        assertThat(found).as(what + ": answers that break the rules (" + found.size() + ")").isEmpty();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- the attacks ----

    /** Values put in place of one path parameter at a time: raw request-target bytes. */
    private static final List<String> PATH_TRICKS = List.of("999999", "0", "-1", "abc", "1.5", "2147483648",
            "99999999999999999999999", "%00", "a%00b", "..", "%2e%2e", "%2E%2E%2F%2E%2E", "%2F", "..%2F..%2Fetc",
            "%FF", "%C0%AE%C0%AE", "%CE", "%", "%zz", "x".repeat(5_000), "%CE%A3%CE%97%CE%9C", "ΣΗΜ",
            "'%20OR%201=1--", "%3Cscript%3E", "%20", "%0A", "%09", "~", "%7B%7D", ";jsessionid=1",
            "7%3Bx", "%EF%BC%97");

    @Test
    @Order(1)
    void pathTricksInEveryParameterOfEveryRoute() throws Exception {
        List<Attack> attacks = new ArrayList<>();
        for (Route route : routes()) {
            Matcher m = PARAM.matcher(route.path());
            while (m.find()) {
                String param = m.group(1);
                for (String trick : PATH_TRICKS) {
                    byte[] body = route.bodySchema() == null ? null : utf8("{}");
                    attacks.add(attack("path " + param + "=" + abbreviate(trick), route.method(),
                            path(route.path(), param, trick), "Bearer " + writeToken,
                            body == null ? null : "application/json", body));
                }
            }
            // unknown and malformed query parameters
            for (String query : List.of("?q=%FF", "?q=%00", "?q=" + "x".repeat(3_000), "?limit=abc", "?limit=-1",
                    "?limit=99999999999", "?limit=1.5", "?format=pdf", "?format=%00", "?conference=x",
                    "?acceptGuesses=maybe", "?selected=maybe", "?unclassified=%FF", "?%zz=1", "?q", "?q=&q=")) {
                byte[] body = route.bodySchema() == null ? null : utf8("{}");
                attacks.add(attack("query " + abbreviate(query), route.method(), path(route.path(), null, null)
                        + query, "Bearer " + writeToken, body == null ? null : "application/json", body));
            }
        }
        run(attacks);
        assertNoViolations("path tricks");
    }

    @Test
    @Order(2)
    void missingWrongRevokedAndReadOnlyTokensOnEveryRoute() throws Exception {
        List<String> tokens = new ArrayList<>(List.of("", "Bearer", "Bearer ", "Bearer wrong-" + MARK,
                "bearer " + writeToken + "x", "Basic dXNlcjpwYXNz", "Bearer " + revokedToken,
                "Bearer " + readToken, "Bearer " + writeToken, "Bearer " + writeToken + " " + writeToken,
                "Bearer " + "x".repeat(6_000), "Bearer %00", "Bearer " + MARK));
        List<Attack> attacks = new ArrayList<>();
        for (Route route : routes()) {
            for (String token : tokens) {
                byte[] body = route.bodySchema() == null ? null : utf8("{}");
                attacks.add(attack("token " + abbreviate(token.replace(writeToken, "WRITE").replace(readToken, "READ")
                        .replace(revokedToken, "REVOKED")), route.method(), path(route.path(), null, null),
                        token.isEmpty() ? null : token, body == null ? null : "application/json", body));
            }
            attacks.add(attack("no Authorization", route.method(), path(route.path(), null, null), null,
                    route.bodySchema() == null ? null : "application/json",
                    route.bodySchema() == null ? null : utf8("{}")));
        }
        run(attacks);
        assertNoViolations("tokens");
    }

    /** A value of the wrong JSON type for a property of that schema type. */
    private static List<String> wrongValues(JsonNode property) {
        String type = property.path("type").asText(property.has("$ref") ? "object" : "");
        String format = property.path("format").asText("");
        List<String> values = new ArrayList<>(List.of("null", "{\"" + MARK + "\": 1}"));
        switch (type) {
            case "string" -> {
                values.addAll(List.of("123", "12.5", "true", "[\"" + MARK + "\"]", "\"" + MARK + "\\u0000\"",
                        "\"" + MARK + "\\ud800\"", "\"" + "Ζ".repeat(200_000) + "\"", "\"\""));
                if (!format.isEmpty()) {
                    values.addAll(List.of("\"2039-99-99T25:61:00Z\"", "\"" + MARK + "\"", "\"1960-01-01\"",
                            "\"+999999999-12-31T23:59:59Z\"", "\"24:00\"", "\"2021-02-30\""));
                }
            }
            case "integer" -> values.addAll(List.of("\"7\"", "7.5", "7.0", "true", "1e30", "-1",
                    "99999999999999999999999", "1" + "0".repeat(2_000), "\"" + MARK + "\"", "[7]", "NaN"));
            case "boolean" -> values.addAll(List.of("\"true\"", "1", "0", "\"yes\"", "\"" + MARK + "\"", "[]"));
            case "array" -> values.addAll(List.of("\"" + MARK + "\"", "7", "[null]", "[7, \"x\", {}]",
                    "[" + "{},".repeat(5_000) + "{}]"));
            default -> values.addAll(List.of("\"" + MARK + "\"", "7", "[]"));
        }
        return values;
    }

    @Test
    @Order(3)
    void malformedBodiesOnEveryRouteThatTakesOne() throws Exception {
        List<Attack> attacks = new ArrayList<>();
        JsonNode schemas = openApi.at("/components/schemas");
        String json = "application/json";
        int routesWithBodies = 0;
        // The same bodies for every route (shared, so that the test's heap holds each once).
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        bodies.put("{", utf8("{"));
        bodies.put("truncated", utf8("{\"a\": \"" + MARK));
        bodies.put("[]", utf8("[]"));
        bodies.put("null", utf8("null"));
        bodies.put("text", utf8("\"" + MARK + "\""));
        bodies.put("number", utf8("42"));
        bodies.put("{}", utf8("{}"));
        bodies.put("two objects", utf8("{} {}"));
        bodies.put("unknown field", utf8("{\"" + MARK + "\": \"" + MARK + "\"}"));
        bodies.put("duplicate field", utf8("{\"a\": 1, \"a\": 2}"));
        bodies.put("deep nesting", utf8("[".repeat(20_000) + "]".repeat(20_000)));
        bodies.put("deep object", utf8("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.put("huge text", utf8("{\"x\": \"" + "Ζ".repeat(3_000_000) + "\"}"));
        bodies.put("17 MB", new byte[17 * 1024 * 1024]);
        bodies.put("long number", utf8("{\"x\": " + "9".repeat(100_000) + "}"));
        bodies.put("invalid UTF-8", concat(utf8("{\"x\": \"" + MARK), new byte[] {(byte) 0xC3, 0x28,
                (byte) 0xFF, (byte) 0xFE}, utf8("\"}")));
        bodies.put("overlong UTF-8", concat(utf8("{\"x\": \""), new byte[] {(byte) 0xC0, (byte) 0xAF},
                utf8("\"}")));
        bodies.put("Windows-1253", "{\"fullName\": \"Μαρία\"}".getBytes(java.nio.charset.Charset
                .forName("windows-1253")));
        bodies.put("UTF-16", "{\"x\": \"Μαρία\"}".getBytes(StandardCharsets.UTF_16));
        bodies.put("raw NUL", concat(utf8("{\"x\": \"a"), new byte[] {0}, utf8("b\"}")));
        bodies.put("NUL bytes", new byte[4096]);
        bodies.put("escaped NUL", utf8("{\"x\": \"\\u0000" + MARK + "\"}"));
        bodies.put("lone surrogate", utf8("{\"x\": \"\\udfff" + MARK + "\"}"));
        bodies.put("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{}")));
        bodies.put("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        for (Route route : routes()) {
            if (route.method().equals("GET")) {
                continue;
            }
            String target = path(route.path(), null, null);
            String token = "Bearer " + writeToken;
            for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
                attacks.add(attack("body " + b.getKey(), route.method(), target, token, json, b.getValue()));
            }
            for (String type : List.of("text/plain", "application/xml", "text/csv", "text/tab-separated-values",
                    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; "
                            + "charset=iso-8859-7", "")) {
                attacks.add(attack("content type " + type, route.method(), target, token, type.isEmpty() ? null
                        : type, concat(new byte[] {(byte) 0xFF, 0, '<', 'a'}, utf8(MARK + "\t,;\n=1+1\n"))));
            }
            attacks.add(attack("Content-Length beyond the body", route.method(), target, token, json, null));
            attacks.get(attacks.size() - 1).headers().put("Content-Length", "100");
            if (route.bodySchema() != null) {
                routesWithBodies++;
                JsonNode properties = schemas.path(route.bodySchema()).path("properties");
                Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> p = it.next();
                    for (String wrong : wrongValues(p.getValue())) {
                        attacks.add(attack("wrong type " + route.bodySchema() + "." + p.getKey() + " = "
                                + abbreviate(wrong), route.method(), target, token, json,
                                utf8("{\"" + p.getKey() + "\": " + wrong + "}")));
                    }
                }
            }
        }
        assertThat(routesWithBodies).isGreaterThan(10);
        run(attacks);
        assertNoViolations("bodies");
    }

    @Test
    @Order(4)
    void wrongMethodsAndWhatJettyRefusesItself() throws Exception {
        List<Attack> attacks = new ArrayList<>();
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (Route route : routes()) {
            byPath.computeIfAbsent(route.path(), p -> new java.util.TreeSet<>()).add(route.method());
        }
        for (Map.Entry<String, Set<String>> p : byPath.entrySet()) {
            String target = path(p.getKey(), null, null);
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE",
                    "PROPFIND", "BREW")) {
                if (!p.getValue().contains(method)) {
                    Attack wrong = attack("method " + method, method, target, "Bearer " + writeToken, null, null);
                    if (Set.of("POST", "PUT", "DELETE", "PATCH").contains(method)) {
                        wrong = new Attack(wrong.label(), method, target, wrong.headers(), null, p.getValue());
                    }
                    attacks.add(wrong);
                }
            }
        }
        String token = "Bearer " + writeToken;
        attacks.add(attack("414 URL too long", "GET", "/api/search?q=" + "a".repeat(20_000), null, null, null));
        attacks.add(attack("414 path too long", "GET", "/api/conferences/" + "7".repeat(20_000), null, null,
                null));
        Attack big = attack("431 headers too large", "GET", "/api/health", null, null, null);
        big.headers().put("X-Big", MARK + "x".repeat(20_000));
        attacks.add(big);
        Attack many = attack("431 many headers", "GET", "/api/conferences", null, null, null);
        for (int i = 0; i < 500; i++) {
            many.headers().put("X-H" + i, "v".repeat(40));
        }
        attacks.add(many);
        for (String target : List.of("/api/health%00", "/api/%00/health", "/api/conferences/7%00", "/api/..",
                "/api/../../etc/passwd", "/api/conferences/../../../etc/passwd", "/api/conferences/7/../../health",
                "/api/%2e%2e/%2e%2e/etc/passwd", "/api/conferences%2F7", "/api/conferences/%zz", "/api/%",
                "/api/conferences/%C0%AE%C0%AE/", "/api/search?q=%", "/api//conferences", "/api/./health",
                "/api/conferences/7;x=1/program", "/api/conferences/7/program/", "/api/\\..\\..\\x",
                "/api/conf erences", "/api/conferences/7#frag", "/api/unknown", "/api/" + "x/".repeat(2_000),
                "/api/registrations/" + MARK, "/api/registrations/" + code + "%00")) {
            attacks.add(attack("target " + abbreviate(target), "GET", target, token, null, null));
        }
        Attack smuggle = attack("Transfer-Encoding with Content-Length", "POST", "/api/conferences/7/registrations",
                null, "application/json", utf8("{}"));
        smuggle.headers().put("Transfer-Encoding", "chunked");
        attacks.add(smuggle);
        Attack badChunk = attack("broken chunk", "POST", "/api/conferences/7/registrations", null,
                "application/json", null);
        badChunk.headers().put("Transfer-Encoding", "chunked");
        attacks.add(new Attack(badChunk.label(), badChunk.method(), badChunk.target(), badChunk.headers(),
                utf8("zz\r\n{}\r\n0\r\n\r\n")));
        Attack nulHeader = attack("control character in a header", "GET", "/api/health", null, null, null);
        nulHeader.headers().put("X-Nul", "a\u0001b");
        attacks.add(nulHeader);
        Attack ifMatch = attack("If-Match garbage", "PUT", "/api/conferences/7", token, "application/json",
                utf8("{}"));
        ifMatch.headers().put("If-Match", "\"v99999999999999999999\", W/\"" + MARK + "\"");
        attacks.add(ifMatch);
        run(attacks);
        assertNoViolations("methods and Jetty");
    }

    @Test
    @Order(5)
    void noValueSentReachedTheLog() {
        assertThat(REQUESTS.get()).isGreaterThan(1_000);
        String logged = LOG.toString(StandardCharsets.UTF_8);
        assertThat(logged).doesNotContain(MARK).doesNotContain(code).doesNotContain("Παπαδοπούλου")
                .doesNotContain("maria.attack");
    }

    /** Writes to two streams: the console, and the log kept for the check. */
    private static final class TeeStream extends OutputStream {

        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }
    }
}
