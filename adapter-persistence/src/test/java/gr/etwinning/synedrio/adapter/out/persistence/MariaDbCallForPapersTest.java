package gr.etwinning.synedrio.adapter.out.persistence;

/** The call for papers on a real MariaDB. Never skipped. */
class MariaDbCallForPapersTest extends CallForPapersContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
