package gr.etwinning.synedrio.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes many rows in the caller's transaction: on MariaDB with {@code LOAD DATA LOCAL INFILE} ({@link LoadData}),
 * on H2 — or on a MariaDB that refuses local loads, remembered from the first refusal — with multi-row inserts
 * ({@link MultiRowInsert}). One per repository that imports at national scale (registrations, mails, attendance).
 */
final class BulkRows {

    private volatile boolean loadData;

    BulkRows(Database database) {
        this.loadData = !database.settings().isH2();
    }

    <T> void write(Connection c, String table, String columns, int width, Collection<T> rows,
                   MultiRowInsert.Binder<T> binder, LoadData.Writer<T> writer) throws SQLException {
        if (loadData) {
            try {
                LoadData.load(c, table, columns, rows, writer);
                return;
            } catch (SQLException e) {
                if (!LoadData.refused(e)) {
                    throw e;
                }
                loadData = false; // the statement failed alone; the transaction goes on with inserts
            }
        }
        MultiRowInsert.insert(c, table, columns, width, rows, binder);
    }

    /**
     * The most rows one statement of {@link #stream} loads: InnoDB holds its table's AUTO-INC lock for the whole of a
     * LOAD DATA statement (innodb_autoinc_lock_mode 1, MariaDB's default), and every other insert into the table —
     * a participant registering on the web meanwhile — waits for it; ten thousand rows take a few hundred
     * milliseconds.
     */
    static final int STREAMED_STATEMENT_ROWS = 10_000;

    /**
     * Writes the rows an iterator gives as they come (see {@link LoadData#stream}): on MariaDB statements of up to
     * {@value #STREAMED_STATEMENT_ROWS} rows that the server reads while the producer goes on; otherwise inserts of a
     * thousand rows at a time.
     */
    <T> void stream(Connection c, String table, String columns, int width, java.util.Iterator<T> rows,
                    MultiRowInsert.Binder<T> binder, LoadData.Writer<T> writer) throws SQLException {
        // asked twice: a producer that pauses answers false once (see RegistrationRepository.addStreamed)
        while (loadData && (rows.hasNext() || rows.hasNext())) {
            boolean[] taken = {false};
            java.util.Iterator<T> statement = new java.util.Iterator<>() {
                private int n;
                private boolean done;

                /**
                 * The statement's rows end at the first false, for good: a producer's pause answers false once (the
                 * statement must then end) and true when asked again, which is the next statement's to ask.
                 */
                @Override
                public boolean hasNext() {
                    if (!done && (n >= STREAMED_STATEMENT_ROWS || !rows.hasNext())) {
                        done = true;
                    }
                    return !done;
                }

                @Override
                public T next() {
                    taken[0] = true;
                    n++;
                    return rows.next();
                }
            };
            try {
                LoadData.stream(c, table, columns, statement, writer);
            } catch (SQLException e) {
                if (!LoadData.refused(e) || taken[0]) {
                    throw e;
                }
                loadData = false; // refused before a row was read: the rows are still all there for inserts
            }
        }
        java.util.List<T> chunk = new java.util.ArrayList<>(1000);
        while (rows.hasNext() || rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == 1000) {
                MultiRowInsert.insert(c, table, columns, width, chunk, binder);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            MultiRowInsert.insert(c, table, columns, width, chunk, binder);
        }
    }
}
