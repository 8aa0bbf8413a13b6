package gr.etwinning.synedrio.adapter.out.persistence;

/** The evaluations contract on the embedded default, H2. */
class H2EvaluationRepositoryTest extends EvaluationRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
