package gr.etwinning.synedrio.adapter.out.persistence;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Issue 16, the opening-day rush: on MariaDB a booking's seat, its booking row and its commit in one round trip. The
 * procedure {@code take_seat} runs one conditional {@code UPDATE} of the workshop's seats row: a seat if one is free,
 * else a waiting place, numbered — only while the programme version the booking was decided on is current (a locking
 * read of the {@code programme} stamp in {@code data_change}, which every change of an edition, its programme or its
 * booking limit raises before it commits, and which the shared lock keeps from changing until the booking ends).
 * Each assignment reads only columns not assigned before it, so the result is the same whether MariaDB assigns one
 * after the other (the default) or all at once (SIMULTANEOUS_ASSIGNMENT). If it took one, the procedure inserts the
 * booking and commits; it answers one row, the ticket and waiting place packed as {@code ticket * 2^31 + waiting
 * count after it} (0 when confirmed), or NULL when it took nothing — and then it has neither written nor committed,
 * so the caller goes on deciding in the same transaction. A booking was four round trips (the
 * participant's lock, the {@code UPDATE}, the {@code INSERT}, {@code COMMIT}); it is two. The rules — the limit, the
 * overlaps — stay in Java: the procedure is called only once they allow the booking.
 *
 * <p>The caller's {@code commit()} after it sends nothing: MariaDB Connector/J sends {@code COMMIT} only while the
 * server reports a transaction open. A failure of the procedure's {@code COMMIT} (a Galera certification conflict,
 * 1213) comes back as the {@code CALL}'s error and the whole transaction runs again, as any other conflict.
 *
 * <p>H2 has no such procedures; it keeps the separate statements (the repository checks the dialect). A Java
 * migration for that reason. Registered in {@link FlywaySchema}.
 */
final class V20__TakeSeatProcedure extends BaseJavaMigration {

    /** The procedure's text; the tests compare what it does with the separate statements'. */
    static final String TAKE_SEAT = """
            create procedure take_seat(in p_edition int, in p_workshop varchar(100), in p_version bigint,
                                       in p_registration bigint, in p_at datetime(6))
            modifies sql data
            begin
              declare taken bigint default null;
              update workshop_seat set
                next_ticket = last_insert_id(next_ticket * 2147483648 + if(booked < capacity, 0, waiting + 1))
                  div 2147483648 + 1,
                waiting = waiting + (booked >= capacity),
                booked = booked + (booked < capacity)
              where edition = p_edition and workshop_id = p_workshop
                and exists (select 1 from data_change where scope_name = 'programme' and stamp = p_version);
              if row_count() = 1 then
                set taken = last_insert_id();
                insert into booking (edition, workshop_id, registration_id, status, ticket, booked_at)
                  values (p_edition, p_workshop, p_registration,
                          if(taken mod 2147483648 = 0, 'CONFIRMED', 'WAITING'), taken div 2147483648, p_at);
                commit;
              end if;
              select taken;
            end""";

    /**
     * Makes the procedure again where it is missing (a database restored from a dump made without {@code --routines})
     * or where its text parameter has another collation than the seats' workshop column (the tables converted to a
     * newer collation after it was made: MariaDB would refuse every booking, "Illegal mix of collations"). One look
     * at the catalogue when nothing is to be done.
     */
    static void ensure(Connection c) throws java.sql.SQLException {
        String want = null;
        String have = null;
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select (select collation_name from information_schema.columns"
                     + " where table_schema = database() and table_name = 'workshop_seat' and column_name ="
                     + " 'workshop_id'), (select collation_name from information_schema.parameters where"
                     + " specific_schema = database() and specific_name = 'take_seat' and parameter_name ="
                     + " 'p_workshop')")) {
            if (rs.next()) {
                want = rs.getString(1);
                have = rs.getString(2);
            }
        }
        if (want == null || want.equals(have)) {
            return; // no seats table yet (nothing to book), or the procedure is as it should be
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop procedure if exists take_seat");
            s.execute(TAKE_SEAT.replace("in p_workshop varchar(100)",
                    "in p_workshop varchar(100) character set utf8mb4 collate " + want));
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop procedure if exists take_seat");
            s.execute(TAKE_SEAT);
        }
    }
}
