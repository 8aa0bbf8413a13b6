package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase.Versions;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.HttpOutput;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The documents derived from an edition's data — the programme, the public page, the schedule exports, the report,
 * the charts — kept as the bytes last sent, each with the version of the data it was made from. The version is read
 * from the database at every request ({@link GetDataVersionsUseCase}: shared by the requests arriving together),
 * so a write made by any instance on the same database is seen at the next request; a document is made again only
 * when that version moved. The version is read before the document is made, so a document is never older than the
 * version it is kept under. A request that arrives while a read of the versions is under way waits for the next
 * one without a thread: it is answered by the thread that reads for it ({@link GetDataVersionsUseCase#versionsLater}),
 * which hands the kept bytes to Jetty without blocking (a client that reads nothing holds up nobody else) and has
 * a document that must be made made by a thread of its own.
 *
 * <p>Every answer carries a strong {@code ETag} (a digest of its bytes), answers {@code If-None-Match} with 304,
 * and says {@code Cache-Control: public, max-age=…} (short: a programme changes while a conference runs). The bytes
 * are written at once with their {@code Content-Length}; a text document is also kept gzipped (made once with the
 * document), sent to a client whose {@code Accept-Encoding} takes gzip — Javalin would compress it at every request.
 * Per-person answers are never kept here, and are {@code no-store} ({@link ApiRoutes}).
 */
public final class DocumentCache {

    /** What a document is derived from. */
    public enum Source {
        /** Editions, programmes and the persons they name. */
        PROGRAMME,
        /** Any data a report or a chart reads: figures, comments, contests, counts, the programme too. */
        EVERYTHING
    }

    /**
     * A document as sent: status 200, its type, extra headers and its bytes; {@code etagPrefix} goes before the
     * digest in its ETag (e.g. {@code v3-} for a programme, whose version an {@code If-Match} names), or is empty.
     */
    public record Document(byte[] body, String contentType, Map<String, String> headers, String etagPrefix) {

        public Document {
            headers = Map.copyOf(headers);
        }

        public static Document of(String body, String contentType) {
            return new Document(body.getBytes(StandardCharsets.UTF_8), contentType, Map.of(), "");
        }

        public Document withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Document(body, contentType, more, etagPrefix);
        }

        public Document withEtagPrefix(String prefix) {
            return new Document(body, contentType, headers, prefix);
        }
    }

    /** How long browsers and proxies may keep a public document without asking again, in seconds. */
    static final int MAX_AGE_SECONDS = 5;
    /** At most this many documents are kept (keys include the Host a schedule's links are made for). */
    static final int MAX_ENTRIES = 512;

    /** A kept document, its tag and, for a document worth compressing, its bytes gzipped once (else null). */
    private record Entry(long version, Document document, String etag, byte[] gzip, ByteBuffer direct,
                         ByteBuffer directGzip) {

        Entry(long version, Document document, String etag, byte[] gzip) {
            this(version, document, etag, gzip, offHeap(document.body()), gzip == null ? null : offHeap(gzip));
        }
    }

    /** From this size on, a kept document is also held outside the heap, written to the socket without a copy. */
    static final int MIN_SIZE_FOR_DIRECT = 8 * 1024;

    /**
     * The bytes in a direct buffer (read-only), or null for a small document: the JDK copies a heap buffer into a
     * direct one at every socket write, which for the 100 KB of a schedule export is a copy per request.
     */
    private static ByteBuffer offHeap(byte[] bytes) {
        if (bytes.length < MIN_SIZE_FOR_DIRECT) {
            return null;
        }
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    /** Javalin's threshold: a smaller answer is sent as it is even to a client that takes gzip. */
    static final int MIN_SIZE_FOR_GZIP = 1500;

    private final GetDataVersionsUseCase versions;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The documents being made now, by version and key: who wants one waits for it rather than making it too. */
    private final Map<String, CompletableFuture<Entry>> inProgress = new ConcurrentHashMap<>();

    /** A cache keyed by the database's versions; {@code null}: nothing kept, every document made at each request. */
    public DocumentCache(GetDataVersionsUseCase versions) {
        this.versions = versions;
    }

    /** No cache: every request makes its document (still with ETag and 304). */
    public static DocumentCache none() {
        return new DocumentCache(null);
    }

    /**
     * Answers the request with the document kept under the key for the current version of its source, or makes it
     * (a failure to make it — not found, the database down — is thrown as it is, and nothing is kept).
     */
    public void serve(Context ctx, Source source, String key, Supplier<Document> make) {
        serve(ctx, source, key, make, null);
    }

    /** Answers a failure to make a document itself, if it can (an HTML page's own 404); else it is thrown. */
    @FunctionalInterface
    public interface Refusal {
        /** Whether it answered the request for that failure. */
        boolean answer(Context ctx, RuntimeException failure);
    }

    /**
     * As {@link #serve(Context, Source, String, Supplier)}; a failure to make the document goes first to
     * {@code refusal} (may be null) — whether the request is answered now or by the thread that reads the versions,
     * where a try around this call would no longer catch it.
     */
    public void serve(Context ctx, Source source, String key, Supplier<Document> make, Refusal refusal) {
        CompletableFuture<Versions> later = versions == null ? null : versions.versionsLater();
        if (later == null || later.isDone()) {
            try {
                if (later == null) {
                    Document d = make.get();
                    send(ctx, new Entry(0, d, etag(d), null, null, null)); // sent once: not worth a copy off the heap
                } else {
                    send(ctx, entry(gr.etwinning.synedrio.application.SharedResults.await(later), source, key, make));
                }
            } catch (RuntimeException e) {
                if (refusal == null || !refusal.answer(ctx, e)) {
                    throw e;
                }
            }
            return;
        }
        // A read was under way: the versions come with the next one, and this request's thread is not kept waiting
        // for them (parking and waking a thread per request cost more than the rest of the answer). The thread
        // that reads them answers the request: a kept document is written without blocking, so that a client that
        // does not read cannot hold up the others; a document to be made is made by a thread of its own.
        ctx.future(() -> {
            CompletableFuture<Void> answered = later.thenCompose(v -> {
                long version = source == Source.PROGRAMME ? v.programme() : v.everything();
                Entry kept = entries.get(key);
                if (kept != null && kept.version() == version) {
                    return sendLater(ctx, kept);
                }
                return CompletableFuture.supplyAsync(() -> makeOnce(key, version, make), MAKERS)
                        .thenCompose(made -> sendLater(ctx, made));
            }).exceptionallyComposeAsync(CompletableFuture::failedFuture, FAILURES);
            // ^ a read of the versions that fails fails its whole batch on the reading thread: each request's
            // problem (or refusal) is written by a thread of FAILURES instead, where a blocking write holds up
            // neither the next reads of the versions nor the makers (busy, in an outage, waiting for the database)
            if (refusal == null) {
                return answered;
            }
            return answered.handle((ok, failure) -> {
                if (failure == null) {
                    return null;
                }
                Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : failure;
                if (cause instanceof RuntimeException e && refusal.answer(ctx, e)) {
                    return null;
                }
                throw failure instanceof java.util.concurrent.CompletionException c ? c
                        : new java.util.concurrent.CompletionException(failure);
            });
        });
    }

    /**
     * Makes the documents that requests answered without a thread of their own need (their own thread is gone): at
     * most four at a time, the rest queued — a crowd asking for many documents at once (a schedule export is kept
     * per Host header) cannot start a thread each.
     */
    private static final java.util.concurrent.Executor MAKERS = pool(4, "document-maker");

    /**
     * Writes the answers of the requests whose read of the versions failed (a problem, or the route's refusal): two
     * threads, the rest queued — the bodies are small, and only a client that reads nothing holds one up.
     */
    private static final java.util.concurrent.Executor FAILURES = pool(2, "document-failure");

    private static java.util.concurrent.ThreadPoolExecutor pool(int threads, String name) {
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private Entry entry(Versions v, Source source, String key, Supplier<Document> make) {
        long version = source == Source.PROGRAMME ? v.programme() : v.everything();
        Entry kept = entries.get(key);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        return makeOnce(key, version, make);
    }

    /**
     * Makes the document of the key at the version, once for all the requests that want it at the same time: the
     * first makes it, the others wait for it and get it (or its failure). After a write under a crowd, 64 requests
     * for the report would otherwise each read the edition's million presences at once — the database's work 64
     * times over, and the heap's (each count of persons may take tens of MiB) more than it holds.
     */
    private Entry makeOnce(String key, long version, Supplier<Document> make) {
        String making = version + ":" + key;
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = inProgress.putIfAbsent(making, mine);
        if (other != null) {
            return gr.etwinning.synedrio.application.SharedResults.await(other);
        }
        try {
            Entry kept = entries.get(key);
            if (kept != null && kept.version() == version) {
                mine.complete(kept); // made by another request between this one's look and now
                return kept;
            }
            Document d = make.get();
            Entry entry = new Entry(version, d, etag(d), gzip(d));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.merge(key, entry, (old, made) -> old.version() > made.version() ? old : made);
            mine.complete(entry);
            return entry;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            if (!mine.isDone()) { // whatever else ended the making, nobody may wait for it for ever
                mine.completeExceptionally(new IllegalStateException("the document '" + key + "' was not made"));
            }
            inProgress.remove(making, mine);
        }
    }

    /**
     * The answer's status and headers: its tag, how long it may be kept, the document's own headers; 304 (and
     * null) for a client that has it, else 200 and its type, and whether the client takes gzip.
     */
    private static Boolean head(Context ctx, Entry entry) {
        Document d = entry.document();
        ctx.header("ETag", entry.etag());
        ctx.header("Cache-Control", cacheControl(ctx));
        d.headers().forEach(ctx::header);
        if (matches(ctx.header("If-None-Match"), entry.etag())) {
            ctx.status(304);
            return null;
        }
        ctx.status(200).contentType(d.contentType());
        String accepted = ctx.req().getHeader("Accept-Encoding");
        return accepted != null && acceptsGzip(accepted);
    }

    private static void send(Context ctx, Entry entry) {
        Document d = entry.document();
        Boolean takesGzip = head(ctx, entry);
        if (takesGzip == null) {
            return;
        }
        if (!takesGzip) {
            write(ctx.res(), d.body(), entry.direct());
        } else if (entry.gzip() != null) {
            ctx.res().setHeader("Content-Encoding", "gzip"); // compressed once per version, not at every request
            write(ctx.res(), entry.gzip(), entry.directGzip());
        } else {
            ctx.result(d.body()); // not kept gzipped: Javalin sends it as any answer (compressed if worth it)
        }
    }

    /**
     * Public and short-lived; but an answer that sets a cookie (the public page's language) is the asker's own, and
     * no shared cache may keep it.
     */
    private static String cacheControl(Context ctx) {
        return ctx.res().getHeader("Set-Cookie") != null ? "private, no-cache" : "public, max-age=" + MAX_AGE_SECONDS;
    }

    /**
     * Answers as {@link #send} does, without blocking: the bytes are handed to Jetty, which writes them as the client
     * takes them; the future completes when they are written (or the client went away). A document not kept gzipped
     * is sent as it is, even to a client that takes gzip (Javalin would write its compressed bytes blocking).
     */
    private static CompletableFuture<Void> sendLater(Context ctx, Entry entry) {
        Document d = entry.document();
        Boolean takesGzip = head(ctx, entry);
        if (takesGzip == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean gzip = takesGzip && entry.gzip() != null;
        if (gzip) {
            ctx.res().setHeader("Content-Encoding", "gzip");
        }
        byte[] bytes = gzip ? entry.gzip() : d.body();
        ByteBuffer direct = gzip ? entry.directGzip() : entry.direct();
        HttpServletResponse res = ctx.res();
        res.setContentLength(bytes.length);
        try {
            ServletOutputStream out = res.getOutputStream();
            if (out instanceof HttpOutput jetty) {
                CompletableFuture<Void> written = new CompletableFuture<>();
                jetty.sendContent(direct != null ? direct.duplicate() : ByteBuffer.wrap(bytes),
                        org.eclipse.jetty.util.Callback.from(() -> written.complete(null),
                                gone -> written.complete(null))); // the client went away: nobody to answer
                return written;
            }
            out.write(bytes);
        } catch (IOException e) {
            // the client went away while its document was sent: nobody is left to answer, nothing to log
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The kept bytes at once, with their length: not through Javalin's result stream, which copies them in 4 KiB
     * pieces through its compressing wrapper and sends them chunked.
     */
    private static void write(HttpServletResponse res, byte[] bytes, ByteBuffer direct) {
        res.setContentLength(bytes.length);
        try {
            ServletOutputStream out = res.getOutputStream();
            if (direct != null && out instanceof HttpOutput jetty) {
                jetty.write(direct.duplicate()); // each answer reads the shared buffer through its own position
            } else {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away while its document was sent: nobody is left to answer, nothing to log
        }
    }

    /** Whether an Accept-Encoding header takes gzip (named, or {@code *}, without {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (!name.equalsIgnoreCase("gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (param.startsWith("q=") && param.substring(2).strip().matches("0(\\.0*)?")) {
                    refused = true;
                }
            }
            if (name.equalsIgnoreCase("gzip")) {
                return !refused;
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    /** The document gzipped, if it is text of a size Javalin would compress; else null (sent as it is). */
    static byte[] gzip(Document d) {
        String type = d.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean text = type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript");
        if (!text || type.startsWith("image/") || d.body().length < MIN_SIZE_FOR_GZIP) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.body().length / 4 + 64);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out, 8192)) {
            z.write(d.body());
        } catch (IOException e) {
            throw new IllegalStateException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 §13.1.2 asks; or {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(Document d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(d.contentType().getBytes(StandardCharsets.UTF_8));
            new LinkedHashMap<>(new java.util.TreeMap<>(d.headers())).forEach((k, v) -> {
                sha.update(k.getBytes(StandardCharsets.UTF_8));
                sha.update(v.getBytes(StandardCharsets.UTF_8));
            });
            sha.update(d.body());
            return "\"" + d.etagPrefix() + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
