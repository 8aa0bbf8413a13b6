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
     * Writes the rows an iterator gives as they come (see {@link LoadData#stream}): on MariaDB one statement that the
     * server reads while the producer goes on; otherwise inserts of a thousand rows at a time.
     */
    <T> void stream(Connection c, String table, String columns, int width, java.util.Iterator<T> rows,
                    MultiRowInsert.Binder<T> binder, LoadData.Writer<T> writer) throws SQLException {
        if (loadData) {
            boolean[] taken = {false};
            java.util.Iterator<T> watched = new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public T next() {
                    taken[0] = true;
                    return rows.next();
                }
            };
            try {
                LoadData.stream(c, table, columns, watched, writer);
                return;
            } catch (SQLException e) {
                if (!LoadData.refused(e) || taken[0]) {
                    throw e;
                }
                loadData = false; // refused before a row was read: the rows are still all there for inserts
            }
        }
        java.util.List<T> chunk = new java.util.ArrayList<>(1000);
        while (rows.hasNext()) {
            chunk.add(rows.next());
            if (chunk.size() == 1000 || !rows.hasNext()) {
                MultiRowInsert.insert(c, table, columns, width, chunk, binder);
                chunk.clear();
            }
        }
    }
}
