package gr.etwinning.synedrio.adapter.out.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which database to use: a JDBC URL with user and password. The URL decides everything else: {@code jdbc:h2:} is
 * the embedded default, {@code jdbc:mariadb:} (or {@code jdbc:mysql:}) a MariaDB server.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "'url' must not be null");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new IllegalArgumentException("database URL '" + redacted(url) + "' is neither jdbc:h2:… (embedded) nor "
                    + "jdbc:mariadb:… (MariaDB server)");
        }
        if (!url.startsWith("jdbc:h2:") && databaseName(url).isBlank()) {
            // caught here: otherwise the pool's every connection fails with 'No database selected', each logged
            throw new IllegalArgumentException("database URL '" + redacted(url) + "' names no database; put its name"
                    + " after the server, e.g. jdbc:mariadb://127.0.0.1:3306/synedrio (synedrio db migrate --create"
                    + " creates it)");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded default: an H2 database in {@code dataDir/synedrio.mv.db}, shareable by several processes. */
    public static DatabaseSettings embedded(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().resolve("synedrio").toString().replace('\\', '/');
        return new DatabaseSettings("jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE", "sa", "");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * The URL with the settings Synedrio needs added: lower-case identifiers in H2; on MariaDB a socket timeout
     * ({@value #SOCKET_TIMEOUT_MILLIS} ms unless the URL sets {@code socketTimeout}), so that a database that stops
     * answering mid-statement (frozen, or its network gone) fails the request with 503 instead of holding it for ever.
     */
    String effectiveUrl() {
        if (isH2()) {
            return url.contains("DATABASE_TO_LOWER") ? url : url + ";DATABASE_TO_LOWER=TRUE";
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("sockettimeout=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "socketTimeout=" + SOCKET_TIMEOUT_MILLIS;
    }

    /** How long a statement on MariaDB may wait for the server's next byte before the connection is given up. */
    static final int SOCKET_TIMEOUT_MILLIS = 60_000;

    /** The URL without credentials, for messages and logs. */
    public String redactedUrl() {
        return redacted(url);
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }

    /**
     * The database a MariaDB URL names: what follows the server (or servers, or {@code address=(…)} forms) up to
     * its options; empty when it names none.
     */
    static String databaseName(String url) {
        int servers = url.indexOf("//");
        if (servers < 0) {
            return "";
        }
        int path = url.indexOf('/', servers + 2);
        int options = url.indexOf('?', servers + 2);
        if (path < 0 || options >= 0 && options < path) {
            return "";
        }
        int end = path + 1;
        while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != ';') {
            end++;
        }
        return url.substring(path + 1, end);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redactedUrl() + ", user=" + user + "]";
    }
}
