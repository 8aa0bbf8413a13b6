import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The opening-day rush, measured (bench/booking.sh runs it). Against a fresh MariaDB database it starts the real
 * server through the {@code ./synedrio} launcher on 127.0.0.1, plans editions with 16 workshops of 150 to 300 seats
 * (3,600 in all, as in 2021), registers 3,000 participants in each over HTTP, and then, after two unmeasured warm-up
 * rounds, runs five rounds of two rushes each, in alternating order:
 *
 * <ol>
 *   <li>HTTP: 64 concurrent clients (each a keep-alive HTTP/1.1 connection, {@link RawHttp}) book an edition's
 *       workshops until every one is full;</li>
 *   <li>JDBC: 64 threads over a pool of as many connections as the server's ({@link #POOL}) run the same booking
 *       transaction — the same statements in the same order, with the same locks — straight over JDBC on another
 *       edition: the limit to compare the HTTP rate with.</li>
 * </ol>
 *
 * It reports each rush, the median rate of each side, latency percentiles over all measured requests, and checks
 * every rush against the database: overbooked seats, and bookings acknowledged but missing (lost) or present but
 * never acknowledged or acknowledged twice (duplicated). Loopback only; every loop is bounded by the number of
 * planned attempts and by a deadline.
 */
public final class BookingBench {

