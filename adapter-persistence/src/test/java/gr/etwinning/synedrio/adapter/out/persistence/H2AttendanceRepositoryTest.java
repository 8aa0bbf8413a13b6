package gr.etwinning.synedrio.adapter.out.persistence;

/** The attendance contract on the embedded default, H2. */
class H2AttendanceRepositoryTest extends AttendanceRepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }
}
