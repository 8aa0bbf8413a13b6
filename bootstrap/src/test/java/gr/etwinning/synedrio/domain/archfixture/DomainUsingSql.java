package gr.etwinning.synedrio.domain.archfixture;

import java.sql.Connection;

/** Violates rules 1 and 3: a domain class that knows JDBC. */
public final class DomainUsingSql {

    private Connection connection;

    public Connection connection() {
        return connection;
    }
}
