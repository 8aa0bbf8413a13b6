package gr.etwinning.synedrio.adapter.out.persistence;

/** The evaluations contract on a real MariaDB (see {@link TestDatabases}); never skipped. */
class MariaDbEvaluationRepositoryTest extends EvaluationRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
