package gr.etwinning.synedrio.adapter.out.persistence;

/** The proceedings contract on the embedded default, H2. */
class H2ProceedingsRepositoryTest extends ProceedingsRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
