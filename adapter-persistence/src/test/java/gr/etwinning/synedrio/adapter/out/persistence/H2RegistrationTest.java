package gr.etwinning.synedrio.adapter.out.persistence;

/** Registrations and seats on the embedded default, H2. */
class H2RegistrationTest extends RegistrationContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
