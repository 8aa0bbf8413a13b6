package gr.etwinning.synedrio.adapter.out.persistence;

/** The contest, schools and ambassadors contract on a real MariaDB (see {@link TestDatabases}); never skipped. */
class MariaDbContestRepositoryTest extends ContestRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
