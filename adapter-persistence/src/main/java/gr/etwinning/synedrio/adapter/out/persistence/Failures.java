package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Turns what the database refuses into what a use case can explain. */
final class Failures {

    private Failures() {
    }

    static RuntimeException translate(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        if (sql instanceof SQLTransientConnectionException || (state != null && state.startsWith("08"))) {
            return new DatabaseUnavailableException("the database is unavailable: " + Database.rootMessage(e), e);
        }
        if (state != null && state.startsWith("40")) {
            return new ConflictException("transaction", "another change ran at the same time (" + state
                    + "); nothing was written, try again");
        }
        if (state != null && state.startsWith("23")) {
            return new ConflictException("constraint", "the database refused the change because it would break a"
                    + " stored reference or uniqueness: " + Database.rootMessage(e));
        }
        return e;
    }
}
