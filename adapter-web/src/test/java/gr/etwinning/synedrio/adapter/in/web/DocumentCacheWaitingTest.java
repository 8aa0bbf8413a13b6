package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.UnavailableException;
import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.service.cache.DataVersionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that arrive while the data's versions are being read wait for the next read without a thread each
 * (issue 16): the thread that reads answers them. Proved with a database whose reads are held: while the crowd
 * waits, no request thread is parked waiting for the versions; when the reads are let through, every request gets
 * the document of the version read after it arrived (plain, gzipped, 304); a read that fails answers every waiting
 * request 503; and a client that does not read its answer does not hold up the others.
 */
class DocumentCacheWaitingTest {

    private static final String PROGRAMME = "{\"sessions\":[" + "{\"title\":\"Εργαστήριο: ρομποτική στο νηπιαγωγείο\"},"
            .repeat(300) + "{\"title\":\"Λήξη\"}]}";

    /** A database whose reads wait to be let through; read n answers version n, or fails if told so. */
    private static final class HeldPort implements DataVersionPort {
        final Semaphore pass = new Semaphore(0);
        final AtomicInteger started = new AtomicInteger();
        volatile RuntimeException failure;
        /** The version every read answers, if set (the data did not change); else read n answers n. */
        volatile Long unchanged;

        @Override
        public Versions read() {
            int n = started.incrementAndGet();
            pass.acquireUninterruptibly();
            if (failure != null) {
                throw failure;
            }
            long v = unchanged != null ? unchanged : n;
            return new Versions(v, v);
        }
    }

    /** Counts the requests that asked for the versions. */
    private static final class Counted implements GetDataVersionsUseCase {
        final DataVersionService service;
        final AtomicInteger asked = new AtomicInteger();

        Counted(DataVersionService service) {
            this.service = service;
        }

        @Override
        public Versions versions() {
            asked.incrementAndGet();
            return service.versions();
        }

        @Override
        public CompletableFuture<Versions> versionsLater() {
            asked.incrementAndGet();
            return service.versionsLater();
        }
    }

    private WebServer server;
    private final HeldPort port = new HeldPort();
    private final Counted versions = new Counted(new DataVersionService(port));
    private final List<Long> made = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile String body = PROGRAMME;

    @AfterEach
    void stop() {
        port.pass.release(1000);
        if (server != null) {
            server.close();
        }
    }

