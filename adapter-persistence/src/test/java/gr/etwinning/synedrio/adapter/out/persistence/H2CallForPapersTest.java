package gr.etwinning.synedrio.adapter.out.persistence;

/** The call for papers on the embedded default, H2. */
class H2CallForPapersTest extends CallForPapersContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
