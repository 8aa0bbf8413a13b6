package gr.etwinning.synedrio.adapter.out.persistence;

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
}
