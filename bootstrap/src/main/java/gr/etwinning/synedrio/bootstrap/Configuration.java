package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.in.cli.CliSettings;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Synedrio's settings come from, first match wins: the command line ({@code --db}, {@code --db-user},
 * {@code --db-password}, whose defaults are the environment variables {@code SYNEDRIO_DB_URL},
 * {@code SYNEDRIO_DB_USER}, {@code SYNEDRIO_DB_PASSWORD}); then the embedded H2 database in
 * {@code $SYNEDRIO_DATA_DIR}, by default {@code ./data}.
 */
final class Configuration {

    private Configuration() {
    }

    static DatabaseSettings database(CliSettings cli, Map<String, String> env) {
        String url = cli.databaseUrl() != null ? cli.databaseUrl() : blankToNull(env.get("SYNEDRIO_DB_URL"));
        if (url == null) {
            String dir = blankToNull(env.get("SYNEDRIO_DATA_DIR"));
            return DatabaseSettings.embedded(Path.of(dir == null ? "data" : dir));
        }
        String user = cli.databaseUser() != null ? cli.databaseUser() : blankToNull(env.get("SYNEDRIO_DB_USER"));
        if (user == null && url.startsWith("jdbc:h2:")) {
            user = "sa";
        }
        String password = cli.databasePassword() != null ? cli.databasePassword() : env.get("SYNEDRIO_DB_PASSWORD");
        return new DatabaseSettings(url, user, password);
    }

    /**
     * How many connections the database pool holds at most ({@code SYNEDRIO_DB_POOL_SIZE}): by default four per
     * core, from 8 to 32. More connections than the database has cores to run them only make the transactions
     * that hold a workshop's lock wait longer for CPU; requests beyond the pool queue in arrival order.
     */
    static int poolSize(Map<String, String> env) {
        String value = blankToNull(env.get("SYNEDRIO_DB_POOL_SIZE"));
        if (value == null) {
            return Math.min(32, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 2 && size <= 200) { // migrating the schema takes two connections at once
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new gr.etwinning.synedrio.adapter.out.persistence.DatabaseUnavailableException(
                "SYNEDRIO_DB_POOL_SIZE must be a whole number of connections from 2 to 200, not '" + value + "'", null);
    }

    /**
     * The directory whose {@code report.md.mustache} and {@code report.html.mustache} replace the built-in report
     * templates ({@code SYNEDRIO_TEMPLATES}), or {@code null} for the built-in ones.
     */
    static Path templates(Map<String, String> env) {
        String dir = blankToNull(env.get("SYNEDRIO_TEMPLATES"));
        return dir == null ? null : Path.of(dir);
    }

    /** Where the public pages are served, for links in mail and certificates: {@code SYNEDRIO_PUBLIC_URL}. */
    static String publicUrl(Map<String, String> env) {
        String url = blankToNull(env.get("SYNEDRIO_PUBLIC_URL"));
        return url == null ? "http://127.0.0.1:7070" : url.replaceAll("/+$", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
