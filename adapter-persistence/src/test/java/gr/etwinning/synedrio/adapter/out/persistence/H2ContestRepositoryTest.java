package gr.etwinning.synedrio.adapter.out.persistence;

/** The contest, schools and ambassadors contract on the embedded default, H2. */
class H2ContestRepositoryTest extends ContestRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
