package gr.etwinning.synedrio.adapter.out.persistence;

/** Registrations and seats on a real MariaDB, where the opening-day rush will land. Never skipped. */
class MariaDbRegistrationTest extends RegistrationContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
