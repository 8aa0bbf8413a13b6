package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_PERSON_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23: the persons of files imported before it, a row each, are packed into pages, every field kept, a file too big
 * for one page in several; the counts read from the pages are the counts the rows gave (H2 and MariaDB).
 */
class AttendancePersonPagesMigrationTest extends MigrationTest {

    private static final long T0 = 1637424000L;
    private static final int PERSONS = 3000; // some 300 KB: several pages

    @Override
    void migrates(DatabaseSettings settings) throws Exception {
        long anna = PersonKey.email("anna.v@gmail.com").number();
        try (Database database = new Database(settings, 2)) {
            FlywaySchema schema = new FlywaySchema(database);
            schema.migrateTo("22");
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                edition7(s);
                for (String target : new String[] {"d2-workshop-01", "d2-workshop-02"}) {
                    s.execute("insert into attendance_file (edition, target_id, file_sha256, file_name, platform, "
                            + "rows_read, staff_rows, target_kind, session_id, session_kind, target_day, imported_at)"
                            + " values (7, '" + target + "', '" + "a".repeat(64) + "', 'εργαστήριο.csv', 'zoom', 2, 0,"
                            + " 'workshop', 'd2-workshops', 'workshops', date '2021-11-20', "
                            + "timestamp '2021-11-22 09:00:00')");
                }
                try (PreparedStatement ps = c.prepareStatement("insert into attendance_person (file_no, person, "
                        + "registration_id, matched_by, display_name, email, seconds, intervals) values ("
                        + "(select min(file_no) from attendance_file), ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 1; i <= PERSONS; i++) {
                        ps.setLong(1, i);
                        ps.setLong(2, i);
                        ps.setString(3, "EMAIL");
                        ps.setString(4, "Συμμετέχουσα Παπαδοπούλου " + i);
                        ps.setString(5, "teacher" + i + "@sch.gr");
                        ps.setLong(6, 900);
                        ps.setString(7, (T0 + i) + "+600;" + (T0 + i + 1200) + "+300");
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                s.execute("insert into attendance_person (file_no, person, registration_id, matched_by, display_name,"
                        + " email, seconds, intervals) values ((select max(file_no) from attendance_file), " + anna
                        + ", null, 'NONE', 'Άννα Βλάχου', 'anna.v@gmail.com', 300, '" + T0 + "+300')");
                c.commit();
            }
            schema.migrate();

            assertThat(database.dsl().fetchCount(ATTENDANCE_PERSON_PAGE)).as("the big file's pages, and one")
                    .isGreaterThan(3);
            List<PersonPages.Person> persons = StoredPersons.all(database);
            assertThat(persons).hasSize(PERSONS + 1);
            PersonPages.Person last = persons.get(PERSONS - 1);
            assertThat(last.number()).isEqualTo(PERSONS);
            assertThat(last.registrationId()).isEqualTo((long) PERSONS);
            assertThat(last.matchedBy()).isEqualTo(MatchedBy.EMAIL);
            assertThat(last.name()).isEqualTo("Συμμετέχουσα Παπαδοπούλου " + PERSONS);
            assertThat(last.email()).isEqualTo("teacher" + PERSONS + "@sch.gr");
            assertThat(last.seconds()).isEqualTo(900);
            assertThat(last.intervals()).containsExactly(T0 + PERSONS, T0 + PERSONS + 600, T0 + PERSONS + 1200,
                    T0 + PERSONS + 1500);
            assertThat(persons.get(PERSONS)).satisfies(p -> {
                assertThat(p.number()).isEqualTo(anna);
                assertThat(p.registrationId()).isNull();
                assertThat(p.email()).isEqualTo("anna.v@gmail.com");
            });
            var counts = new JooqAttendanceRepository(database).counts(EditionNumber.of(7));
            assertThat(counts.targets()).extracting(t -> t.participants() + " " + t.registered() + " "
                    + t.personMinutes()).containsExactly(PERSONS + " " + PERSONS + " " + PERSONS * 15, "1 0 5");
            assertThat(counts.uniqueParticipants()).isEqualTo(PERSONS + 1);
        }
    }
}
