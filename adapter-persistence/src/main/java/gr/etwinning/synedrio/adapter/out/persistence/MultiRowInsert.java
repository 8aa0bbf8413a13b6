package gr.etwinning.synedrio.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Inserts many rows with {@code insert … values (…), (…), …} statements of up to {@value #ROWS} rows each: a
 * national edition's attendance import writes a million rows, and one statement per few hundred rows costs the
 * server a fraction of what one statement per row does, even batched (MariaDB Connector/J 3 pipelines a batch of
 * client-side prepared statements but the server still parses and plans each one).
 */
final class MultiRowInsert {

    static final int ROWS = 500;

    /** Binds one row's values from {@code index} on. */
    interface Binder<T> {
        void bind(PreparedStatement ps, int index, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /** Inserts every row of {@code rows} into {@code table (columns)}; {@code width} is the number of columns. */
    static <T> void insert(Connection c, String table, String columns, int width, Iterable<T> rows,
                           Binder<T> binder) throws SQLException {
        String head = "insert into " + table + " (" + columns + ") values ";
        String one = "(" + "?, ".repeat(width - 1) + "?)";
        Iterator<T> it = rows.iterator();
        PreparedStatement full = null;
        try {
            Object[] chunk = new Object[ROWS];
            while (it.hasNext()) {
                int n = 0;
                while (n < ROWS && it.hasNext()) {
                    chunk[n++] = it.next();
                }
                PreparedStatement ps;
                if (n == ROWS) {
                    if (full == null) {
                        full = c.prepareStatement(head + (one + ", ").repeat(ROWS - 1) + one);
                    }
                    ps = full;
                } else {
                    ps = c.prepareStatement(head + (one + ", ").repeat(n - 1) + one);
                }
                try {
                    for (int i = 0; i < n; i++) {
                        @SuppressWarnings("unchecked")
                        T row = (T) chunk[i];
                        binder.bind(ps, i * width + 1, row);
                    }
                    ps.executeUpdate();
                } finally {
                    if (ps != full) {
                        ps.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }
}
