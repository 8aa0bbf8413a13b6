package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import gr.etwinning.synedrio.adapter.in.cli.Cli;
import gr.etwinning.synedrio.adapter.in.web.WebServer;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreateTokenCommand;
import gr.etwinning.synedrio.application.port.in.auth.Scope;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synedrio as the end-to-end tests meet it: the production modules over an in-memory H2 loaded with the 2021
 * dataset through the CLI's import, and the real web server on a random port of 127.0.0.1, with the HTTP calls
 * and the problem+json check the tests share. Start one in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class RunningSynedrio implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final PersistenceModule persistence;
    private final Injector injector;
    private final Path dir;
    private final WebServer server;
    private final String base;

    private RunningSynedrio(String tempDirPrefix, MailModule mail, com.google.inject.Module... overrides)
            throws IOException {
        this(tempDirPrefix, TestDatabases.h2(), mail, overrides);
    }

    private RunningSynedrio(String tempDirPrefix, gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings db,
                            MailModule mail, com.google.inject.Module... overrides) throws IOException {
        persistence = new PersistenceModule(db);
        try {
            injector = Main.injector(persistence, mail, overrides);
            dir = Files.createTempDirectory(tempDirPrefix);
            int code = Cli.run(CliModule.factory(injector), new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(System.err), "import", Seed.file(dir).toString());
            assertThat(code).isZero();
            server = injector.getInstance(WebServer.class).start("127.0.0.1", 0);
        } catch (IOException | RuntimeException | Error e) {
            persistence.closeIfOpened();
            throw e;
        }
        base = "http://127.0.0.1:" + server.port();
    }

    /** Starts over the 2021 dataset, written for the import into a new temporary directory named by the prefix. */
    static RunningSynedrio withSeed(String tempDirPrefix) throws IOException {
        return new RunningSynedrio(tempDirPrefix, new MailModule(
                gr.etwinning.synedrio.adapter.out.mail.SmtpSettings.fromEnvironment(java.util.Map.of())));
    }

    /** The same, sending mail to that SMTP server (a GreenMail of the test). */
    static RunningSynedrio withSeed(String tempDirPrefix, int smtpPort, com.google.inject.Module... overrides)
            throws IOException {
        return new RunningSynedrio(tempDirPrefix, new MailModule(gr.etwinning.synedrio.adapter.out.mail.SmtpSettings
                .plain("127.0.0.1", smtpPort, "Συνέδριο eTwinning <synedrio@example.gr>")), overrides);
    }

    /** The same with bindings of the test replacing the production ones (a fake of a port, say); no mail server. */
    static RunningSynedrio withSeedAnd(String tempDirPrefix, com.google.inject.Module... overrides)
            throws IOException {
        return new RunningSynedrio(tempDirPrefix, new MailModule(
                gr.etwinning.synedrio.adapter.out.mail.SmtpSettings.fromEnvironment(java.util.Map.of())), overrides);
    }

    /** Runs a command line in this Synedrio (its database, its mail), as {@code ./synedrio} would. */
    CliRun.Result cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(CliModule.factory(injector), CliModule::unwrap, new PrintWriter(out), new PrintWriter(err),
                args);
        return new CliRun.Result(code, out.toString(), err.toString());
    }

    /** The same over the given database (a MariaDB server a test starts and stops, say). */
    static RunningSynedrio withSeed(String tempDirPrefix,
                                    gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings db)
            throws IOException {
        return new RunningSynedrio(tempDirPrefix, db, new MailModule(
                gr.etwinning.synedrio.adapter.out.mail.SmtpSettings.fromEnvironment(java.util.Map.of())));
    }

    Injector injector() {
        return injector;
    }

    WebServer server() {
        return server;
    }

    /** The server's root, {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String base() {
        return base;
    }

    /** The temporary directory the seed was written to; tests may keep their own files in it. */
    Path dir() {
        return dir;
    }

    /** A new API token's secret. */
    String token(String name, Scope scope) {
        return injector.getInstance(CreateTokenUseCase.class).createToken(new CreateTokenCommand(name, scope))
                .secret();
    }

    /**
     * Sends a request; the body (if any) goes with the given content type, the token (if any) as a bearer and
     * {@code ifMatch} (if any) as {@code If-Match}.
     */
    HttpResponse<String> send(String method, String path, String body, String contentType, String token,
                              String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request with a JSON body (or none) and no {@code If-Match}. */
    HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        return send(method, path, body, "application/json", token, null);
    }

    /** An anonymous {@code GET}. */
    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    /**
     * Asserts an RFC 9457 answer from Synedrio with the given status: the content type, the status again in the
     * body, a {@code urn:synedrio:problem:} type and a detail written for people (not blank, no exception names).
     */
    static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("urn:synedrio:problem:");
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        return p;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            persistence.closeIfOpened();
        }
    }
}
