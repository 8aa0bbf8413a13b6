import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;

/**
 * bench/evaluations.sh: writes a Google Forms export of RESPONSES responses × 20 questions (16 Likert in Greek, a
 * choice, a checkbox, two free-text questions answered now and then), then, in this JVM, runs the real command line
 * as a user would: the 2021 dataset, `evaluations import 7 FILE`, and `evaluations summary 7 --json` three times.
 * Each command builds its own injector and opens the database, as a one-shot command does; the figures printed are
 * the wall times of those commands, nothing subtracted, and beside them the CPU time the JVM spent on them (on a
 * machine shared with other work, wall time measures the queue for the processor as well).
 */
public final class EvaluationsBench {

    static final String[] SCALE = {"Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int responses = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("synedrio-evaluations-bench");
        String db = url;
        String created = null;
        if (url.startsWith("jdbc:mariadb:")) {
            created = "synedrio_bench_eval_" + System.currentTimeMillis();
            try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
                s.execute("create database " + created + " character set utf8mb4");
            }
            db = url.substring(0, url.lastIndexOf('/') + 1) + created;
        } else if (url.equals("h2")) {
            db = "jdbc:h2:file:" + dir.resolve("db/synedrio").toAbsolutePath();
        }
        try {
            Path file = dir.resolve("Αξιολόγηση συνεδρίου (Απαντήσεις).csv");
            long t0 = System.nanoTime();
            write(file, responses);
            System.out.printf("file: %,d responses × 20 questions, %,d bytes, written in %.1f s%n", responses,
                    Files.size(file), (System.nanoTime() - t0) / 1e9);
            run(db, "import", Path.of("datasets/etwinning-2021.json").toAbsolutePath().toString());
            long t1 = System.nanoTime();
            long c1 = cpu();
            String out = run(db, "evaluations", "import", "7", file.toString());
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpuSeconds = (cpu() - c1) / 1e9;
            System.out.print(out.lines().limit(2).map(l -> "  " + l + "\n").reduce("", String::concat));
            System.out.printf("import: %.2f s, %,.0f responses/s (target ≥ 20,000); the JVM's CPU time %.2f s%n",
                    seconds, responses / seconds, cpuSeconds);
            for (int i = 1; i <= 3; i++) {
                long t2 = System.nanoTime();
                long c2 = cpu();
                String json = run(db, "evaluations", "summary", "7", "--json");
                double ms = (System.nanoTime() - t2) / 1e6;
                double cpuMs = (cpu() - c2) / 1e6;
                if (!json.contains("\"responses\" : " + responses)) {
                    throw new IllegalStateException("the summary does not count " + responses + " responses:\n"
                            + json.substring(0, Math.min(400, json.length())));
                }
                System.out.printf("summary %d: %.0f ms (target < 1000), the command whole; CPU time %.0f ms%n", i, ms,
                        cpuMs);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap: max %d MiB%n", rt.maxMemory() >> 20);
        } finally {
            if (created != null) {
                try (Connection c = DriverManager.getConnection(url, user(), password());
                     Statement s = c.createStatement()) {
                    s.execute("drop database " + created);
                }
            }
        }
    }

    static String run(String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = gr.etwinning.synedrio.bootstrap.Main.run(new PrintWriter(out), new PrintWriter(err), all);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    static void write(Path file, int responses) throws Exception {
        Random random = new Random(13);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("\"Χρονική σήμανση\",\"Διεύθυνση ηλεκτρονικού ταχυδρομείου\"");
            for (int q = 1; q <= 16; q++) {
                h.append(",\"Ερώτηση ").append(q).append(": πόσο σας ικανοποίησε η ενότητα ").append(q)
                        .append(" του συνεδρίου;\"");
            }
            h.append(",\"Σε ποια βαθμίδα υπηρετείτε;\",\"Ποια μέρη του προγράμματος παρακολουθήσατε;\"")
                    .append(",\"Τι σας άρεσε περισσότερο;\",\"Τι θα θέλατε να αλλάξει;\"\n");
            w.write(h.toString());
            StringBuilder row = new StringBuilder(400);
            for (int i = 0; i < responses; i++) {
                row.setLength(0);
                int s = i % 86400;
                row.append("\"2021/11/").append(21 + i / 86400).append(' ').append(s / 3600).append(':')
                        .append(s / 60 % 60 < 10 ? "0" : "").append(s / 60 % 60).append(':')
                        .append(s % 60 < 10 ? "0" : "").append(s % 60).append(" EET\",\"teacher").append(i)
                        .append("@sch.gr\"");
                for (int q = 0; q < 16; q++) {
                    int r = random.nextInt(100);
                    int a = r < 3 ? 0 : r < 8 ? 1 : r < 25 ? 2 : r < 60 ? 3 : 4;
                    row.append(",\"").append(random.nextInt(50) == 0 ? "" : SCALE[a]).append('"');
                }
                row.append(",\"").append(random.nextInt(10) < 6 ? "Πρωτοβάθμια" : "Δευτεροβάθμια").append("\",\"");
                String sep = "";
                if (random.nextInt(10) < 8) {
                    row.append("Ομιλίες");
                    sep = ";";
                }
                if (random.nextInt(10) < 7) {
                    row.append(sep).append("Βιωματικά εργαστήρια");
                    sep = ";";
                }
                if (random.nextInt(10) < 3) {
                    row.append(sep).append("Στρογγυλή τράπεζα");
                }
                row.append("\",\"");
                if (random.nextInt(20) == 0) {
                    row.append("Τα εργαστήρια, ιδίως το ").append(random.nextInt(40) + 1).append("ο, ήταν εξαιρετικά");
                }
                row.append("\",\"");
                if (random.nextInt(25) == 0) {
                    row.append("Περισσότερος χρόνος για ερωτήσεις; αριθμός ").append(i);
                }
                row.append("\"\n");
                w.write(row.toString());
            }
        }
    }

    /** The JVM's CPU time so far, all threads: on a shared machine a fairer measure of the work than wall time. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String user() {
        return System.getenv().getOrDefault("SYNEDRIO_BENCH_DB_USER", "root");
    }

    static String password() {
        return System.getenv().getOrDefault("SYNEDRIO_BENCH_DB_PASSWORD", "");
    }
}
