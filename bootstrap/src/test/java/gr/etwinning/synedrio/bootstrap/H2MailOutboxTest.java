package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;

/** The outbox against GreenMail on H2. */
class H2MailOutboxTest extends MailOutboxContract {

    @Override
    DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
