package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.PersonKey;

import java.sql.Connection;
import java.sql.Statement;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

/** V15: attendance imported before it, keyed by text, is keyed by number after it, nothing lost (H2 and MariaDB). */
class AttendanceNumbersMigrationTest extends MigrationTest {

    @Override
    void migrates(DatabaseSettings settings) throws Exception {
        try (Database database = new Database(settings, 2)) {
            FlywaySchema schema = new FlywaySchema(database);
            schema.migrateTo("9");
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                edition7(s);
                s.execute("insert into attendance_file (edition, target_id, file_sha256, platform, rows_read, "
                        + "staff_rows, target_kind, session_id, session_kind, target_day, imported_at) values (7, "
                        + "'d2-workshop-01', '" + "a".repeat(64) + "', 'zoom', 3, 0, 'workshop', 'd2-workshops', "
                        + "'workshops', date '2021-11-20', timestamp '2021-11-22 09:00:00')");
                for (String key : new String[] {"r:42", "e:anna.v@gmail.com", "n:γιωργοσ νικολαου"}) {
                    s.execute("insert into attendance_person (edition, target_id, file_sha256, person_key, "
                            + "registration_id, matched_by, display_name, email, seconds, intervals) values (7, "
                            + "'d2-workshop-01', '" + "a".repeat(64) + "', '" + key + "', "
                            + (key.startsWith("r:") ? "42, 'EMAIL'" : "null, 'NONE'") + ", 'Άννα', null, 600, "
                            + "'1637424000+600')");
                    s.execute("insert into attendance_presence (edition, target_id, person_key, registration_id, "
                            + "target_kind, session_id, session_kind, target_day, seconds) values (7, "
                            + "'d2-workshop-01', '" + key + "', " + (key.startsWith("r:") ? "42" : "null")
                            + ", 'workshop', 'd2-workshops', 'workshops', date '2021-11-20', 600)");
                }
                c.commit();
            }
            schema.migrate();

            assertThat(StoredPersons.all(database)).extracting(PersonPages.Person::number)
                    .containsExactlyInAnyOrder(42L,
                    PersonKey.email("anna.v@gmail.com").number(), PersonKey.name("γιωργοσ νικολαου").number());
            // a session of one file keeps no presences since V16: its persons are counted
            assertThat(database.dsl().fetchCount(ATTENDANCE_PRESENCE)).isZero();
            assertThat(new JooqAttendanceRepository(database).counts(
                    gr.etwinning.synedrio.domain.conference.EditionNumber.of(7)).uniqueParticipants()).isEqualTo(3);
        }
    }
}
