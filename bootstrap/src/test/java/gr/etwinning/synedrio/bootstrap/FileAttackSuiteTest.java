package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own attack suite for files (issue 19): every import command ({@code import},
 * {@code registrations import}, {@code awards import}, {@code program import}) is given broken files — empty, a
 * byte-order mark alone, a UTF-16 mark before UTF-8 bytes, a UTF-8 mark before UTF-16 text, truncated,
 * Windows-1253 instead of UTF-8, binary, NUL bytes in the text, the first line only, and 100 MiB — on H2 and on
 * MariaDB. Each must be
 * refused with exit code 1 and exactly one line on stderr, starting {@code synedrio:} (no stack trace), and leave
 * the database exactly as it was: every table's rows are compared before and after. One exception: Windows-1253 is
 * what Excel in Greek writes for "CSV (comma delimited)", so the CSV imports (registrations, evaluations) read it —
 * and must import it, exit 0.
 *
 * <p>{@link #CASES} × {@link #COMMANDS} × 2 databases = the count in the README's "Reliability" section.
 */
class FileAttackSuiteTest {

    @TempDir
    static Path dir;

    /** Each case turns a valid file of the command into a broken one. */
    record Case(String name, UnaryOperator<byte[]> breaker) {
    }

    /** A command, the name its file gets (the extension picks the format) and a valid file for it. */
    record Command(String name, String fileName, byte[] valid, boolean readsExcelsGreekCsv, String... args) {
        String[] line(Path file) {
            List<String> all = new ArrayList<>();
            for (String a : args) {
                all.add(a.equals("FILE") ? file.toString() : a);
            }
            return all.toArray(String[]::new);
        }
    }

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final List<Case> CASES = List.of(
            new Case("empty", b -> new byte[0]),
            new Case("utf-8 byte-order mark alone", b -> UTF8_BOM.clone()),
            new Case("utf-16le byte-order mark before utf-8 bytes", b -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, b)),
            new Case("utf-8 byte-order mark before utf-16le text", b -> concat(UTF8_BOM,
                    new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE))),
            new Case("truncated in the middle", FileAttackSuiteTest::truncated),
            new Case("windows-1253 instead of utf-8", b -> new String(b, StandardCharsets.UTF_8)
                    .getBytes(Charset.forName("windows-1253"))),
            new Case("binary", b -> binary()),
            new Case("nul bytes in the text", FileAttackSuiteTest::withNuls),
            new Case("first line only", FileAttackSuiteTest::firstLine),
            new Case("100 MiB", b -> null));

    static List<Command> commands() {
        return List.of(
                new Command("import", "dataset.json", Seed.json().getBytes(StandardCharsets.UTF_8), false,
                        "import", "FILE"),
                new Command("registrations import", "registrations.csv", REGISTRATIONS.getBytes(StandardCharsets.UTF_8),
                        true, "registrations", "import", "7", "FILE"),
                new Command("awards import", "awards.tsv", resource("/datasets/contest-15-press-release.tsv"),
                        false, "awards", "import", "FILE", "--contest", "16"),
                new Command("program import", "schedule.json", schedule(), false, "program", "import", "8", "FILE"),
                new Command("evaluations import", "Αξιολόγηση (Απαντήσεις).csv",
                        EvaluationSurveys.small().getBytes(StandardCharsets.UTF_8), true, "evaluations", "import", "7",
                        "FILE"));
    }

    static final int COMMANDS = 5;

    static final String REGISTRATIONS = "Ονοματεπώνυμο;Email;Σχολείο;Ειδικότητα;Βαθμίδα;Συγκατάθεση\n"
            + "Μαρία Κωνσταντινίδου;maria.k@sch.gr;\"1ο Γυμνάσιο Ρόδου; Δωδεκάνησα\";ΠΕ02;Δευτεροβάθμια;Ναι\n"
            + "Γιάννης Ραφαηλίδης;giannis.r@sch.gr;2ο Δημοτικό Σχολείο Κω;ΠΕ70;Πρωτοβάθμια;ΝΑΙ\n"
            + "Ελένη Μπαλτά;lena.balta@sch.gr;ΓΕΛ Καρπάθου;ΠΕ03;δευτεροβάθμια;Ναι\n";

    @TestFactory
    List<DynamicNode> onH2() {
        return suite("H2", "jdbc:h2:file:" + dir.resolve("h2/synedrio").toAbsolutePath(), "sa", "", null);
    }

    @TestFactory
    List<DynamicNode> onMariaDb() {
        DatabaseSettings maria = TestDatabases.mariaDb();
        return suite("MariaDB", maria.url(), maria.user(), maria.password(), maria);
    }

    private List<DynamicNode> suite(String engine, String url, String user, String password,
                                    DatabaseSettings toDrop) {
        String[] db = {"--db", url, "--db-user", user, "--db-password", password};
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest(engine + ": the 2021 dataset is loaded first", () -> {
            Result r = run(db, "import", Seed.file(dir.resolve(engine)).toString());
            assertThat(r.code()).as(r.err()).isZero();
        }));
        for (Command command : commands()) {
            List<DynamicNode> cases = new ArrayList<>();
            for (Case c : CASES) {
                cases.add(DynamicTest.dynamicTest(c.name(), () -> {
                    Path file = dir.resolve(engine).resolve(c.name().replaceAll("[^a-z0-9]+", "-"))
                            .resolve(command.fileName());
                    write(file, c.breaker().apply(command.valid()));
                    Map<String, String> before = snapshot(url, user, password);
                    Result r = run(db, command.line(file));
                    if (c.name().startsWith("windows-1253") && command.readsExcelsGreekCsv()) {
                        assertThat(r.code()).as("Excel's Greek CSV is read: " + r.err()).isZero();
                        return;
                    }
                    assertThat(r.code()).as(r.err()).isEqualTo(1);
                    assertThat(r.err().lines()).as(r.err()).singleElement().asString().startsWith("synedrio: ");
                    assertThat(r.out()).isEmpty();
                    assertThat(snapshot(url, user, password)).isEqualTo(before);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(engine + ": " + command.name(), cases));
        }
        if (toDrop != null) {
            nodes.add(DynamicTest.dynamicTest(engine + ": drop the test database",
                    () -> TestDatabases.dropMariaDb(toDrop)));
        }
        return nodes;
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(String[] db, String... args) {
        String[] all = new String[db.length + args.length];
        System.arraycopy(db, 0, all, 0, db.length);
        System.arraycopy(args, 0, all, db.length, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every table's rows, each table as a digest of its rows in a fixed order: equal snapshots, equal data. */
    static Map<String, String> snapshot(String url, String user, String password) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        boolean h2 = url.startsWith("jdbc:h2:");
        try (Connection c = DriverManager.getConnection(h2 && !url.contains("DATABASE_TO_LOWER")
                ? url + ";DATABASE_TO_LOWER=TRUE" : url, user, password); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(h2
                    ? "select table_name from information_schema.tables where table_schema = 'public'"
                    : "select table_name from information_schema.tables where table_schema = database()")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).as("tables").hasSizeGreaterThan(10);
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select * from " + (h2 ? "\"" + table + "\"" : "`" + table + "`"))) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
                tables.put(table, rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
        return tables;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        if (bytes == null) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(100L * 1024 * 1024); // sparse: 100 MiB on paper, nothing on disk
            }
            return;
        }
        Files.write(file, bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The file cut in the middle of its text, within a line (a whole character: the cut is not an encoding fault). */
    static byte[] truncated(byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        int middle = text.length() / 2;
        while (middle < text.length() && (text.charAt(middle) == '\n' || text.charAt(middle - 1) == '\n')) {
            middle++;
        }
        return text.substring(0, middle).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withNuls(byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        int line = text.indexOf('\n', text.length() / 3);
        int at = text.indexOf(' ', line + 1);
        return (text.substring(0, at) + "\u0000\u0000" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] firstLine(byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary() {
        byte[] bytes = new byte[4096];
        new Random(19).nextBytes(bytes);
        return bytes;
    }

    static byte[] resource(String name) {
        try (InputStream in = FileAttackSuiteTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the build lacks the resource " + name, e);
        }
    }

    /** Edition 7's programme as schedule.json, as Synedrio exports it: a valid file for {@code program import}. */
    static byte[] schedule() {
        Path scratch = dir.resolve("schedule-source");
        String[] db = {"--db", "jdbc:h2:file:" + scratch.resolve("db/synedrio").toAbsolutePath()};
        try {
            assertThat(run(db, "import", Seed.file(scratch).toString()).code()).isZero();
            Path out = scratch.resolve("schedule.json");
            assertThat(run(db, "program", "export", "7", "--format", "schedule-json", "--output", out.toString())
                    .code()).isZero();
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
