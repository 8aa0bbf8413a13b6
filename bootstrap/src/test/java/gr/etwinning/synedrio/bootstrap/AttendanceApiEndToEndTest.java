package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance over HTTP: the export as the request's body (bytes as the platform wrote them), counts for all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceApiEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningSynedrio synedrio;
    private String writeToken;
    private String readToken;

    @BeforeAll
    void start() throws IOException {
        synedrio = RunningSynedrio.withSeed("synedrio-attendance");
        writeToken = synedrio.token("ops-attendance", Scope.WRITE);
        readToken = synedrio.token("ops-attendance-reader", Scope.READ);
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    private HttpResponse<String> put(String path, String resource, String token) throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/attendance/" + resource)) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(synedrio.base() + path))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "text/csv");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOperatorUploadsATeamsReportInUtf16AndAnyoneReadsTheCounts() throws Exception {
        HttpResponse<String> r = put("/api/conferences/7/attendance/d2-workshop-02", "teams-report-el-utf16le.csv",
                writeToken);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        assertThat(report.get("platform").asText()).isEqualTo("teams");
        assertThat(report.get("persons").asLong()).isEqualTo(2);
        assertThat(report.get("staffRowsIgnored").asLong()).isEqualTo(1);

        HttpResponse<String> counts = synedrio.get("/api/conferences/7/attendance");
        assertThat(counts.statusCode()).isEqualTo(200);
        JsonNode c = json.readTree(counts.body());
        assertThat(c.path("sessions").path("d2-workshop-02").path("participants").asLong()).isEqualTo(2);
        assertThat(c.path("uniqueByKind").path("workshop").asLong()).isEqualTo(2);
        assertThat(counts.body()).doesNotContain("Παπαδοπούλου", "@");
    }

    @Test
    void aFileCutShortIsABadRequestNamingTheLine() throws Exception {
        HttpResponse<String> r = put("/api/conferences/7/attendance/d2-workshop-01", "zoom-participants-truncated.csv",
                writeToken);

        assertThat(RunningSynedrio.problem(r, 400).get("detail").asText()).startsWith("line 3: ");
    }

    @Test
    void uploadingNeedsAWriteToken() throws Exception {
        RunningSynedrio.problem(put("/api/conferences/7/attendance/d2-workshop-01", "zoom-participants.csv", null),
                401);
        RunningSynedrio.problem(put("/api/conferences/7/attendance/d2-workshop-01", "zoom-participants.csv",
                readToken), 403);
    }

    @Test
    void anUnknownSessionIsNotFound() throws Exception {
        RunningSynedrio.problem(put("/api/conferences/7/attendance/d9-nothing", "zoom-participants.csv",
                writeToken), 404);
    }

    @Test
    void bothRoutesAreInTheOpenApiDocument() throws Exception {
        String openapi = synedrio.get("/api/openapi.json").body();
        assertThat(openapi).contains("/api/conferences/{edition}/attendance/{id}",
                "/api/conferences/{edition}/attendance\"");
    }
}