    private void start() {
        RouteContributor programme = routes -> routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("Πρόγραμμα", String.class), ctx -> routes.cache().serve(ctx,
                        DocumentCache.Source.PROGRAMME, "program:" + ctx.pathParam("edition"), () -> {
                            made.add((long) port.started.get());
                            return DocumentCache.Document.of(body, "application/json; charset=utf-8");
                        }));
        server = new WebServer(Set.of(programme), secret -> Optional.empty(), MetricsPort.NONE,
                new DocumentCache(versions)).start("127.0.0.1", 0);
    }

    @Test
    void aCrowdArrivingDuringARead_waitsWithoutAThreadEach_andGetsTheVersionReadAfterIt() throws Exception {
        start();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<byte[]>> first = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitAsked(1);
        awaitStarted(1); // read 1 is under way, held

        int crowd = 30;
        List<CompletableFuture<HttpResponse<byte[]>>> sent = new ArrayList<>();
        for (int i = 0; i < crowd; i++) {
            sent.add(client.sendAsync(request(i % 3 == 1 ? "gzip" : null, null),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        awaitAsked(1 + crowd);
        Thread.sleep(200); // every request of the crowd has left its handler, or is about to
        assertThat(threadsWaitingForTheVersions()).as("request threads parked until the versions come")
                .isZero();
        assertThat(port.started.get()).as("nobody reads for the crowd while read 1 runs").isEqualTo(1);

        port.pass.release(); // read 1 ends: it answers the first request, then read 2 begins for the crowd
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitStarted(2);
        port.pass.release();
        byte[] bytes = PROGRAMME.getBytes(StandardCharsets.UTF_8);
        String etag = null;
        for (int i = 0; i < crowd; i++) {
            HttpResponse<byte[]> a = sent.get(i).get(10, TimeUnit.SECONDS);
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(a.headers().firstValue("Content-Length")).hasValue(String.valueOf(a.body().length));
            if (i % 3 == 1) {
                assertThat(a.headers().firstValue("Content-Encoding")).hasValue("gzip");
                assertThat(new GZIPInputStream(new ByteArrayInputStream(a.body())).readAllBytes()).isEqualTo(bytes);
            } else {
                assertThat(a.headers().firstValue("Content-Encoding")).isEmpty();
                assertThat(a.body()).isEqualTo(bytes);
            }
            etag = a.headers().firstValue("ETag").orElseThrow();
        }
        assertThat(port.started.get()).as("one read for the crowd").isEqualTo(2);
        assertThat(made).as("made for version 1 (the first request) and once for version 2 (the crowd)")
                .hasSize(2);

        // a crowd that has the document: 304 from the thread that reads for it
        CompletableFuture<HttpResponse<byte[]>> lead = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitStarted(3);
        List<CompletableFuture<HttpResponse<byte[]>>> revalidating = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            revalidating.add(client.sendAsync(request(null, etag), HttpResponse.BodyHandlers.ofByteArray()));
        }
        awaitAsked(1 + crowd + 1 + 5);
        port.pass.release(); // read 3: version 3, made anew for the lead
        assertThat(lead.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitStarted(4);
        body = PROGRAMME; // version 4's document has the same bytes, so the same tag
        port.pass.release();
        for (var r : revalidating) {
            assertThat(r.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(304);
        }
    }

    /**
     * A first request's read (version 1) let through; {@code waiting} requests sent during it, whose read (the
     * second) then fails: their answers.
     */
    private List<HttpResponse<byte[]>> aFailedReadFor(int waiting, HttpClient client) throws Exception {
        CompletableFuture<HttpResponse<byte[]>> first = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitStarted(1);
        List<CompletableFuture<HttpResponse<byte[]>>> sent = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            sent.add(client.sendAsync(request(null, null), HttpResponse.BodyHandlers.ofByteArray()));
        }
        awaitAsked(1 + waiting);
        port.pass.release();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitStarted(2);
        port.failure = new UnavailableException("η βάση δεν απαντά", null);
        port.pass.release();
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (var s : sent) {
            answers.add(s.get(10, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void aReadThatFailsAnswersEveryWaitingRequest503AndTheNextRequestReadsAgain() throws Exception {
        start();
        HttpClient client = HttpClient.newHttpClient();
        for (HttpResponse<byte[]> a : aFailedReadFor(10, client)) {
            assertThat(a.statusCode()).isEqualTo(503);
            assertThat(new String(a.body(), StandardCharsets.UTF_8)).contains("η βάση δεν απαντά");
        }
        port.failure = null;
        port.pass.release();
        assertThat(client.send(request(null, null), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aReadThatFailsHasItsWaitingRequestsAnsweredByAnotherThreadThanTheOneThatReads() throws Exception {
        // the answers to a failed read are written blocking (a problem, or the route's refusal): not on the thread
        // that reads the versions, which a client with a full socket buffer could otherwise hold up for everybody
        List<String> answeredOn = java.util.Collections.synchronizedList(new ArrayList<>());
        RouteContributor programme = routes -> routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("Πρόγραμμα", String.class), ctx -> routes.cache().serve(ctx,
                        DocumentCache.Source.PROGRAMME, "program:" + ctx.pathParam("edition"),
                        () -> DocumentCache.Document.of(body, "application/json; charset=utf-8"), (c, failure) -> {
                            answeredOn.add(Thread.currentThread().getName());
                            return false; // the problem answer, 503
                        }));
        server = new WebServer(Set.of(programme), secret -> Optional.empty(), MetricsPort.NONE,
                new DocumentCache(versions)).start("127.0.0.1", 0);
        assertThat(aFailedReadFor(5, HttpClient.newHttpClient())).extracting(HttpResponse::statusCode)
                .containsOnly(503);
        assertThat(answeredOn).hasSize(5).allSatisfy(name -> assertThat(name).isEqualTo("document-failure"));
    }

    @Test
    void aClientThatDoesNotReadItsAnswerDoesNotHoldUpTheOthersAnsweredByTheSameRead() throws Exception {
        // larger than any socket's buffers: written to a client that never reads, it cannot all leave
        // (12 MB: a server's socket sends at most 4 MB ahead of a client that reads nothing, here)
        body = "{\"sessions\":[" + "{\"title\":\"Round table\"},".repeat(500_000) + "{}]}";
        port.unchanged = 1L; // the document is made once, then sent as kept
        start();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<byte[]>> first = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitStarted(1);
        port.pass.release(); // version 1 made and kept by the first request
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        CompletableFuture<HttpResponse<byte[]>> lead = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitStarted(2); // read 2 held: the next requests wait for read 3
        CompletableFuture<HttpResponse<byte[]>> reader = client.sendAsync(request(null, null),
                HttpResponse.BodyHandlers.ofByteArray());
        awaitAsked(3);
        Thread.sleep(200);
        // then clients that ask and never read (their answers are continued first: a future runs the last added
        // dependants first)
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(4096);
            s.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/conferences/7/program HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            stalled.add(s);
            awaitAsked(4 + i);
            Thread.sleep(100);
        }
        try {
            port.pass.release(); // read 2: the lead's
            awaitStarted(3);
            port.pass.release(); // read 3 answers the reader and the stalled clients
            assertThat(lead.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> a = reader.get(20, TimeUnit.SECONDS);
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(a.body()).hasSize(body.getBytes(StandardCharsets.UTF_8).length);
            // and the reads go on for later requests while the stalled answers wait
            CompletableFuture<HttpResponse<byte[]>> later = client.sendAsync(request(null, null),
                    HttpResponse.BodyHandlers.ofByteArray());
            awaitStarted(4);
            port.pass.release();
            assertThat(later.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void answeredByTheReadingThread_aCookiesAnswerStaysPrivateAndAFailureGoesToTheRoutesOwnRefusal() throws Exception {
        RouteContributor pages = routes -> {
            routes.document("/page", ApiRoutes.Doc.of("Σελίδα", String.class), ctx -> {
                if (ctx.queryParam("lang") != null) {
                    ctx.cookie("lang", ctx.queryParam("lang"));
                }
                routes.cache().serve(ctx, DocumentCache.Source.PROGRAMME, "page", () ->
                        DocumentCache.Document.of("<h1>Πρόγραμμα</h1>", "text/html; charset=utf-8"));
            });
            routes.document("/missing", ApiRoutes.Doc.of("Σελίδα", String.class), ctx -> routes.cache().serve(ctx,
                    DocumentCache.Source.PROGRAMME, "missing", () -> {
                        throw new gr.etwinning.synedrio.application.NotFoundException("edition 99", "no edition 99");
                    }, (c, failure) -> {
                        if (!(failure instanceof gr.etwinning.synedrio.application.NotFoundException)) {
                            return false;
                        }
                        c.status(404).contentType("text/html; charset=utf-8").result("<p>Δεν βρέθηκε</p>");
                        return true;
                    }));
        };
        server = new WebServer(Set.of(pages), secret -> Optional.empty(), MetricsPort.NONE,
                new DocumentCache(versions)).start("127.0.0.1", 0);
        HttpClient client = HttpClient.newHttpClient();
        for (boolean held : new boolean[] {false, true}) {
            CompletableFuture<HttpResponse<String>> lead = null;
            int before = versions.asked.get();
            if (held) { // a read under way: the next requests are answered by the thread that reads for them
                port.pass.drainPermits();
                int reads = port.started.get();
                lead = client.sendAsync(get("/page"), HttpResponse.BodyHandlers.ofString());
                awaitAsked(before + 1);
                awaitStarted(reads + 1);
            } else {
                port.pass.release(3);
            }
            CompletableFuture<HttpResponse<String>> withCookie = client.sendAsync(get("/page?lang=en"),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> plain = client.sendAsync(get("/page"),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> missing = client.sendAsync(get("/missing"),
                    HttpResponse.BodyHandlers.ofString());
            if (held) {
                awaitAsked(before + 4);
                Thread.sleep(100);
                port.pass.release(2); // the lead's read, then the crowd's
            }
            HttpResponse<String> c = withCookie.get(10, TimeUnit.SECONDS);
            assertThat(c.statusCode()).as("held %s", held).isEqualTo(200);
            assertThat(c.headers().firstValue("Set-Cookie")).as("held %s", held).isPresent();
            assertThat(c.headers().firstValue("Cache-Control")).as("held %s", held).hasValue("private, no-cache");
            assertThat(plain.get(10, TimeUnit.SECONDS).headers().firstValue("Cache-Control")).as("held %s", held)
                    .hasValue("public, max-age=5");
            HttpResponse<String> m = missing.get(10, TimeUnit.SECONDS);
            assertThat(m.statusCode()).as("held %s", held).isEqualTo(404);
            assertThat(m.body()).as("held %s", held).isEqualTo("<p>Δεν βρέθηκε</p>");
            if (lead != null) {
                assertThat(lead.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    private HttpRequest request(String acceptEncoding, String ifNoneMatch) {
        return ProgrammeRequests.programme(server.port(), acceptEncoding, ifNoneMatch);
    }

    private void awaitAsked(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (versions.asked.get() < n) {
            assertThat(System.nanoTime()).as("%d requests asked for the versions", n).isLessThan(until);
            Thread.sleep(2);
        }
    }

    private void awaitStarted(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (port.started.get() < n) {
            assertThat(System.nanoTime()).as("read %d started", n).isLessThan(until);
            Thread.sleep(2);
        }
    }

    /** Threads inside DocumentCache.serve that wait, not in a read of the versions. */
    private static long threadsWaitingForTheVersions() {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> {
            boolean serving = false;
            boolean reading = false;
            for (StackTraceElement f : e.getValue()) {
                serving |= f.getClassName().equals(DocumentCache.class.getName());
                reading |= f.getClassName().equals(HeldPort.class.getName());
            }
            return serving && !reading;
        }).count();
    }
}
