package gr.etwinning.synedrio.adapter.out.persistence;

/** The figures and comments contract on the embedded default, H2. */
class H2ReportRepositoryTest extends ReportRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
