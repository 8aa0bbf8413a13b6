package gr.etwinning.synedrio.adapter.out.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * Tells the pool to drop a connection whose link to the database broke (the server stopped or restarted), whatever
 * the driver's SQLSTATE says — H2's "database is closed" is not one the pool knows — so that once the database is
 * back, requests get fresh connections rather than the dead ones. The pool instantiates it by name.
 */
public final class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return Failures.isConnectionFailure(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
