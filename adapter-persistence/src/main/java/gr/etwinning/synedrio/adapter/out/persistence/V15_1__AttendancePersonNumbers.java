package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.PersonKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Copies the V8 attendance rows into the tables of V15, each person key turned into its number
 * ({@link PersonKey#number()}, computed in Java, hence a Java migration between V15 and V15_2). Plain JDBC: jOOQ's
 * generated classes describe the tables after V15_2, without the old ones. Registered through
 * {@link FlywaySchema} (Flyway finds no classes by itself in this module's packages).
 */
final class V15_1__AttendancePersonNumbers extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        copy(c, "select edition, target_id, file_sha256, person_key, registration_id, matched_by, display_name, email,"
                + " seconds, intervals from attendance_person_v8", "insert into attendance_person (edition, target_id,"
                + " file_sha256, person, registration_id, matched_by, display_name, email, seconds, intervals)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 4);
        copy(c, "select edition, target_id, person_key, registration_id, target_kind, session_id, session_kind,"
                + " target_day, seconds from attendance_presence_v8", "insert into attendance_presence (edition,"
                + " target_id, person, registration_id, target_kind, session_id, session_kind, target_day, seconds)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", 3);
    }

    /** Copies every row, column for column, the column {@code keyColumn} (1-based) turned into its number. */
    private static void copy(Connection c, String select, String insert, int keyColumn) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement ps = c.prepareStatement(insert)) {
            int columns = rs.getMetaData().getColumnCount();
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (i == keyColumn) {
                        ps.setLong(i, new PersonKey(rs.getString(i)).number());
                    } else {
                        ps.setObject(i, rs.getObject(i));
                    }
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }
}
