package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.BOOKING;
import static org.assertj.core.api.Assertions.assertThat;

/** Registrations and seats on a real MariaDB, where the opening-day rush will land. Never skipped. */
class MariaDbRegistrationTest extends RegistrationContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }

    @Test
    void aSeatTakenInOneGoIsCommittedWithItsBookingByTheSameCallAndATakeThatFailsWritesAndCommitsNothing()
            throws Exception {
        open("d2-workshop-05", 1);
        String code = register("Ευστάθιος Παπαδόπουλος", "efstathios@sch.gr");
        var elsewhere = Executors.newSingleThreadExecutor();
        try {
            database.inTransaction(() -> {
                var start = seatStore.startBooking(new ConfirmationCode(code), ContributionId.of("d2-workshop-05"))
                        .orElseThrow();
                assertThat(inTransaction()).as("the participant's lock opened the transaction").isEqualTo(1);
                var taken = seatStore.takeSeat(start, Instant.parse("2021-11-01T08:00:00Z")).orElseThrow();
                assertThat(taken.ticket().status()).isEqualTo(BookingStatus.CONFIRMED);
                assertThat(inTransaction()).as("committed by the call that took the seat").isEqualTo(0);
                try {
                    // another connection sees the booking before this transaction's own end
                    assertThat(elsewhere.submit(() -> database.dsl().fetchCount(BOOKING,
                            BOOKING.WORKSHOP_ID.eq("d2-workshop-05"))).get(30, TimeUnit.SECONDS)).isEqualTo(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // a take whose programme version is no longer current: nothing written, the transaction still open
                var stale = new gr.etwinning.synedrio.application.port.out.seat.SeatRepository.BookingStart(
                        start.registrationId(), start.edition(), start.limit(), start.held(), start.wanted(),
                        start.programmeVersion() + 1_000);
                var again = seatStore.startBooking(new ConfirmationCode(code), ContributionId.of("d2-workshop-05"));
                assertThat(again).isPresent();
                assertThat(seatStore.takeSeat(stale, Instant.parse("2021-11-01T08:00:01Z"))).isEmpty();
                assertThat(inTransaction()).as("a take that took nothing does not commit").isEqualTo(1);
                return null;
            });
        } finally {
            elsewhere.shutdownNow();
        }
        assertThat(database.dsl().fetchCount(BOOKING, BOOKING.WORKSHOP_ID.eq("d2-workshop-05"))).isEqualTo(1);
        assertThat(seatsOf("d2-workshop-05").booked()).isEqualTo(1);
        assertThat(seatsOf("d2-workshop-05").waiting()).isZero();
    }

    @Test
    void aMissingOrMisfittingBookingProcedureIsMadeAgainWhenTheSchemaIsCheckedAndBookingsWork() throws Exception {
        open("d2-workshop-05", 2);
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("drop procedure take_seat"); // as restored from a dump made without --routines
            c.commit();
        }
        new FlywaySchema(database).ensureCurrent();
        assertThat(book(register("Ιωάννα Σταματίου", "ioanna@sch.gr"), "d2-workshop-05").booking().status())
                .isEqualTo("confirmed");
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            // as made before the tables were converted to another collation
            s.execute("drop procedure take_seat");
            s.execute(V20__TakeSeatProcedure.TAKE_SEAT.replace("in p_workshop varchar(100)",
                    "in p_workshop varchar(100) character set utf8mb4 collate utf8mb4_general_ci"));
            c.commit();
        }
        new FlywaySchema(database).ensureCurrent();
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select collation_name from information_schema.parameters where specific_schema"
                     + " = database() and specific_name = 'take_seat' and parameter_name = 'p_workshop'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNotEqualTo("utf8mb4_general_ci").startsWith("utf8mb4_");
        }
        assertThat(book(register("Νίκος Σταματίου", "nikos@sch.gr"), "d2-workshop-05").booking().status())
                .isEqualTo("confirmed");
    }

    /** MariaDB's own account of the running transaction's connection: 1 while a transaction is open. */
    private int inTransaction() {
        return database.dsl().fetchValue(org.jooq.impl.DSL.field("@@in_transaction", Integer.class));
    }
}
