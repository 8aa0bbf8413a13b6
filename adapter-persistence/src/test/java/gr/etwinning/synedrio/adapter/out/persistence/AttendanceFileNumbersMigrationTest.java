package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.FilePerson;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.ImportedFile;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetPresence;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.ATTENDANCE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V16: attendance imported under V15 (a file's persons keyed by the file's SHA-256) keeps every row after it, keyed by
 * the file's number; the migrated files merge with, and are replaced by, imports made after it (H2 and MariaDB).
 */
class AttendanceFileNumbersMigrationTest extends MigrationTest {

    private static final EditionNumber SEVEN = EditionNumber.of(7);
    private static final AttendanceTarget WORKSHOP = new AttendanceTarget("d2-workshop-01", "workshop",
            "d2-workshops", "workshops", LocalDate.of(2021, 11, 20));
    private static final long T0 = 1637424000L;

    @Override
    void migrates(DatabaseSettings settings) throws Exception {
        long anna = PersonKey.email("anna.v@gmail.com").number();
        try (Database database = new Database(settings, 2)) {
            FlywaySchema schema = new FlywaySchema(database);
            schema.migrateTo("15.3");
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                edition7(s);
                for (String sha : new String[] {"a".repeat(64), "b".repeat(64)}) {
                    s.execute("insert into attendance_file (edition, target_id, file_sha256, file_name, platform, "
                            + "rows_read, staff_rows, target_kind, session_id, session_kind, target_day, imported_at)"
                            + " values (7, 'd2-workshop-01', '" + sha + "', 'εργαστήριο.csv', 'zoom', 2, 0, "
                            + "'workshop', 'd2-workshops', 'workshops', date '2021-11-20', "
                            + "timestamp '2021-11-22 09:00:00')");
                }
                s.execute("insert into attendance_person (edition, target_id, file_sha256, person, registration_id,"
                        + " matched_by, display_name, email, seconds, intervals) values (7, 'd2-workshop-01', '"
                        + "a".repeat(64) + "', 42, 42, 'EMAIL', 'Γιώργος Νικολάου', 'g.nikolaou@sch.gr', 600, '"
                        + T0 + "+600')");
                s.execute("insert into attendance_person (edition, target_id, file_sha256, person, registration_id,"
                        + " matched_by, display_name, email, seconds, intervals) values (7, 'd2-workshop-01', '"
                        + "b".repeat(64) + "', " + anna + ", null, 'NONE', 'Άννα Βλάχου', 'anna.v@gmail.com', 300,"
                        + " '" + T0 + "+300')");
                s.execute("insert into attendance_presence (edition, target_id, person, registration_id, "
                        + "target_kind, session_id, session_kind, target_day, seconds) values (7, 'd2-workshop-01', "
                        + "42, 42, 'workshop', 'd2-workshops', 'workshops', date '2021-11-20', 600)");
                s.execute("insert into attendance_presence (edition, target_id, person, registration_id, "
                        + "target_kind, session_id, session_kind, target_day, seconds) values (7, 'd2-workshop-01', "
                        + anna + ", null, 'workshop', 'd2-workshops', 'workshops', date '2021-11-20', 300)");
                c.commit();
            }
            schema.migrate();

            JooqAttendanceRepository attendance = new JooqAttendanceRepository(database);
            assertThat(database.dsl().fetchCount(ATTENDANCE_FILE)).isEqualTo(2);
            assertThat(StoredPersons.all(database)).extracting(PersonPages.Person::name)
                    .containsExactlyInAnyOrder("Γιώργος Νικολάου", "Άννα Βλάχου");
            var counts = attendance.counts(SEVEN);
            assertThat(counts.uniqueParticipants()).isEqualTo(2);
            assertThat(counts.files()).isEqualTo(2);
            assertThat(counts.targets().get(0).personMinutes()).isEqualTo(15);
            // the migrated files' persons are found by their target, except the file being replaced
            assertThat(attendance.otherFilesPresence(SEVEN, WORKSHOP.id(), "a".repeat(64))).containsOnlyKeys(anna);
            assertThat(attendance.hasFile(SEVEN, WORKSHOP.id(), "b".repeat(64))).isTrue();

            // a file imported after the migration gets a number of its own; the migrated one is replaced in place
            Presence later = new Presence().add(T0 + 300, T0 + 900);
            List<FilePerson> persons = List.of(new FilePerson(PersonKey.email("anna.v@gmail.com"), null,
                    MatchedBy.NONE, "Άννα Βλάχου", "anna.v@gmail.com", later));
            for (String sha : new String[] {"c".repeat(64), "b".repeat(64)}) {
                database.inTransaction(() -> {
                    attendance.replaceFile(SEVEN, WORKSHOP, new ImportedFile(sha, "νέο.csv", Platform.ZOOM, 1, 0,
                            Instant.parse("2021-11-23T09:00:00Z")), persons);
                    Presence merged = new Presence().addAll(later);
                    Presence other = attendance.otherFilesPresence(SEVEN, WORKSHOP.id(), sha).remove(anna);
                    if (other != null) {
                        merged.addAll(other);
                    }
                    attendance.replacePresence(SEVEN, WORKSHOP, List.of(new TargetPresence(42, 42L, 600),
                            new TargetPresence(anna, null, merged.seconds())));
                    return null;
                });
            }
            assertThat(database.dsl().fetchCount(ATTENDANCE_FILE)).isEqualTo(3);
            assertThat(StoredPersons.all(database)).hasSize(3);
            assertThat(attendance.counts(SEVEN).targets().get(0).personMinutes()).isEqualTo(10 + 10); // Anna: 300–900 in both c and the new b
        }
    }
}
