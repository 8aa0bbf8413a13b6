package gr.etwinning.synedrio.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB only: every table Synedrio keeps is utf8mb4 with one Unicode collation, whatever the server's or the
 * database's defaults are (a stock {@code mariadbd --no-defaults} is latin1, a Debian server utf8mb4_general_ci).
 *
 * <p>The collation is {@code utf8mb4_uca1400_ai_ci} where the server has it (MariaDB 10.10 and later: Unicode 14's
 * collation algorithm, which puts Greek in alphabetical order and compares it without regard to case, accents or
 * final sigma, as {@code GreekText} does; MariaDB has no collation tailored for Greek, and Greek needs none: the
 * default Unicode order is the Greek alphabet's), else {@code utf8mb4_unicode_520_ci}.
 *
 * <p>Why not simply {@code ALTER DATABASE} in a Flyway callback, as before: MariaDB gives a session the database's
 * default collation when it connects, and a session opened before the change keeps the old one, so the migrations,
 * which run on another pooled connection, still created latin1 tables. So {@link #prepare} changes the default and
 * then retires the pool's idle connections, and {@link #convert} afterwards converts whatever table or text column
 * is still of another collation (tables of older installations included). Foreign keys join columns that must
 * change together, which MariaDB refuses one table at a time even with its checks off: they are dropped and made
 * again around the conversion.
 */
final class MariaDbCollation {

    static final String PREFERRED = "utf8mb4_uca1400_ai_ci";

    /**
     * Columns compared byte for byte. A confirmation code (issue 16) is random base64url, in which {@code a} and
     * {@code A} are different letters; under the tables' collation, which ignores case, two codes differing only in
     * case would collide at the unique key and a code typed in the wrong case would find another's registration. An
     * address's key is lower-cased by Synedrio already ({@code EmailAddress.key}); the collation, which ignores
     * accents too, made {@code müller@…} and {@code muller@…}, or {@code γιώργος@…} and {@code γιωργος@…} — two
     * mailboxes — one registration, reviewer or author on MariaDB, where H2 kept them apart.
     */
    static final String BINARY = "utf8mb4_bin";

    static final Map<String, String> BINARY_COLUMNS = Map.of(
            "registration.code",
            "alter table registration modify column code varchar(22) character set utf8mb4 collate utf8mb4_bin",
            "registration.email_key",
            "alter table registration modify column email_key varchar(254) character set utf8mb4 collate utf8mb4_bin",
            "submission_author.email_key", "alter table submission_author modify column email_key varchar(254) "
                    + "character set utf8mb4 collate utf8mb4_bin not null",
            "reviewer.email_key",
            "alter table reviewer modify column email_key varchar(254) character set utf8mb4 collate utf8mb4_bin "
                    + "not null");
    static final String FALLBACK = "utf8mb4_unicode_520_ci";

    private MariaDbCollation() {
    }

    /** The collation Synedrio's tables get on this server. */
    static String chosen(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select count(*) from information_schema.collations where collation_name = ?")) {
            p.setString(1, PREFERRED);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0 ? PREFERRED : FALLBACK;
            }
        }
    }

    /** Makes the database's default utf8mb4 before tables are created, for connections opened from now on. */
    static void prepare(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            String collation = chosen(c);
            String current;
            try (ResultSet rs = s.executeQuery("select default_collation_name from information_schema.schemata"
                    + " where schema_name = database()")) {
                current = rs.next() ? rs.getString(1) : null;
            }
            if (!collation.equals(current)) {
                s.execute("alter database character set utf8mb4 collate " + collation);
                c.commit();
                // connections opened before the change would still create tables with the old default
                ((com.zaxxer.hikari.HikariDataSource) database.dataSource()).getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** Converts every table or text column not yet of the chosen collation; returns the tables converted. */
    static List<String> convert(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            String collation = chosen(c);
            List<String> tables = tablesToConvert(c, collation);
            if (tables.isEmpty()) {
                binaryColumns(c);
                return tables;
            }
            List<String> foreignKeys = foreignKeysOf(c);
            try (Statement s = c.createStatement()) {
                for (Map.Entry<String, String> drop : foreignKeyDrops(c).entrySet()) {
                    s.execute("alter table " + q(drop.getValue()) + " drop foreign key " + q(drop.getKey()));
                }
                for (String table : tables) {
                    s.execute("alter table " + q(table) + " convert to character set utf8mb4 collate " + collation);
                }
                for (String add : foreignKeys) {
                    s.execute(add);
                }
            }
            c.commit();
            binaryColumns(c);
            return tables;
        }
    }

    /** Gives the {@link #BINARY_COLUMNS} their binary collation where they have another (after any conversion). */
    private static void binaryColumns(Connection c) throws SQLException {
        for (Map.Entry<String, String> column : BINARY_COLUMNS.entrySet()) {
            String[] tc = column.getKey().split("\\.");
            try (PreparedStatement p = c.prepareStatement("select collation_name from information_schema.columns"
                    + " where table_schema = database() and table_name = ? and column_name = ?")) {
                p.setString(1, tc[0]);
                p.setString(2, tc[1]);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next() || BINARY.equals(rs.getString(1))) {
                        continue;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(column.getValue());
            }
            c.commit();
        }
    }

    private static List<String> tablesToConvert(Connection c, String collation) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select t.table_name from information_schema.tables t"
                + " where t.table_schema = database() and t.table_type = 'BASE TABLE' and (t.table_collation <> ?"
                + " or exists (select 1 from information_schema.columns k where k.table_schema = t.table_schema"
                + " and k.table_name = t.table_name and k.collation_name is not null and k.collation_name <> ?"
                + " and not (k.collation_name = '" + BINARY + "' and concat(k.table_name, '.', k.column_name) in ("
                + BINARY_COLUMNS.keySet().stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors
                .joining(", ")) + "))))"
                + " order by t.table_name")) {
            p.setString(1, collation);
            p.setString(2, collation);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** Constraint name → its table, for every foreign key of the schema. */
    private static Map<String, String> foreignKeyDrops(Connection c) throws SQLException {
        Map<String, String> drops = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select constraint_name, table_name"
                + " from information_schema.referential_constraints where constraint_schema = database()"
                + " order by table_name, constraint_name")) {
            while (rs.next()) {
                drops.put(rs.getString(1), rs.getString(2));
            }
        }
        return drops;
    }

    /** The statements that make the schema's foreign keys again, exactly as they are. */
    private static List<String> foreignKeysOf(Connection c) throws SQLException {
        Map<String, String[]> rules = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select constraint_name, table_name,"
                + " referenced_table_name, delete_rule, update_rule from information_schema.referential_constraints"
                + " where constraint_schema = database() order by table_name, constraint_name")) {
            while (rs.next()) {
                rules.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
            }
        }
        List<String> statements = new ArrayList<>();
        for (Map.Entry<String, String[]> fk : rules.entrySet()) {
            List<String> columns = new ArrayList<>();
            List<String> referenced = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select column_name, referenced_column_name"
                    + " from information_schema.key_column_usage where constraint_schema = database()"
                    + " and constraint_name = ? and table_name = ? and referenced_table_name is not null"
                    + " order by ordinal_position")) {
                p.setString(1, fk.getKey());
                p.setString(2, fk.getValue()[0]);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        columns.add(q(rs.getString(1)));
                        referenced.add(q(rs.getString(2)));
                    }
                }
            }
            String[] r = fk.getValue();
            statements.add("alter table " + q(r[0]) + " add constraint " + q(fk.getKey()) + " foreign key ("
                    + String.join(", ", columns) + ") references " + q(r[1]) + " (" + String.join(", ", referenced)
                    + ") on delete " + r[2] + " on update " + r[3]);
        }
        return statements;
    }

    private static String q(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
