package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;

/** The outbox against GreenMail on a real MariaDB, where two instances would share it. Never skipped. */
class MariaDbMailOutboxTest extends MailOutboxContract {

    @Override
    DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }
}
