package gr.etwinning.synedrio.adapter.out.persistence;

/** The proceedings contract on a real MariaDB (see {@link TestDatabases}); never skipped. */
class MariaDbProceedingsRepositoryTest extends ProceedingsRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
