package gr.etwinning.synedrio.adapter.out.persistence;

/** The figures and comments contract on a real MariaDB (see {@link TestDatabases}); never skipped. */
class MariaDbReportRepositoryTest extends ReportRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
