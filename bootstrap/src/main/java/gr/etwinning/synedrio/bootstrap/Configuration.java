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
     * The directory whose {@code report.md.mustache} and {@code report.html.mustache} replace the built-in report
     * templates ({@code SYNEDRIO_TEMPLATES}), or {@code null} for the built-in ones.
     */
    static Path templates(Map<String, String> env) {
        String dir = blankToNull(env.get("SYNEDRIO_TEMPLATES"));
        return dir == null ? null : Path.of(dir);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
