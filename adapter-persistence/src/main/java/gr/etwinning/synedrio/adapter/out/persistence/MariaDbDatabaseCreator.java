package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.database.DatabaseServerPort;
import gr.etwinning.synedrio.domain.InvalidValueException;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the MariaDB database the URL names when the server lacks it ({@code synedrio db migrate --create}):
 * utf8mb4 with the collation Synedrio's tables get ({@link MariaDbCollation}: Unicode's order, the Greek alphabet's,
 * ignoring case and accents). It connects to the server without a database, as the configured user. An H2 database
 * creates itself.
 */
public final class MariaDbDatabaseCreator implements DatabaseServerPort {

    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb:(?:[a-z]+:)?//[^/?]+)/([^?;]*)(.*)$");

    private final DatabaseSettings settings;

    @Inject
    public MariaDbDatabaseCreator(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> createIfMissing() {
        if (settings.isH2()) {
            return Optional.empty();
        }
        Matcher m = URL.matcher(settings.url());
        if (!m.matches() || m.group(2).isBlank()) {
            throw new InvalidValueException("--db", "the URL " + settings.redactedUrl()
                    + " names no database to create; give one, e.g. jdbc:mariadb://127.0.0.1:3306/synedrio");
        }
        String name = m.group(2);
        if (name.contains("`")) {
            throw new InvalidValueException("--db", "a database name with a backtick is not created: " + name);
        }
        try (Connection c = DriverManager.getConnection(m.group(1) + "/" + m.group(3), settings.user(),
                settings.password())) {
            try (PreparedStatement p = c.prepareStatement(
                    "select count(*) from information_schema.schemata where schema_name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return Optional.empty();
                    }
                }
            }
            String collation = MariaDbCollation.chosen(c);
            try (Statement s = c.createStatement()) {
                s.execute("create database if not exists `" + name + "` character set utf8mb4 collate " + collation);
            }
            return Optional.of("created the database '" + name + "' (utf8mb4, " + collation + ")");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot create the database '" + name + "' on "
                    + m.group(1).replaceFirst("^jdbc:mariadb:(?:[a-z]+:)?//", "") + " as user '" + settings.user()
                    + "': " + e.getMessage(), e);
        }
    }
}
