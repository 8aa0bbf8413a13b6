package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance contract on a real MariaDB (see {@link TestDatabases}); never skipped. */
class MariaDbAttendanceRepositoryTest extends AttendanceRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }

    /**
     * MariaDB's repeatable read would show an erasure the edition's files as they were when its transaction began; it
     * reads them locked instead, so a file being imported meanwhile is waited for and its names erased too. (H2 reads
     * each statement's newest rows, committed ones only, and locks no ranges: there, as before pages, an import still
     * running when an erasure reads the files is not seen by it.)
     */
    @Test
    void anErasureWhileAFileNamingThePersonIsImportedWaitsForItAndErasesTheNamesInItToo() throws Exception {
        long maria = register("Μαρία Παπαδοπούλου", "maria.papadopoulou@sch.gr");
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        Throwable[] failed = {null};
        Thread importing = new Thread(() -> {
            try {
                store(WORKSHOP_01, sha('a'), List.of(person(PersonKey.registration(maria), maria, "Μαρία Π.",
                        "maria.papadopoulou@sch.gr", 0, 3600)), () -> {
                            written.countDown();
                            try {
                                Thread.sleep(500); // the erasure begins meanwhile
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Throwable e) {
                failed[0] = e;
            }
        });
        importing.start();
        assertThat(written.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        registrations.erase(new EraseParticipantCommand("maria.papadopoulou@sch.gr", 7));
        importing.join(30_000);

        assertThat(failed[0]).as("the import's failure").isNull();
        assertThat(StoredPersons.all(database)).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(maria);
            assertThat(p.name()).as("erased, though imported while the erasure began").isNull();
            assertThat(p.email()).isNull();
        });
    }
}
