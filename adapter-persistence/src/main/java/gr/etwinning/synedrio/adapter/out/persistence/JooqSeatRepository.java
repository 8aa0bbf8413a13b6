package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.Booking;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.WorkshopSeatRecord;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.seat.BookingLimit;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.BOOKING;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTRIBUTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROGRAMME_SESSION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION_SETTINGS;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.WORKSHOP_SEAT;

/**
 * Workshop seats in {@code workshop_seat} (one row per workshop, the row that booking transactions lock), bookings
 * in {@code booking}, the booking limit in {@code registration_settings}. A workshop's day and time come from the
 * programme's tables, joined on (edition, contribution id).
 */
@Singleton
public final class JooqSeatRepository implements SeatRepository {

    private static final String WORKSHOP = ContributionKind.WORKSHOP.name();

    private final Database database;

    // The statements of a booking, rendered once (see RenderedQuery): every request for a seat runs them.
    // The workshop's seats row, alone: a locking read of a join would lock the programme's rows too, and every
    // booking of the edition would then queue for its one workshops session's row.
    private final RenderedQuery lockSeats = RenderedQuery.of(dsl -> dsl.select(WORKSHOP_SEAT.CAPACITY,
                    WORKSHOP_SEAT.BOOKED, WORKSHOP_SEAT.WAITING, WORKSHOP_SEAT.NEXT_TICKET)
            .from(WORKSHOP_SEAT)
            .where(WORKSHOP_SEAT.EDITION.eq(DSL.param("edition", Integer.class))
                    .and(WORKSHOP_SEAT.WORKSHOP_ID.eq(DSL.param("workshop", String.class))))
            .forUpdate(), "edition", "workshop");
    // The workshop's slot as the programme has it now. On MariaDB a shared lock, which makes the read see the latest
    // committed programme (not the transaction's snapshot) and keeps a programme replace out until the booking ends,
    // without making bookings wait for each other. H2 reads committed data anyway, and a replace cannot change these
    // rows while the booking holds the seats: it locks every seat of the edition before it deletes anything.
    private final RenderedQuery slotForBooking = RenderedQuery.of(dsl -> {
        var query = dsl.select(PROGRAMME_SESSION.DAY_DATE, CONTRIBUTION.START_TIME, CONTRIBUTION.END_TIME)
                .from(CONTRIBUTION).join(PROGRAMME_SESSION)
                .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION)
                        .and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
                .where(CONTRIBUTION.EDITION.eq(DSL.param("edition", Integer.class))
                        .and(CONTRIBUTION.ID.eq(DSL.param("workshop", String.class)))
                        .and(CONTRIBUTION.KIND.eq(DSL.inline(WORKSHOP))));
        return dsl.dialect() == org.jooq.SQLDialect.H2 ? query : query.forShare();
    }, "edition", "workshop");
    private final RenderedQuery save = RenderedQuery.of(dsl -> dsl.update(WORKSHOP_SEAT)
            .set(WORKSHOP_SEAT.CAPACITY, DSL.param("capacity", Integer.class))
            .set(WORKSHOP_SEAT.BOOKED, DSL.param("booked", Integer.class))
            .set(WORKSHOP_SEAT.WAITING, DSL.param("waiting", Integer.class))
            .set(WORKSHOP_SEAT.NEXT_TICKET, DSL.param("nextTicket", Long.class))
            .where(WORKSHOP_SEAT.EDITION.eq(DSL.param("edition", Integer.class))
                    .and(WORKSHOP_SEAT.WORKSHOP_ID.eq(DSL.param("workshop", String.class)))),
            "capacity", "booked", "waiting", "nextTicket", "edition", "workshop");
    private final RenderedQuery bookingsOf = RenderedQuery.of(dsl -> {
        Booking other = BOOKING.as("other");
        Field<Integer> position = DSL.field(DSL.selectCount().from(other)
                .where(other.EDITION.eq(BOOKING.EDITION).and(other.WORKSHOP_ID.eq(BOOKING.WORKSHOP_ID))
                        .and(other.STATUS.eq(DSL.inline(BookingStatus.WAITING.name())))
                        .and(other.TICKET.le(BOOKING.TICKET))));
        return dsl.select(BOOKING.WORKSHOP_ID, PROGRAMME_SESSION.DAY_DATE, CONTRIBUTION.START_TIME,
                        CONTRIBUTION.END_TIME, BOOKING.STATUS, BOOKING.TICKET, BOOKING.BOOKED_AT, position)
                .from(BOOKING).join(CONTRIBUTION)
                .on(CONTRIBUTION.EDITION.eq(BOOKING.EDITION).and(CONTRIBUTION.ID.eq(BOOKING.WORKSHOP_ID)))
                .join(PROGRAMME_SESSION)
                .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION).and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
                .where(BOOKING.REGISTRATION_ID.eq(DSL.param("registration", Long.class)))
                .orderBy(BOOKING.BOOKED_AT, BOOKING.EDITION, BOOKING.TICKET);
    }, "registration");
    private final RenderedQuery addBooking = RenderedQuery.of(dsl -> dsl.insertInto(BOOKING)
            .set(BOOKING.EDITION, DSL.param("edition", Integer.class))
            .set(BOOKING.WORKSHOP_ID, DSL.param("workshop", String.class))
            .set(BOOKING.REGISTRATION_ID, DSL.param("registration", Long.class))
            .set(BOOKING.STATUS, DSL.param("status", String.class))
            .set(BOOKING.TICKET, DSL.param("ticket", Long.class))
            .set(BOOKING.BOOKED_AT, DSL.param("bookedAt", java.time.LocalDateTime.class)),
            "edition", "workshop", "registration", "status", "ticket", "bookedAt");
    private final RenderedQuery limit = RenderedQuery.of(dsl -> dsl.select(REGISTRATION_SETTINGS.BOOKING_LIMIT)
            .from(REGISTRATION_SETTINGS).where(REGISTRATION_SETTINGS.EDITION.eq(DSL.param("edition", Integer.class))),
            "edition");

    @Inject
    public JooqSeatRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<WorkshopSeats> lock(EditionNumber edition, ContributionId workshop) {
        return database.dsl().selectFrom(WORKSHOP_SEAT)
                .where(WORKSHOP_SEAT.EDITION.eq(edition.value()).and(WORKSHOP_SEAT.WORKSHOP_ID.eq(workshop.value())))
                .forUpdate().fetchOptional().map(JooqSeatRepository::toSeats);
    }

    @Override
    public Optional<LockedWorkshop> lockForBooking(EditionNumber edition, ContributionId workshop) {
        var dsl = database.dsl();
        Object[] key = {edition.value(), workshop.value()};
        RenderedQuery.RowReader<WorkshopSlot> slot = r -> slot(workshop.value(),
                r.getObject(1, java.time.LocalDate.class), r.getObject(2, LocalTime.class),
                r.getObject(3, LocalTime.class));
        RenderedQuery.RowReader<WorkshopSeats> seats = r -> new WorkshopSeats(edition, workshop, r.getInt(1),
                r.getInt(2), r.getInt(3), r.getLong(4));
        if (database.dialect() == org.jooq.SQLDialect.H2) {
            // The seats first, as a programme replace takes them first: once they are held, the programme rows
            // read next cannot change before the booking ends.
            return lockSeats.fetchOptional(dsl, seats, key).flatMap(locked -> slotForBooking
                    .fetchOptional(dsl, slot, key).map(s -> new LockedWorkshop(locked, s)));
        }
        // MariaDB: the slot first, with its shared lock, so that the seats row — the one every booking of the
        // workshop queues for — is held one statement less. A programme replace that meets a booking here (it
        // holds the seats and waits for the shared lock) is a deadlock that MariaDB breaks at once, and
        // Database.inTransaction runs the loser again.
        return slotForBooking.fetchOptional(dsl, slot, key).flatMap(s -> lockSeats.fetchOptional(dsl, seats, key)
                .map(locked -> new LockedWorkshop(locked, s)));
    }

    @Override
    public void add(WorkshopSeats s) {
        database.dsl().insertInto(WORKSHOP_SEAT)
                .set(WORKSHOP_SEAT.EDITION, s.edition().value())
                .set(WORKSHOP_SEAT.WORKSHOP_ID, s.workshop().value())
                .set(WORKSHOP_SEAT.CAPACITY, s.capacity())
                .set(WORKSHOP_SEAT.BOOKED, s.booked())
                .set(WORKSHOP_SEAT.WAITING, s.waiting())
                .set(WORKSHOP_SEAT.NEXT_TICKET, s.nextTicket())
                .execute();
    }

    @Override
    public void save(WorkshopSeats s) {
        save.execute(database.dsl(), s.capacity(), s.booked(), s.waiting(), s.nextTicket(), s.edition().value(),
                s.workshop().value());
    }

    @Override
    public Optional<WorkshopSlot> slot(EditionNumber edition, ContributionId workshop) {
        return database.dsl().select(CONTRIBUTION.ID, PROGRAMME_SESSION.DAY_DATE, CONTRIBUTION.START_TIME,
                        CONTRIBUTION.END_TIME)
                .from(CONTRIBUTION).join(PROGRAMME_SESSION)
                .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION).and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
                .where(CONTRIBUTION.EDITION.eq(edition.value()).and(CONTRIBUTION.ID.eq(workshop.value()))
                        .and(CONTRIBUTION.KIND.eq(WORKSHOP)))
                .fetchOptional(r -> slot(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<WorkshopListing> workshops(EditionNumber edition) {
        return database.dsl().select(CONTRIBUTION.ID, PROGRAMME_SESSION.DAY_DATE, CONTRIBUTION.START_TIME,
                        CONTRIBUTION.END_TIME, CONTRIBUTION.TITLE, WORKSHOP_SEAT.CAPACITY, WORKSHOP_SEAT.BOOKED,
                        WORKSHOP_SEAT.WAITING, WORKSHOP_SEAT.NEXT_TICKET)
                .from(CONTRIBUTION).join(PROGRAMME_SESSION)
                .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION).and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
                .leftJoin(WORKSHOP_SEAT)
                .on(WORKSHOP_SEAT.EDITION.eq(CONTRIBUTION.EDITION).and(WORKSHOP_SEAT.WORKSHOP_ID.eq(CONTRIBUTION.ID)))
                .where(CONTRIBUTION.EDITION.eq(edition.value()).and(CONTRIBUTION.KIND.eq(WORKSHOP)))
                .orderBy(PROGRAMME_SESSION.POSITION, CONTRIBUTION.POSITION)
                .fetch(r -> {
                    WorkshopSlot slot = slot(r.value1(), r.value2(), r.value3(), r.value4());
                    Optional<WorkshopSeats> seats = r.value6() == null ? Optional.empty()
                            : Optional.of(new WorkshopSeats(edition, slot.workshop(), r.value6(), r.value7(),
                            r.value8(), r.value9()));
                    return new WorkshopListing(slot, r.value5(), seats);
                });
    }

    @Override
    public List<StoredBooking> bookingsOf(long registrationId) {
        return bookingsOf.fetch(database.dsl(), r -> {
            BookingStatus status = BookingStatus.valueOf(r.getString(5));
            return new StoredBooking(slot(r.getString(1), r.getObject(2, java.time.LocalDate.class),
                    r.getObject(3, LocalTime.class), r.getObject(4, LocalTime.class)), status, r.getLong(6),
                    JooqRegistrationRepository.instant(r.getObject(7, java.time.LocalDateTime.class)),
                    status == BookingStatus.WAITING ? r.getInt(8) : 0);
        }, registrationId);
    }

    @Override
    public void addBooking(long registrationId, EditionNumber edition, ContributionId workshop,
                           WorkshopSeats.Ticket ticket, java.time.Instant at) {
        addBooking.execute(database.dsl(), edition.value(), workshop.value(), registrationId, ticket.status().name(),
                ticket.number(), JooqRegistrationRepository.utc(at));
    }

    @Override
    public void removeBooking(long registrationId, EditionNumber edition, ContributionId workshop) {
        database.dsl().deleteFrom(BOOKING).where(key(registrationId, edition, workshop)).execute();
    }

    @Override
    public Optional<Long> firstWaiting(EditionNumber edition, ContributionId workshop) {
        return database.dsl().select(BOOKING.REGISTRATION_ID).from(BOOKING)
                .where(BOOKING.EDITION.eq(edition.value()).and(BOOKING.WORKSHOP_ID.eq(workshop.value()))
                        .and(BOOKING.STATUS.eq(BookingStatus.WAITING.name())))
                .orderBy(BOOKING.TICKET).limit(1).fetchOptional(BOOKING.REGISTRATION_ID);
    }

    @Override
    public void confirm(long registrationId, EditionNumber edition, ContributionId workshop) {
        database.dsl().update(BOOKING).set(BOOKING.STATUS, BookingStatus.CONFIRMED.name())
                .where(key(registrationId, edition, workshop)).execute();
    }

    @Override
    public BookingLimit limit(EditionNumber edition) {
        return limit.fetchOptional(database.dsl(), r -> r.getInt(1), edition.value())
                .map(BookingLimit::new).orElse(BookingLimit.DEFAULT);
    }

    @Override
    public void setLimit(EditionNumber edition, BookingLimit limit) {
        DSLContext dsl = database.dsl();
        int updated = dsl.update(REGISTRATION_SETTINGS).set(REGISTRATION_SETTINGS.BOOKING_LIMIT, limit.value())
                .where(REGISTRATION_SETTINGS.EDITION.eq(edition.value())).execute();
        if (updated == 0) {
            dsl.insertInto(REGISTRATION_SETTINGS).set(REGISTRATION_SETTINGS.EDITION, edition.value())
                    .set(REGISTRATION_SETTINGS.BOOKING_LIMIT, limit.value()).execute();
        }
    }

    @Override
    public List<WorkshopSeats> lockAll(EditionNumber edition) {
        return database.dsl().selectFrom(WORKSHOP_SEAT).where(WORKSHOP_SEAT.EDITION.eq(edition.value()))
                .orderBy(WORKSHOP_SEAT.WORKSHOP_ID).forUpdate().fetch(JooqSeatRepository::toSeats);
    }

    private static org.jooq.Condition key(long registrationId, EditionNumber edition, ContributionId workshop) {
        return BOOKING.EDITION.eq(edition.value()).and(BOOKING.WORKSHOP_ID.eq(workshop.value()))
                .and(BOOKING.REGISTRATION_ID.eq(registrationId));
    }

    private static WorkshopSlot slot(String id, java.time.LocalDate day, LocalTime start, LocalTime end) {
        return new WorkshopSlot(new ContributionId(id), day,
                start == null || end == null ? null : new TimeRange(start, end));
    }

    private static WorkshopSeats toSeats(WorkshopSeatRecord r) {
        return new WorkshopSeats(EditionNumber.of(r.getEdition()), new ContributionId(r.getWorkshopId()),
                r.getCapacity(), r.getBooked(), r.getWaiting(), r.getNextTicket());
    }
}
