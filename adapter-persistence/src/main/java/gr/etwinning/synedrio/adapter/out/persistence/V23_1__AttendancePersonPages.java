package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.Presence;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs the rows of {@code attendance_person} into the pages of V23 ({@link PersonPages}), file by file, in person
 * number order; V23_2 then drops the rows. Plain JDBC: jOOQ's generated classes describe the tables after V23_2.
 * Registered through {@link FlywaySchema}.
 */
final class V23_1__AttendancePersonPages extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Integer> files = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select distinct file_no from attendance_person order by file_no")) {
            while (rs.next()) {
                files.add(rs.getInt(1));
            }
        }
        try (PreparedStatement select = c.prepareStatement("select person, registration_id, matched_by, display_name,"
                + " email, seconds, intervals from attendance_person where file_no = ? order by person");
             PreparedStatement insert = c.prepareStatement("insert into attendance_person_page (file_no, page_no, "
                     + "persons, data) values (?, ?, ?, ?)")) {
            for (int fileNo : files) { // a file's persons at a time: a national edition's million are never all held
                List<PersonPages.Person> persons = new ArrayList<>();
                select.setInt(1, fileNo);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long registration = rs.getLong(2);
                        Long registrationId = rs.wasNull() ? null : registration;
                        persons.add(new PersonPages.Person(rs.getLong(1), registrationId,
                                MatchedBy.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                                Presence.decode(rs.getString(7)).merged()));
                    }
                }
                store(insert, fileNo, persons);
            }
        }
    }

    private static void store(PreparedStatement insert, int fileNo, List<PersonPages.Person> persons)
            throws Exception {
        int pageNo = 0;
        for (PersonPages.Page page : PersonPages.pack(persons)) {
            insert.setInt(1, fileNo);
            insert.setInt(2, pageNo++);
            insert.setInt(3, page.persons());
            insert.setBytes(4, page.data());
            insert.executeUpdate();
        }
    }
}
