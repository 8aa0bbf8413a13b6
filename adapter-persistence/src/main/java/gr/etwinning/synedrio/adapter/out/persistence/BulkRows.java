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
}
