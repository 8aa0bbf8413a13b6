package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code synedrio serve --demo}: loads the 2021 dataset once, serves it, and leaves it alone on the next start. */
class ServeDemoTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private String serveAndFetch(String path) throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> code.set(Main.run(new PrintWriter(out, true), new PrintWriter(System.err, true),
                "--db", "jdbc:h2:file:" + dir.resolve("synedrio").toAbsolutePath(), "serve", "--demo", "--port", "0")));
        server.start();
        try {
            Matcher m = null;
            for (int i = 0; i < 300 && (m == null || !m.find()); i++) {
                Thread.sleep(100);
                m = Pattern.compile("serves http://127\\.0\\.0\\.1:(\\d+)/").matcher(out.toString());
            }
            assertThat(m).as("the server announced its port: " + out).isNotNull();
            assertThat(m.find(0)).as(out.toString()).isTrue();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1)
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            return out + "\n" + r.body();
        } finally {
            server.interrupt();
            server.join(10_000);
        }
    }

    @Test
    void demoLoadsThe2021ConferenceOnceAndServesIt() throws Exception {
        String first = serveAndFetch("/api/conferences/7/program");
        assertThat(first).contains("demo data: loaded edition(s) 7 and contest(s) 15", "Το σχολείο της εξωστρέφειας και της συνεργασίας");

        String second = serveAndFetch("/api/health");
        assertThat(second).contains("demo data: editions [7] are there already").contains("\"status\":\"ok\"");
    }
}