    static final int CLIENTS = 64;
    /** The connections of the server's pool (SYNEDRIO_DB_POOL_SIZE) and of the JDBC side's: the same. */
    static final int POOL = Integer.parseInt(System.getenv().getOrDefault("POOL", "8"));
    static final int WORKSHOPS = 16;
    static final int LIMIT = 2;
    static final Duration DEADLINE = Duration.ofMinutes(5);
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        String jar = opt.getOrDefault("--jar", "bootstrap/target/synedrio.jar");
        String base = opt.getOrDefault("--db", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = opt.getOrDefault("--user", "root");
        String password = opt.getOrDefault("--password", "");
        int participants = Integer.parseInt(opt.getOrDefault("--participants", "3000"));
        int rounds = Integer.parseInt(opt.getOrDefault("--rounds", "5"));
        int warmups = Integer.parseInt(opt.getOrDefault("--warmups", "2"));
        String launcher = opt.getOrDefault("--launcher", "./synedrio");
        if (opt.containsKey("--cluster")) {
            int code = 3;
            try {
                code = ClusterBench.run(opt, jar, user, password, launcher);
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.exit(code); // the HTTP client's threads would keep the JVM alive
        }
        if (!base.matches("jdbc:mariadb://(127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\])(:\\d+)?/.*")) {
            throw new IllegalArgumentException("the benchmark runs against a database on this machine only "
                    + "(127.0.0.0/8 or localhost), not " + base);
        }
        String name = "synedrio_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String url = base.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_520_ci");
            try (ResultSet rs = s.executeQuery("select version()")) {
                rs.next();
                System.out.println("database: MariaDB " + rs.getString(1) + ", fresh database " + name);
            }
        }
        Process server = null;
        int exitCode = 3;
        try {
            String token = cli(jar, url, user, password, "token", "create", "bench").strip();
            // The server runs as an operator runs it: through the launcher (its JVM options, -Xmx256m), with the
            // pool size the JDBC side gets too.
            List<String> command = new ArrayList<>(List.of(launcher, "--db", url, "--db-user", user,
                    "--db-password", password, "serve", "--host", "127.0.0.1", "--port", "0"));
            ProcessBuilder serve = new ProcessBuilder(command).redirectErrorStream(true);
            serve.environment().put("SYNEDRIO_DB_POOL_SIZE", String.valueOf(POOL));
            String serverOptions = System.getenv("SYNEDRIO_BENCH_SERVER_OPTS");
            if (serverOptions != null && !serverOptions.isBlank()) {
                serve.environment().put("SYNEDRIO_JAVA_OPTS", serverOptions.strip());
            }
            server = serve.start();
            SERVER = server.toHandle();
            String api = awaitServer(server);
            Http http = new Http(api, token);

            int[] capacities = new int[WORKSHOPS];
            for (int i = 0; i < WORKSHOPS; i++) {
                capacities[i] = 150 + 10 * i;
            }
            // Round r books edition 901 + 3r over HTTP, 902 + 3r over JDBC and 903 + 3r by the minimal transaction;
            // 971 + 3w, 972 + 3w and 973 + 3w are warm-up w.
            long t0 = System.nanoTime();
            String[][] codes = new String[3 * rounds][];
            for (int e = 0; e < 3 * rounds; e++) {
                plan(http, 901 + e, capacities);
                codes[e] = register(http, 901 + e, participants, url, user, password);
            }
            System.out.printf("setup: %d editions, %d workshops each with %d seats in all, %d participants each "
                            + "registered over HTTP in %.1f s; pool %d connections on both sides%n", 3 * rounds,
                    WORKSHOPS, Arrays.stream(capacities).sum(), participants, (System.nanoTime() - t0) / 1e9, POOL);
            // Warm-up rounds book more editions of the same size, unmeasured: until about 15,000 requests the
            // server's JIT is still compiling (after one warm-up round, each measured round was faster than the one
            // before it: 1135, 1335, 1486 bookings/s).
            String[][] warmCodes = new String[3 * warmups][];
            for (int e = 0; e < 3 * warmups; e++) {
                plan(http, 971 + e, capacities);
                warmCodes[e] = register(http, 971 + e, participants, url, user, password);
            }

            List<Result> viaHttp = new ArrayList<>();
            List<Result> viaJdbc = new ArrayList<>();
            List<Result> viaMinimal = new ArrayList<>();
            boolean correct = true;
            try (HikariDataSource pool = pool(url, user, password)) {
                RawHttp raw = new RawHttp(api);
                // Warm-up: the same rush first, so that both the server's JVM and this one have compiled their hot
                // paths and MariaDB has its pages in memory before anything is measured.
                for (int w = 0; w < warmups; w++) {
                    int jdbcEdition = 972 + 3 * w;
                    int minimalEdition = 973 + 3 * w;
                    rush("warm-up " + (w + 1) + " HTTP", warmCodes[3 * w], capacities,
                            (code, ws) -> raw.book(code, workshop(ws)));
                    raw.closeAll();
                    rush("warm-up " + (w + 1) + " JDBC", warmCodes[3 * w + 1], capacities,
                            (code, ws) -> Jdbc.book(pool, jdbcEdition, code, workshop(ws)));
                    Map<String, Long> ids = Minimal.ids(pool, minimalEdition);
                    rush("warm-up " + (w + 1) + " minimal", warmCodes[3 * w + 2], capacities,
                            (code, ws) -> Minimal.book(pool, minimalEdition, ids.get(code), workshop(ws)));
                }
                for (int r = 0; r < rounds; r++) {
                    int httpEdition = 901 + 3 * r;
                    int jdbcEdition = 902 + 3 * r;
                    int minimalEdition = 903 + 3 * r;
                    String[] httpCodes = codes[3 * r];
                    String[] jdbcCodes = codes[3 * r + 1];
                    String[] minimalCodes = codes[3 * r + 2];
                    Map<String, Long> ids = Minimal.ids(pool, minimalEdition);
                    // Rotate which side goes first, so that none always meets another's after-effects.
                    for (int side = 0; side < 3; side++) {
                        int turn = (side + r) % 3;
                        boolean httpTurn = turn == 0;
                        settle();
                        Result result;
                        Check check;
                        if (turn == 2) {
                            result = rush("round " + (r + 1) + " minimal", minimalCodes, capacities,
                                    (code, w) -> Minimal.book(pool, minimalEdition, ids.get(code), workshop(w)));
                            check = Minimal.check(pool, minimalEdition, result, capacities);
                            viaMinimal.add(result);
                        } else if (httpTurn) {
                            result = rush("round " + (r + 1) + " HTTP", httpCodes, capacities,
                                    (code, w) -> raw.book(code, workshop(w)));
                            raw.closeAll();
                            check = check(url, user, password, httpEdition, httpCodes, result, capacities);
                            viaHttp.add(result);
                        } else {
                            result = rush("round " + (r + 1) + " JDBC", jdbcCodes, capacities,
                                    (code, w) -> Jdbc.book(pool, jdbcEdition, code, workshop(w)));
                            check = check(url, user, password, jdbcEdition, jdbcCodes, result, capacities);
                            viaJdbc.add(result);
                        }
                        report(result, check);
                        correct &= check.ok();
                    }
                }
            }
            Result http1 = Result.pooled("HTTP", viaHttp);
            Result jdbc1 = Result.pooled("JDBC", viaJdbc);
            double httpRate = median(viaHttp);
            double jdbcRate = median(viaJdbc);
            Result minimal1 = Result.pooled("minimal", viaMinimal);
            double minimalRate = median(viaMinimal);
            System.out.printf("HTTP: median %.0f bookings/s over %d rounds; all %d requests: latency p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms%n", httpRate, rounds, http1.attempts().size(),
                    http1.percentile(50), http1.percentile(99), http1.percentile(100));
            System.out.printf("JDBC: median %.0f bookings/s over %d rounds; all %d transactions: latency p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms%n", jdbcRate, rounds, jdbc1.attempts().size(),
                    jdbc1.percentile(50), jdbc1.percentile(99), jdbc1.percentile(100));
            System.out.printf("minimal JDBC (UPDATE … booked < capacity, INSERT, COMMIT): median %.0f bookings/s over %d"
                            + " rounds; all %d transactions: latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    minimalRate, rounds, minimal1.attempts().size(), minimal1.percentile(50), minimal1.percentile(99),
                    minimal1.percentile(100));
            System.out.printf("ratio HTTP/JDBC: %.2f (target >= 0.70); HTTP p99 %.1f ms (target < 100 ms)%n",
                    httpRate / jdbcRate, http1.percentile(99));
            System.out.printf("ratio HTTP/minimal: %.2f (target >= 0.50); JDBC/minimal: %.2f%n",
                    httpRate / minimalRate, jdbcRate / minimalRate);
            System.out.println(correct ? "correctness: OK (0 overbooked, 0 lost, 0 duplicated, 0 failed)"
                    : "correctness: FAILED");
            exitCode = correct ? 0 : 1;
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(20, TimeUnit.SECONDS);
            }
            if (!"keep".equals(opt.get("--database"))) {
                try (Connection c = DriverManager.getConnection(base, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + name);
                }
            }
        }
        // The HTTP client's threads would keep the JVM alive.
        System.exit(exitCode);
    }

    static String workshop(int i) {
        return String.format("b-workshop-%02d", i + 1);
    }

    // ---- the rush -------------------------------------------------------------------------------------------------

    interface Booker {
        /** Books; returns "confirmed" or "waiting", or throws. */
        String book(String code, int workshop) throws Exception;
    }

    record Attempt(int participant, int workshop, String status, long nanos) {
    }

    /** The median rate of the rounds. */
    static double median(List<Result> rounds) {
        double[] rates = rounds.stream().mapToDouble(Result::rate).sorted().toArray();
        int n = rates.length;
        return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
    }

    /** A pause before each measured rush, so that MariaDB finishes the previous one's background work first. */
    static void settle() throws InterruptedException {
        Thread.sleep(3000);
    }

    record Result(String how, List<Attempt> attempts, long elapsedNanos, int failures, List<String> failureSamples) {
        /** All rounds' attempts together, for percentiles over every request. */
        static Result pooled(String how, List<Result> rounds) {
            List<Attempt> all = new ArrayList<>();
            rounds.forEach(r -> all.addAll(r.attempts()));
            return new Result(how, all, rounds.stream().mapToLong(Result::elapsedNanos).sum(),
                    rounds.stream().mapToInt(Result::failures).sum(), List.of());
        }

        double rate() {
            return attempts.size() / (elapsedNanos / 1e9);
        }

        double percentile(int p) {
            long[] sorted = attempts.stream().mapToLong(Attempt::nanos).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, i)] / 1e6;
        }
    }

    /**
     * 64 workers take attempts from one counter: attempt i is participant i / LIMIT booking workshop
     * (participant + i % LIMIT) % 16, so every participant books LIMIT different workshops and the load spreads over
     * all 16. An attempt at a workshop already seen full is skipped: clients stop when every workshop is full.
     */
    static Result rush(String how, String[] codes, int[] capacities, Booker booker) throws Exception {
        System.out.printf("%tT %s: %d participants start%n", new java.util.Date(), how, codes.length);
        long[] cpuBefore = Cpu.now();
        Result result = rushOnly(how, codes, capacities, booker);
        Cpu.report(result.attempts().size(), cpuBefore, Cpu.now());
        return result;
    }

    /** The server's process (the launcher's JVM), whose CPU time each rush reports. */
    static volatile ProcessHandle SERVER;

    /**
     * CPU time spent during a rush by MariaDB (the local mariadbd, or BENCH_DB_PID), the server and this process,
     * read from /proc: on a machine shared with other work the rates vary from minute to minute, the CPU time a
     * booking costs much less.
     */
    static final class Cpu {
        static final long DB = Long.parseLong(System.getenv().getOrDefault("BENCH_DB_PID", String.valueOf(
                ProcessHandle.allProcesses().filter(h -> h.info().command().map(c -> c.endsWith("/mariadbd"))
                        .orElse(comm(h.pid()).equals("mariadbd"))).mapToLong(ProcessHandle::pid).min().orElse(-1))));

        static String comm(long pid) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/comm")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                return "";
            }
        }

        /** utime + stime of a process in nanoseconds (clock ticks of 10 ms), 0 if it cannot be read. */
        static long of(long pid) {
            if (pid < 0) {
                return 0;
            }
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }

        static long[] now() {
            long server = 0;
            ProcessHandle s = SERVER;
            if (s != null) {
                server = of(s.pid()) + s.descendants().mapToLong(h -> of(h.pid())).sum();
            }
            return new long[]{of(DB), server, of(ProcessHandle.current().pid()), System.nanoTime()};
        }

        static void report(int bookings, long[] before, long[] after) {
            double per = Math.max(1, bookings) / 1000.0;
            System.out.printf("      CPU per 1000 bookings: database %.0f ms, server %.0f ms, bench %.0f ms (%.2f s "
                            + "of database CPU in %.2f s)%n", (after[0] - before[0]) / 1e6 / per,
                    (after[1] - before[1]) / 1e6 / per, (after[2] - before[2]) / 1e6 / per,
                    (after[0] - before[0]) / 1e9, (after[3] - before[3]) / 1e9);
        }
    }

    static Result rushOnly(String how, String[] codes, int[] capacities, Booker booker) throws Exception {
        int attempts = codes.length * LIMIT;
        AtomicInteger next = new AtomicInteger();
        AtomicIntegerArray full = new AtomicIntegerArray(WORKSHOPS);
        AtomicInteger fullCount = new AtomicInteger();
        List<Attempt> done = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            futures.add(workers.submit(() -> {
                start.await();
                while (fullCount.get() < WORKSHOPS && System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= attempts) {
                        break;
                    }
                    int p = i / LIMIT;
                    int w = (p + i % LIMIT) % WORKSHOPS;
                    if (full.get(w) == 1) {
                        continue;
                    }
                    long s = System.nanoTime();
                    try {
                        String status = booker.book(codes[p], w);
                        done.add(new Attempt(p, w, status, System.nanoTime() - s));
                        if (status.equals("waiting") && full.compareAndSet(w, 0, 1)) {
                            fullCount.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(e.toString());
                        }
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        workers.shutdown();
        return new Result(how, List.copyOf(done), elapsed, failures.get(), List.copyOf(samples));
    }

    // ---- checks against the database ------------------------------------------------------------------------------

    record Check(int overbooked, int lost, int duplicated, int failed, int seats, int confirmed, int waiting,
                 int workshopsFull) {
        boolean ok() {
            return overbooked == 0 && lost == 0 && duplicated == 0 && failed == 0 && workshopsFull == WORKSHOPS;
        }
    }

    static Check check(String url, String user, String password, int edition, String[] codes, Result result,
                       int[] capacities) throws SQLException {
        Map<String, Integer> participantOfCode = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            participantOfCode.put(codes[i], i);
        }
        Map<String, String> stored = new HashMap<>();
        int overbooked = 0;
        int confirmed = 0;
        int waiting = 0;
        int workshopsFull = 0;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            syncWait(c);
            try (PreparedStatement s = c.prepareStatement("select workshop_id, capacity, booked, waiting from "
                    + "workshop_seat where edition = ?")) {
                s.setInt(1, edition);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        overbooked += Math.max(0, rs.getInt(3) - rs.getInt(2));
                        workshopsFull += rs.getInt(3) == rs.getInt(2) ? 1 : 0;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select r.code, b.workshop_id, b.status from booking b "
                    + "join registration r on r.id = b.registration_id where b.edition = ?")) {
                s.setInt(1, edition);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int p = participantOfCode.get(rs.getString(1));
                        String status = rs.getString(3).toLowerCase(java.util.Locale.ROOT);
                        stored.put(p + "/" + rs.getString(2), status);
                        confirmed += status.equals("confirmed") ? 1 : 0;
                        waiting += status.equals("waiting") ? 1 : 0;
                    }
                }
            }
            // the counters must agree with the rows they count
            try (PreparedStatement s = c.prepareStatement("select count(*) from workshop_seat w where w.edition = ? "
                    + "and (w.booked <> (select count(*) from booking b where b.edition = w.edition and "
                    + "b.workshop_id = w.workshop_id and b.status = 'CONFIRMED') or w.waiting <> (select count(*) "
                    + "from booking b where b.edition = w.edition and b.workshop_id = w.workshop_id and "
                    + "b.status = 'WAITING'))")) {
                s.setInt(1, edition);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    overbooked += rs.getInt(1);
                }
            }
        }
        Map<String, String> acknowledged = new HashMap<>();
        int duplicated = 0;
        int lost = 0;
        for (Attempt a : result.attempts()) {
            String key = a.participant() + "/" + workshop(a.workshop());
            if (acknowledged.put(key, a.status()) != null) {
                duplicated++;
            }
            if (!a.status().equals(stored.get(key))) {
                lost++;
            }
        }
        for (String key : stored.keySet()) {
            if (!acknowledged.containsKey(key)) {
                duplicated++;
            }
        }
        return new Check(overbooked, lost, duplicated, result.failures(), Arrays.stream(capacities).sum(), confirmed,
                waiting, workshopsFull);
    }

    /** On a Galera node, reads wait until the node has applied everything the cluster committed before them. */
    static void syncWait(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select @@wsrep_on")) {
            if (rs.next() && rs.getInt(1) == 1) {
                s.execute("set session wsrep_sync_wait = 1");
            }
        }
    }

    static void report(Result r, Check c) {
        long confirmedAcks = r.attempts().stream().filter(a -> a.status().equals("confirmed")).count();
        System.out.printf("%-4s: %d booking transactions (%d confirmed, %d waiting) in %.2f s = %.0f bookings/s; "
                        + "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.how(), r.attempts().size(),
                confirmedAcks, r.attempts().size() - confirmedAcks, r.elapsedNanos() / 1e9, r.rate(),
                r.percentile(50), r.percentile(99), r.percentile(100));
        System.out.printf("      checked in the database: %d/%d seats booked, %d waiting, %d/%d workshops full; "
                        + "overbooked %d, lost %d, duplicated %d, failed requests %d%n", c.confirmed(), c.seats(),
                c.waiting(), c.workshopsFull(), WORKSHOPS, c.overbooked(), c.lost(), c.duplicated(), c.failed());
        r.failureSamples().forEach(s -> System.out.println("      failure: " + s));
    }

    // ---- set-up over the API --------------------------------------------------------------------------------------

    static void plan(Http http, int edition, int[] capacities) throws Exception {
        http.expect(201, "POST", "/api/conferences", "{\"edition\": " + edition + ", \"title\": \"Συνέδριο μέτρησης "
                + edition + "\", \"startDate\": \"2031-11-21\", \"endDate\": \"2031-11-22\", \"mode\": \"online\"}");
        StringBuilder contributions = new StringBuilder();
        for (int i = 0; i < WORKSHOPS; i++) {
            int start = 8 * 60 + 30 * i;
            contributions.append(i == 0 ? "" : ",").append(String.format("{\"id\": \"%s\", \"kind\": \"workshop\", "
                            + "\"title\": \"Εργαστήριο %d\", \"start\": \"%02d:%02d\", \"end\": \"%02d:%02d\"}",
                    workshop(i), i + 1, start / 60, start % 60, (start + 30) / 60, (start + 30) % 60));
        }
        http.expect(200, "PUT", "/api/conferences/" + edition + "/program", "{\"sessions\": [{\"id\": \"workshops\", "
                + "\"kind\": \"workshops\", \"day\": \"2031-11-21\", \"start\": \"08:00\", \"end\": \"17:00\", "
                + "\"contributions\": [" + contributions + "]}]}");
        for (int i = 0; i < WORKSHOPS; i++) {
            http.expect(200, "PUT", "/api/conferences/" + edition + "/workshops/" + workshop(i),
                    "{\"capacity\": " + capacities[i] + "}");
        }
        http.expect(200, "PUT", "/api/conferences/" + edition + "/booking-limit", "{\"limit\": " + LIMIT + "}");
    }

    /**
     * Registers the participants over HTTP. The API mails each one's confirmation code (issue 12) and never answers
     * it, so the bench, standing in for the participants' mailboxes, reads the codes from the database afterwards.
     */
    static String[] register(Http http, int edition, int participants, String url, String user, String password)
            throws Exception {
        String[] codes = new String[participants];
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            int p = i;
            futures.add(pool.submit(() -> {
                String body = String.format("{\"fullName\": \"Εκπαιδευτικός %d\", \"email\": \"bench%d.%d@sch.gr\", "
                        + "\"school\": \"%dο Δημοτικό Σχολείο\", \"level\": \"primary\", \"consent\": true}",
                        p, edition, p, p % 50 + 1);
                http.expect(202, "POST", "/api/conferences/" + edition + "/registrations", body);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
             java.sql.PreparedStatement s = c.prepareStatement("select email, code from registration where edition = ?")) {
            s.setInt(1, edition);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String email = rs.getString(1);
                    int p = Integer.parseInt(email.substring(email.lastIndexOf('.', email.indexOf('@')) + 1,
                            email.indexOf('@')));
                    codes[p] = rs.getString(2);
                }
            }
        }
        return codes;
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    static final class Http {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        final String api;
        final String token;

        Http(String api, String token) {
            this.api = api;
            this.token = token;
        }

        String expect(int status, String method, String path, String body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != status) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }
    }

    /**
     * The rush's HTTP client: one keep-alive HTTP/1.1 connection per client thread over a plain socket, writing the
     * request line and headers and reading the status line, headers and body (Content-Length or chunked). It does
     * what a load generator such as wrk does, at a fraction of java.net.http's CPU per request, which on a 2-core
     * machine would otherwise be taken from the server being measured.
     */
    static final class RawHttp {
        final String host;
        final int port;
        final ThreadLocal<Conn> connections = new ThreadLocal<>();
        final List<Conn> all = java.util.Collections.synchronizedList(new ArrayList<>());

        RawHttp(String api) {
            URI uri = URI.create(api);
            this.host = uri.getHost();
            this.port = uri.getPort();
        }

        record Response(int status, String body) {
        }

        static final class Conn {
            final java.net.Socket socket;
            final java.io.BufferedInputStream in;
            final java.io.OutputStream out;

            Conn(String host, int port) throws java.io.IOException {
                socket = new java.net.Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1024);
            }
        }

        String book(String code, String workshop) throws Exception {
            Response r = send("POST", "/api/registrations/" + code + "/bookings/" + workshop);
            if (r.status() != 201 && r.status() != 200) {
                throw new IllegalStateException("booking answered " + r.status() + ": " + r.body());
            }
            return JSON.readTree(r.body()).get("status").asText();
        }

        Response send(String method, String path) throws Exception {
            Conn c = connections.get();
            if (c == null) {
                c = new Conn(host, port);
                connections.set(c);
                all.add(c);
            }
            c.out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.out.flush();
            String statusLine = line(c.in);
            if (statusLine == null) {
                connections.remove();
                throw new java.io.EOFException("the server closed the connection");
            }
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h; (h = line(c.in)) != null && !h.isEmpty(); ) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size; (size = Integer.parseInt(line(c.in).split(";")[0].strip(), 16)) > 0; ) {
                    body.write(c.in.readNBytes(size));
                    line(c.in);
                }
                line(c.in);
            } else if (length >= 0) {
                body.write(c.in.readNBytes(length));
            }
            if (close) {
                c.socket.close();
                connections.remove();
            }
            return new Response(status, body.toString(StandardCharsets.UTF_8));
        }

        /** One header line without its CRLF; null at the end of the stream. */
        static String line(java.io.InputStream in) throws java.io.IOException {
            StringBuilder b = new StringBuilder(64);
            for (int ch; (ch = in.read()) != '\n'; ) {
                if (ch < 0) {
                    return b.length() == 0 ? null : b.toString();
                }
                if (ch != '\r') {
                    b.append((char) ch);
                }
            }
            return b.toString();
        }

        void closeAll() {
            for (Conn c : all) {
                try {
                    c.socket.close();
                } catch (java.io.IOException ignored) {
                    // closing anyway
                }
            }
            all.clear();
        }
    }

    // ---- the bare JDBC transaction --------------------------------------------------------------------------------

    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL);
        config.setAutoCommit(false); // as the server's pool: a transaction is its statements and COMMIT
        config.addDataSourceProperty("useServerPrepStmts", "false");
        config.addDataSourceProperty("rewriteBatchedStatements", "true");
        return new HikariDataSource(config);
    }

    /**
     * The booking transaction of SeatService over the repositories' statements, written out by hand with the very
     * text the server sends (as MariaDB's general log shows it): lock the participant's registration and read their
     * bookings in the same statement; take a seat or a waiting place with one conditional UPDATE of the workshop's
     * seats, provided the programme version (which the limit and the workshops' times were read at, once per
     * version) is still current, its ticket back in the OK packet; insert the booking; commit — retried on deadlock
     * like Database.inTransaction. (The overlap check is the server's, in Java; the bench's bookings never overlap.)
     */
    static final class Jdbc {
        static final AtomicLong CLOCK = new AtomicLong(System.currentTimeMillis());

        static String book(HikariDataSource pool, int edition, String code, String workshop) throws Exception {
            for (int attempt = 1; ; attempt++) {
                try (Connection c = pool.getConnection()) {
                    try {
                        String status = transaction(c, edition, code, workshop);
                        c.commit();
                        return status;
                    } catch (SQLException e) {
                        c.rollback();
                        if (attempt < 8 && ("40001".equals(e.getSQLState()) || e.getErrorCode() == 1213)) {
                            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 4L * attempt + 2));
                            continue;
                        }
                        throw e;
                    }
                }
            }
        }

        /** Per edition, the programme version and the booking limit, read once as the server does (per version). */
        static final Map<Integer, long[]> PROGRAMME = new ConcurrentHashMap<>();

        static String transaction(Connection c, int edition, String code, String workshop) throws SQLException {
            // 1. The participant's registration locked, their bookings read in the same statement
            // (JooqSeatRepository.START_BOOKING).
            long registration;
            int held;
            try (PreparedStatement s = c.prepareStatement("select r.id, r.edition, (select concat(count(*), ':', "
                    + "coalesce(group_concat(b.workshop_id, ' ', b.status separator ','), '')) from booking b "
                    + "where b.registration_id = r.id) from registration r where r.code = ? for update")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    registration = rs.getLong(1);
                    String listed = rs.getString(3);
                    int colon = listed.indexOf(':');
                    held = Integer.parseInt(listed.substring(0, colon));
                    for (String one : listed.substring(colon + 1).split(",")) {
                        String[] f = one.split(" ");
                        if (f[0].equals(workshop)) {
                            return f[1].toLowerCase(java.util.Locale.ROOT);
                        }
                    }
                }
            }
            // The programme version and the limit, once per edition (the server also reads the workshops' times
            // then, and checks for overlaps in Java: the bench's bookings never overlap).
            long[] programme = PROGRAMME.get(edition);
            if (programme == null) {
                programme = new long[2];
                try (PreparedStatement s = c.prepareStatement("select stamp from data_change where scope_name = "
                        + "'programme'"); ResultSet rs = s.executeQuery()) {
                    rs.next();
                    programme[0] = rs.getLong(1);
                }
                programme[1] = 2;
                try (PreparedStatement s = c.prepareStatement("select booking_limit from registration_settings "
                        + "where edition = ?")) {
                    s.setInt(1, edition);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            programme[1] = rs.getInt(1);
                        }
                    }
                }
                PROGRAMME.put(edition, programme);
            }
            if (held >= programme[1]) {
                throw new SQLException("booking limit reached", "23000");
            }
            // 2. One call takes a seat or a waiting place if the programme version is still the one read, inserts
            // the booking and commits (the procedure take_seat, V20__TakeSeatProcedure, as JooqSeatRepository does);
            // the caller's commit() then sends nothing.
            long value;
            try (PreparedStatement s = c.prepareStatement("call take_seat(?, ?, ?, ?, ?)")) {
                s.setInt(1, edition);
                s.setString(2, workshop);
                s.setLong(3, programme[0]);
                s.setLong(4, registration);
                s.setTimestamp(5, Timestamp.from(Instant.ofEpochMilli(CLOCK.incrementAndGet())));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    value = rs.getLong(1);
                    if (rs.wasNull()) {
                        throw new SQLException("workshop not open, or the programme changed", "23000");
                    }
                }
            }
            String status = value % 2147483648L == 0 ? "CONFIRMED" : "WAITING";
            return status.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The least a booking can cost the database: one conditional UPDATE that takes a seat if one is left, one INSERT
     * of the booking, COMMIT — no participant lock, no limit, no waiting list, no slot check (a full workshop answers
     * "waiting" and writes nothing). The physical limit the server's booking is measured against (issue 16). The
     * registration ids are read before the rush; the ticket is a counter of this process.
     */
    static final class Minimal {
        static final AtomicLong TICKETS = new AtomicLong(1_000_000);

        static Map<String, Long> ids(HikariDataSource pool, int edition) throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            try (Connection c = pool.getConnection();
                 PreparedStatement s = c.prepareStatement("select code, id from registration where edition = ?")) {
                s.setInt(1, edition);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
                c.commit();
            }
            return ids;
        }

        static String book(HikariDataSource pool, int edition, long registration, String workshop) throws Exception {
            for (int attempt = 1; ; attempt++) {
                try (Connection c = pool.getConnection()) {
                    try {
                        int taken;
                        try (PreparedStatement s = c.prepareStatement("update workshop_seat set booked = booked + 1"
                                + " where edition = ? and workshop_id = ? and booked < capacity")) {
                            s.setInt(1, edition);
                            s.setString(2, workshop);
                            taken = s.executeUpdate();
                        }
                        if (taken == 0) {
                            c.rollback();
                            return "waiting";
                        }
                        try (PreparedStatement s = c.prepareStatement("insert into booking (edition, workshop_id,"
                                + " registration_id, status, ticket, booked_at) values (?, ?, ?, 'CONFIRMED', ?, ?)")) {
                            s.setInt(1, edition);
                            s.setString(2, workshop);
                            s.setLong(3, registration);
                            s.setLong(4, TICKETS.incrementAndGet());
                            s.setTimestamp(5, Timestamp.from(Instant.ofEpochMilli(Jdbc.CLOCK.incrementAndGet())));
                            s.executeUpdate();
                        }
                        c.commit();
                        return "confirmed";
                    } catch (SQLException e) {
                        c.rollback();
                        if (attempt < 8 && ("40001".equals(e.getSQLState()) || e.getErrorCode() == 1213)) {
                            continue;
                        }
                        throw e;
                    }
                }
            }
        }

        /** Seats booked never above capacity, every workshop full, the counters equal to the rows they count. */
        static Check check(HikariDataSource pool, int edition, Result result, int[] capacities) throws SQLException {
            int overbooked = 0;
            int full = 0;
            int seats = 0;
            int rows;
            try (Connection c = pool.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("select capacity, booked from workshop_seat where"
                        + " edition = ?")) {
                    s.setInt(1, edition);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            overbooked += Math.max(0, rs.getInt(2) - rs.getInt(1));
                            full += rs.getInt(2) >= rs.getInt(1) ? 1 : 0;
                            seats += rs.getInt(2);
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("select count(*) from booking where edition = ?")) {
                    s.setInt(1, edition);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        rows = rs.getInt(1);
                    }
                }
                c.commit();
            }
            long confirmed = result.attempts().stream().filter(a -> a.status().equals("confirmed")).count();
            int lost = (int) Math.max(0, confirmed - rows);
            int duplicated = (int) Math.max(0, rows - confirmed) + Math.abs(rows - seats);
            return new Check(overbooked, lost, duplicated, result.failures(), seats, (int) confirmed, 0, full);
        }
    }

    // ---- the rush on a Galera cluster (bench/booking.sh --cluster N) ----------------------------------------------

    /**
     * The rush on a local Galera cluster (scripts/galera-local.sh), through one Synedrio server whose pool spans the
     * nodes, in three runs on editions of their own:
     * <ol>
     *   <li><b>pinned</b>: {@code jdbc:mariadb:sequential://n1,n2,n3/db}, every write on node 1, the others standing
     *       by for failover (what docs/scaling.md recommends);</li>
     *   <li><b>any node</b>: {@code jdbc:mariadb:loadbalance://n1,n2,n3/db}, each connection on a random node, so
     *       that the bookings of one workshop are written through all of them at once (multi-primary);</li>
     *   <li><b>pinned, node 1 killed</b>: as the first, with node 1's mariadbd killed ({@code kill -9}) once a third
     *       of the bookings are answered, and started again at once; the server fails over to node 2.</li>
     * </ol>
     * Each client, like a browser's retry button, sends a request again (at most 5 times) when it is answered 503 or
     * 409 or its connection breaks. After each run, once every node is back and Synced, the database is checked on
     * every node: overbooked seats, lost and duplicated bookings; and the server's transaction retries are read from
     * {@code /api/metrics}.
     */
    static final class ClusterBench {

        static int run(Map<String, String> opt, String jar, String user, String password, String launcher)
                throws Exception {
            int nodes = Integer.parseInt(opt.get("--cluster"));
            String script = opt.getOrDefault("--galera-script", "scripts/galera-local.sh");
            String basePort = opt.getOrDefault("--base-port", "14306");
            int participants = Integer.parseInt(opt.getOrDefault("--participants", "600"));
            int[] ports = new int[nodes];
            StringBuilder hosts = new StringBuilder();
            for (int i = 0; i < nodes; i++) {
                ports[i] = Integer.parseInt(basePort) + i;
                hosts.append(i == 0 ? "" : ",").append("127.0.0.1:").append(ports[i]);
            }
            int[] capacities = new int[WORKSHOPS];
            for (int i = 0; i < WORKSHOPS; i++) {
                capacities[i] = 40 + 2 * i;
            }
            String name = "synedrio_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String admin = "jdbc:mariadb://127.0.0.1:" + ports[nodes - 1] + "/";
            try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
                s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_520_ci");
                try (ResultSet rs = s.executeQuery("select version(), (select variable_value from "
                        + "information_schema.global_status where variable_name = 'WSREP_PROVIDER_VERSION')")) {
                    rs.next();
                    System.out.println("database: MariaDB " + rs.getString(1) + ", Galera " + rs.getString(2) + ", "
                            + nodes + " nodes on 127.0.0.1:" + hosts.toString().replace("127.0.0.1:", "")
                            + ", fresh database " + name);
                }
            }
            System.out.printf("rush: %d participants per run, %d workshops with %d seats, %d clients, server pool %d%n",
                    participants, WORKSHOPS, Arrays.stream(capacities).sum(), CLIENTS, POOL);
            boolean correct = true;
            try {
                String pinned = "jdbc:mariadb:sequential://" + hosts + "/" + name;
                String anyNode = "jdbc:mariadb:loadbalance://" + hosts + "/" + name;
                List<String> everyNode = new ArrayList<>();
                for (int port : ports) {
                    everyNode.add("jdbc:mariadb://127.0.0.1:" + port + "/" + name);
                }
                String baseline = opt.get("--baseline");
                if (baseline != null) {
                    // The same rush on the single server beside the cluster, at the same moment of the machine's load.
                    String single = baseline.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
                    try (Connection c = DriverManager.getConnection(baseline, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("create database " + name + " character set utf8mb4 collate "
                                + "utf8mb4_unicode_520_ci");
                    }
                    try {
                        correct &= once("single server (no Galera) " + baseline.replaceFirst("/[^/]*$", ""),
                                single, 810, false, jar, user, password, launcher, script, basePort, nodes,
                                List.of(single), capacities, participants);
                    } finally {
                        try (Connection c = DriverManager.getConnection(baseline, user, password);
                             Statement s = c.createStatement()) {
                            s.execute("drop database if exists " + name);
                        }
                    }
                }
                correct &= once("pinned (sequential, writes on node 1)", pinned, 811, false, jar, user, password,
                        launcher, script, basePort, nodes, everyNode, capacities, participants);
                correct &= once("any node (loadbalance, multi-primary)", anyNode, 812, false, jar, user, password,
                        launcher, script, basePort, nodes, everyNode, capacities, participants);
                correct &= once("pinned, node 1 killed mid-rush and restarted", pinned, 813, true, jar, user,
                        password, launcher, script, basePort, nodes, everyNode, capacities, participants);
            } finally {
                if (!"keep".equals(opt.get("--database"))) {
                    try (Connection c = DriverManager.getConnection(admin, user, password);
                         Statement s = c.createStatement()) {
                        s.execute("drop database if exists " + name);
                    }
                }
            }
            System.out.println(correct ? "correctness: OK on every node (0 overbooked, 0 lost, 0 duplicated, 0 failed)"
                    : "correctness: FAILED");
            return correct ? 0 : 1;
        }

        static boolean once(String how, String url, int edition, boolean kill, String jar, String user,
                            String password, String launcher, String script, String basePort, int nodes,
                            List<String> checkUrls, int[] capacities, int participants) throws Exception {
            String token = cli(jar, url, user, password, "token", "create", "bench-" + edition).strip();
            ProcessBuilder serve = new ProcessBuilder(launcher, "--db", url, "--db-user", user, "--db-password",
                    password, "serve", "--host", "127.0.0.1", "--port", "0").redirectErrorStream(true);
            serve.environment().put("SYNEDRIO_DB_POOL_SIZE", String.valueOf(POOL));
            Process server = serve.start();
            try {
                String api = awaitServer(server);
                Http http = new Http(api, token);
                plan(http, edition, capacities);
                String[] codes = register(http, edition, participants, url, user, password);
                RawHttp raw = new RawHttp(api);
                AtomicInteger clientRetries = new AtomicInteger();
                Booker booker = (code, w) -> {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            return raw.book(code, workshop(w));
                        } catch (Exception e) {
                            raw.connections.remove();
                            if (attempt >= 5) {
                                throw e;
                            }
                            clientRetries.incrementAndGet();
                            Thread.sleep(200L * attempt);
                        }
                    }
                };
                settle();
                Thread killer = null;
                long[] killedAt = new long[1];
                if (kill) {
                    AtomicInteger answered = new AtomicInteger();
                    Booker inner = booker;
                    CountDownLatch third = new CountDownLatch(1);
                    int expected = Arrays.stream(capacities).sum() / 3;
                    booker = (code, w) -> {
                        String status = inner.book(code, w);
                        if (answered.incrementAndGet() == expected) {
                            third.countDown();
                        }
                        return status;
                    };
                    killer = new Thread(() -> {
                        try {
                            if (third.await(120, TimeUnit.SECONDS)) {
                                killedAt[0] = System.nanoTime();
                                galera(script, "kill", "1", "--base-port", basePort);
                                System.out.printf("%tT node 1 killed (kill -9) with %d bookings answered; starting "
                                        + "it again%n", new java.util.Date(), expected);
                                galera(script, "start", "1", "--nodes", String.valueOf(nodes), "--base-port",
                                        basePort);
                                System.out.printf("%tT node 1 Synced again, %.1f s after it was killed%n",
                                        new java.util.Date(), (System.nanoTime() - killedAt[0]) / 1e9);
                            }
                        } catch (Exception e) {
                            System.out.println("killer: " + e);
                        }
                    }, "killer");
                    killer.start();
                }
                Result result = rush(how, codes, capacities, booker);
                raw.closeAll();
                if (killer != null) {
                    killer.join(300_000);
                }
                Map<String, Double> retries = retries(http);
                System.out.printf("%s: %d bookings answered (%d confirmed) in %.2f s = %.0f bookings/s; latency p50 "
                                + "%.1f ms, p99 %.1f ms, max %.1f ms%n", how, result.attempts().size(),
                        result.attempts().stream().filter(a -> a.status().equals("confirmed")).count(),
                        result.elapsedNanos() / 1e9, result.rate(), result.percentile(50), result.percentile(99),
                        result.percentile(100));
                System.out.printf("      server's transaction retries: conflict %.0f, connection lost %.0f, "
                                + "uniqueness race %.0f; client retries %d; failed requests %d%n",
                        retries.getOrDefault("conflict", 0.0), retries.getOrDefault("connection_lost", 0.0),
                        retries.getOrDefault("uniqueness_race", 0.0), clientRetries.get(), result.failures());
                result.failureSamples().forEach(f -> System.out.println("      failure: " + f));
                boolean ok = true;
                for (int n = 1; n <= checkUrls.size(); n++) {
                    Check c = check(checkUrls.get(n - 1), user, password, edition, codes, result, capacities);
                    System.out.printf("      node %d: %d/%d seats booked, %d waiting, %d/%d workshops full; overbooked "
                                    + "%d, lost %d, duplicated %d%n", n, c.confirmed(), c.seats(), c.waiting(),
                            c.workshopsFull(), WORKSHOPS, c.overbooked(), c.lost(), c.duplicated());
                    ok &= c.ok();
                }
                return ok;
            } finally {
                server.destroy();
                server.waitFor(20, TimeUnit.SECONDS);
            }
        }

        /** The server's transaction retries by cause, from /api/metrics. */
        static Map<String, Double> retries(Http http) throws Exception {
            Map<String, Double> byCause = new HashMap<>();
            String text = http.expect(200, "GET", "/api/metrics", null);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "synedrio_transaction_retries_total\\{cause=\"(\\w+)\"} ([0-9.E+]+)").matcher(text);
            while (m.find()) {
                byCause.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            return byCause;
        }

        static void galera(String script, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("bash", script));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(200, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("galera-local.sh " + String.join(" ", args) + " failed: " + out);
            }
        }
    }

    // ---- processes ------------------------------------------------------------------------------------------------

    static String cli(String jar, String url, String user, String password, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar, "--db", url, "--db-user", user,
                "--db-password", password));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("synedrio " + String.join(" ", args) + " failed");
        }
        return out;
    }

    /** The server's base address, from the line it prints when it listens; refuses after 60 s or if it exits. */
    static String awaitServer(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<String> address = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            java.util.regex.Pattern serves = java.util.regex.Pattern.compile("serves (http://127\\.0\\.0\\.1:\\d+)/");
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    java.util.regex.Matcher m = serves.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                    // after that, keep reading so the pipe never fills up
                }
                address.completeExceptionally(new IllegalStateException("the server exited before it listened"));
            } catch (java.io.IOException e) {
                address.completeExceptionally(e);
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return address.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the server did not say where it listens within 60 s");
        }
    }
}
