package gr.etwinning.synedrio.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.RenderTable;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A statement on a hot path — a workshop booking — that jOOQ renders once, on first use and in the database's
 * dialect, and that runs afterwards over the running transaction's JDBC connection with only its bind values.
 * Rendering the same query object anew on every call was half of the server's CPU in the booking benchmark.
 *
 * <p>The query is written with jOOQ as usual, its variable values as named parameters
 * ({@code DSL.param("code", String.class)}) and its constants inlined ({@code DSL.inline(…)}); {@link #of} refuses a
 * query with any other bind value, or with a parameter used twice, so the positions cannot go wrong silently.
 * Values are bound in the order of the declared names ({@code setString}, {@code setInt}, {@code setLong}, else
 * {@link PreparedStatement#setObject(int, Object)}).
 */
final class RenderedQuery {

    /** Reads one row of the result; the column indexes are those of the query's select list, from 1. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Function<DSLContext, Query> definition;
    private final List<String> names;
    private volatile String sql;

    private RenderedQuery(Function<DSLContext, Query> definition, List<String> names) {
        this.definition = definition;
        this.names = names;
    }

    private RenderedQuery(String text, List<String> names) {
        this.definition = null;
        this.names = names;
        this.sql = text;
    }

    /**
     * A statement written out for one database (what jOOQ cannot say, such as MariaDB's {@code LAST_INSERT_ID(expr)}),
     * sent as it is; its {@code ?} are bound with the named values in the order given, and {@link #of}'s check that
     * every value is named once becomes: as many names as {@code ?} in the text (which must hold no other '?').
     */
    static RenderedQuery plain(String text, String... names) {
        long marks = text.chars().filter(c -> c == '?').count();
        if (marks != names.length) {
            throw new IllegalStateException("the statement has " + marks + " '?' but is declared with "
                    + List.of(names) + ": " + text);
        }
        return new RenderedQuery(text, List.of(names));
    }

    /** A query whose bind values are exactly the named parameters given, in that order of binding. */
    static RenderedQuery of(Function<DSLContext, Query> definition, String... names) {
        return new RenderedQuery(definition, List.of(names));
    }

    private String sql(DSLContext dsl) {
        String rendered = sql;
        if (rendered == null) {
            Query query = definition.apply(dsl);
            Map<String, Param<?>> params = dsl.extractParams(query);
            List<String> found = params.entrySet().stream().filter(p -> !p.getValue().isInline())
                    .map(Map.Entry::getKey).toList();
            if (!found.equals(names) || dsl.extractBindValues(query).size() != names.size()) {
                throw new IllegalStateException("the query binds " + dsl.extractBindValues(query).size()
                        + " value(s) named " + found + " but is declared with " + names + ": name every variable"
                        + " value once with DSL.param and inline every constant");
            }
            // As short as the database reads it alike: the driver scans the whole text for its '?' on every call.
            // (A copy of the settings: their with… methods change the object they are called on.)
            Settings shortest = ((Settings) dsl.settings().clone()).withRenderQuotedNames(RenderQuotedNames.NEVER)
                    .withRenderTable(RenderTable.WHEN_MULTIPLE_TABLES);
            rendered = DSL.using(dsl.dialect(), shortest).render(query);
            sql = rendered;
        }
        return rendered;
    }

    /** The rows of the result, each read by the reader. */
    <T> List<T> fetch(DSLContext dsl, RowReader<T> reader, Object... values) {
        return run(dsl, statement -> {
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        }, values);
    }

    /** The one row of the result, if there is one; more than one is a mistake in the query. */
    <T> Optional<T> fetchOptional(DSLContext dsl, RowReader<T> reader, Object... values) {
        List<T> rows = fetch(dsl, reader, values);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " from: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    int execute(DSLContext dsl, Object... values) {
        return run(dsl, PreparedStatement::executeUpdate, values);
    }

    /**
     * Binds the values in order: numbers and text with their own setters (the MariaDB driver's setObject tries its
     * codecs one after the other until one takes the value, a few percent of a booking's time in the server), any
     * other value with setObject.
     */
    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(DSLContext dsl, StatementWork<T> work, Object... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("the query takes " + names + ", got " + values.length + " value(s)");
        }
        String text = sql(dsl);
        return dsl.connectionResult(connection -> execute(connection, text, work, values));
    }

    private static <T> T execute(Connection connection, String text, StatementWork<T> work, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            bind(statement, values);
            return work.run(statement);
        } catch (SQLException e) {
            // The same exception jOOQ throws, so that retrying and translating failures works alike for both.
            throw new DataAccessException("SQL [" + text + "]; " + e.getMessage(), e);
        }
    }
}
