package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.adapter.json.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are read strictly: a value of the wrong JSON type, bytes that are not UTF-8 and lone surrogates are
 * refused with 400 naming the field — never converted ({@code 5.5} → 5, {@code "true"} → true) or replaced (U+FFFD,
 * {@code ?}). The routes here read the API's own body types and echo what they read.
 */
class StrictJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        RouteContributor echo = routes -> {
            routes.put("/api/capacity", Access.PUBLIC, ApiRoutes.Doc.of("echo", String.class),
                    ctx -> routes.json().write(ctx, 200, routes.json().read(ctx, SeatsController.CapacityWebModel.class)));
            routes.put("/api/limit", Access.PUBLIC, ApiRoutes.Doc.of("echo", String.class),
                    ctx -> routes.json().write(ctx, 200, routes.json().read(ctx,
                            SeatsController.BookingLimitWebModel.class)));
            routes.post("/api/registration", Access.PUBLIC, ApiRoutes.Doc.of("echo", String.class),
                    ctx -> {
                        RegistrationData r = routes.json().read(ctx, RegistrationData.class);
                        routes.json().write(ctx, 200, new Echo(r.fullName(), r.school(), r.consent()));
                    });
        };
        server = new WebServer(Set.of(echo), secret -> Optional.empty()).start("127.0.0.1", 0);
    }

    record Echo(String fullName, String school, Boolean consent) {
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode refused(HttpResponse<String> r, String item) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.path("item").asText()).as(r.body()).isEqualTo(item);
        assertThat(p.path("detail").asText()).contains(item).doesNotContain("Exception", "java.");
        return p;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/capacity | {\"capacity\": 5.5}      | capacity",
            "/api/capacity | {\"capacity\": 5.0}      | capacity",
            "/api/capacity | {\"capacity\": \"40\"}   | capacity",
            "/api/capacity | {\"capacity\": \"\"}     | capacity",
            "/api/capacity | {\"capacity\": true}     | capacity",
            "/api/capacity | {\"capacity\": 1e400}    | capacity",
            "/api/capacity | {\"capacity\": 99999999999} | capacity",
            "/api/limit    | {\"limit\": \"2\"}       | limit",
            "/api/limit    | {\"limit\": 2.7}         | limit",
            "/api/limit    | {\"limit\": [2]}         | limit",
    })
    void aNumberOfTheWrongTypeIsRefusedNamingTheField(String path, String body, String item) throws Exception {
        refused(send("PUT", path, body.getBytes(StandardCharsets.UTF_8)), item);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"consent\": \"true\"} | consent",
            "{\"consent\": 1}        | consent",
            "{\"consent\": \"yes\"}  | consent",
            "{\"consent\": 0}        | consent",
            "{\"fullName\": 123}     | fullName",
            "{\"school\": false}     | school",
            "{\"school\": {}}        | school",
    })
    void trueOrFalseAndTextsMustBeWrittenAsSuch(String body, String item) throws Exception {
        refused(send("POST", "/api/registration", body.getBytes(StandardCharsets.UTF_8)), item);
    }

    @Test
    void theRightTypesStillPass() throws Exception {
        assertThat(send("PUT", "/api/capacity", "{\"capacity\": 40}".getBytes(StandardCharsets.UTF_8)).body())
                .isEqualTo("{\"capacity\":40}");
        assertThat(send("PUT", "/api/limit", "{\"limit\": null}".getBytes(StandardCharsets.UTF_8)).body())
                .isEqualTo("{}");
        HttpResponse<String> r = send("POST", "/api/registration", "{\"fullName\": \"Μαρία Κόππη \\ud83d\\ude00\", \"consent\": true}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("fullName").asText()).isEqualTo("Μαρία Κόππη \uD83D\uDE00");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheFieldNotStoredAsReplacementCharacters() throws Exception {
        byte[] prefix = "{\"consent\": true, \"school\": \"1ο Γυμνάσιο ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xCE, (byte) 0x28, (byte) 0xFF}; // a broken Greek letter and a byte UTF-8 never has
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);

        JsonNode p = refused(send("POST", "/api/registration", body), "school");
        assertThat(p.get("detail").asText()).contains("UTF-8");
        // Windows-1253 Greek, as an old form would send it: not UTF-8 either.
        refused(send("POST", "/api/registration", "{\"fullName\": \"Μαρία\"}".getBytes("windows-1253")),
                "fullName");
        // An encoded surrogate (CESU-8) is not UTF-8.
        refused(send("PUT", "/api/capacity", new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"',
                ':', '1', '}'}), "body");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldNotEchoedNorStoredAsAQuestionMark() throws Exception {
        JsonNode p = refused(send("POST", "/api/registration",
                "{\"fullName\": \"Μαρία \\ud800\", \"consent\": true}".getBytes(StandardCharsets.UTF_8)), "fullName");
        assertThat(p.get("detail").asText()).contains("surrogate");
        refused(send("POST", "/api/registration",
                "{\"school\": \"\\udc00 ok\", \"consent\": true}".getBytes(StandardCharsets.UTF_8)), "school");
    }

    @Test
    void brokenJsonIsExplainedInTheParsersWordsWithoutItsInternals() throws Exception {
        HttpResponse<String> cut = send("PUT", "/api/capacity", "{\"capacity\": 30".getBytes(StandardCharsets.UTF_8));
        assertThat(cut.statusCode()).isEqualTo(400);
        String detail = JSON.readTree(cut.body()).get("detail").asText();
        assertThat(detail).startsWith("the body is not valid JSON (line 1, column ")
                .contains("expected close marker for Object (opened at line 1, column 1)")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
        assertThat(gr.etwinning.synedrio.adapter.json.JsonMistakes.parserSays("Unexpected character ('}' (code "
                + "125)): was expecting double-quote to start field name\n at [Source: REDACTED "
                + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); "
                + "line: 2, column: 3]")).isEqualTo("Unexpected character ('}' (code 125)): was expecting "
                + "double-quote to start field name");
    }
}
