package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a kept document is sent (issue 16): its bytes at once with their Content-Length to a client that takes no
 * compression; gzipped once per version — not at every request — for a client that takes gzip, with the same ETag;
 * 304 for a client that has it. The document is made once for all of them.
 */
class DocumentCacheSendingTest {

    private static final String PROGRAMME = "{\"sessions\":[" + "{\"title\":\"Έναρξη εργασιών και χαιρετισμοί\"},"
            .repeat(200) + "{\"title\":\"Λήξη\"}]}";

    private WebServer server;
    private final AtomicInteger made = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKeptDocumentIsSentWholeWithItsLengthOrGzippedOnceAndAnswers304ToItsTag() throws Exception {
        GetDataVersionsUseCase versions = () -> new GetDataVersionsUseCase.Versions(3, 5);
        RouteContributor programme = routes -> routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("Πρόγραμμα", String.class), ctx -> routes.cache().serve(ctx,
                        DocumentCache.Source.PROGRAMME, "program:" + ctx.pathParam("edition"), () -> {
                            made.incrementAndGet();
                            return DocumentCache.Document.of(PROGRAMME, "application/json; charset=utf-8");
                        }));
        server = new WebServer(Set.of(programme), secret -> Optional.empty(), MetricsPort.NONE,
                new DocumentCache(versions)).start("127.0.0.1", 0);
        byte[] bytes = PROGRAMME.getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> plain = get(null, null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo(bytes);
        assertThat(plain.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        assertThat(plain.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t.toLowerCase().replace(" ", "")).isEqualTo("application/json;charset=utf-8"));
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=5");
        String etag = plain.headers().firstValue("ETag").orElseThrow();

        for (String accepted : new String[] {"gzip", "br, gzip;q=0.8, deflate", "*"}) {
            HttpResponse<byte[]> zipped = get(accepted, null);
            assertThat(zipped.statusCode()).as(accepted).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(accepted).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Content-Length")).as(accepted)
                    .hasValue(String.valueOf(zipped.body().length));
            assertThat(zipped.body().length).as(accepted).isLessThan(bytes.length / 4);
            assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes()).as(accepted)
                    .isEqualTo(bytes);
            assertThat(zipped.headers().firstValue("ETag")).as(accepted).hasValue(etag);
        }
        HttpResponse<byte[]> refused = get("gzip;q=0, identity", null);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(bytes);

        HttpResponse<byte[]> kept = get("gzip", etag);
        assertThat(kept.statusCode()).isEqualTo(304);
        assertThat(kept.body()).isEmpty();
        assertThat(made.get()).as("made once for every answer of one version").isEqualTo(1);
    }

    @Test
    void aCrowdArrivingAtANewVersionHasTheDocumentMadeOnceAndAFailureToMakeItIsEveryonesAndNotKept()
            throws Exception {
        int crowd = 24;
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong(3);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean fail = new java.util.concurrent.atomic.AtomicBoolean();
        GetDataVersionsUseCase versions = () -> {
            asked.incrementAndGet();
            return new GetDataVersionsUseCase.Versions(version.get(), 5);
        };
        RouteContributor programme = routes -> routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("Πρόγραμμα", String.class), ctx -> routes.cache().serve(ctx,
                        DocumentCache.Source.PROGRAMME, "program:" + ctx.pathParam("edition"), () -> {
                            made.incrementAndGet();
                            // made slowly: until the whole crowd has asked for the version (at most 10 s)
                            long until = System.nanoTime() + 10_000_000_000L;
                            while (asked.get() < crowd && System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                            if (fail.get()) {
                                throw new gr.etwinning.synedrio.application.NotFoundException("edition 7",
                                        "no edition 7");
                            }
                            return DocumentCache.Document.of(PROGRAMME, "application/json; charset=utf-8");
                        }));
        server = new WebServer(Set.of(programme), secret -> Optional.empty(), MetricsPort.NONE,
                new DocumentCache(versions)).start("127.0.0.1", 0);
        byte[] bytes = PROGRAMME.getBytes(StandardCharsets.UTF_8);

        java.util.List<HttpResponse<byte[]>> answers = crowd(crowd);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(answers).allSatisfy(a -> assertThat(a.body()).isEqualTo(bytes));
        assertThat(made.get()).as("made once for the crowd").isEqualTo(1);

        // the next version cannot be made: every request of the crowd is told so, and nothing is kept
        version.set(4);
        asked.set(0);
        fail.set(true);
        answers = crowd(crowd);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(404));
        assertThat(made.get()).as("tried once for the crowd").isEqualTo(2);
        fail.set(false);
        asked.set(crowd);
        assertThat(get(null, null).body()).isEqualTo(bytes);
        assertThat(made.get()).as("the failure was not kept: made again").isEqualTo(3);
    }

    private java.util.List<HttpResponse<byte[]>> crowd(int size) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            sent.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/conferences/7/program")).build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        java.util.List<HttpResponse<byte[]>> answers = new java.util.ArrayList<>();
        for (var f : sent) {
            answers.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void withoutTheCacheEveryRequestMakesItsDocumentAndGetsTheSameBytes() throws Exception {
        RouteContributor programme = routes -> routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("Πρόγραμμα", String.class), ctx -> routes.cache().serve(ctx,
                        DocumentCache.Source.PROGRAMME, "program:" + ctx.pathParam("edition"), () -> {
                            made.incrementAndGet();
                            return DocumentCache.Document.of(PROGRAMME, "application/json; charset=utf-8");
                        }));
        server = new WebServer(Set.of(programme), secret -> Optional.empty(), MetricsPort.NONE,
                DocumentCache.none()).start("127.0.0.1", 0);
        byte[] bytes = PROGRAMME.getBytes(StandardCharsets.UTF_8);
        assertThat(get(null, null).body()).isEqualTo(bytes);
        assertThat(get(null, null).headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        HttpResponse<byte[]> zipped = get("gzip", null);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes()).isEqualTo(bytes);
        assertThat(made.get()).isEqualTo(3);
    }

    @Test
    void gzipIsTakenOnlyWhereTheClientAcceptsIt() {
        assertThat(DocumentCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(DocumentCache.acceptsGzip("GZIP;q=0.5")).isTrue();
        assertThat(DocumentCache.acceptsGzip("*")).isTrue();
        assertThat(DocumentCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(DocumentCache.acceptsGzip("gzip; q=0.000, *")).isFalse();
        assertThat(DocumentCache.acceptsGzip("br, identity")).isFalse();
        assertThat(DocumentCache.acceptsGzip("")).isFalse();
    }

    private HttpResponse<byte[]> get(String acceptEncoding, String ifNoneMatch) throws Exception {
        return HttpClient.newHttpClient().send(ProgrammeRequests.programme(server.port(), acceptEncoding,
                ifNoneMatch), HttpResponse.BodyHandlers.ofByteArray());
    }
}
