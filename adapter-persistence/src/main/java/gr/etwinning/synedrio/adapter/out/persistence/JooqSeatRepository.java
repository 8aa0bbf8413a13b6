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
import gr.etwinning.synedrio.domain.seat.HeldBooking;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.BOOKING;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTRIBUTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROGRAMME_SESSION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;
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
    // H2's first statement of a booking: the participant's lock (the bookings, limit and slot read after it).
    private final RenderedQuery lockParticipant = RenderedQuery.of(dsl -> dsl.select(REGISTRATION.ID,
            REGISTRATION.EDITION).from(REGISTRATION).where(REGISTRATION.CODE.eq(DSL.param("code", String.class)))
            .forUpdate(), "code");
    // MariaDB's first statement of a booking: the participant's registration locked, and in the same statement,
    // read under that lock, their bookings (counted, then listed as 'workshop status'). Only the registration row is
    // locked: MariaDB's FOR UPDATE does not reach into the select list's subqueries, which read as the transaction's
    // other plain reads do (a join would lock the participant's bookings and the gaps of their index, where the
    // next participant's bookings go).
    private static final String START_BOOKING = "select r.id, r.edition, (select concat(count(*), ':', "
            + "coalesce(group_concat(b.workshop_id, ' ', b.status separator ','), '')) from booking b "
            + "where b.registration_id = r.id) from registration r where r.code = ? for update";
    private final RenderedQuery startBooking = RenderedQuery.plain(START_BOOKING, "code");
    // MariaDB's seat, booking and commit in one round trip: the procedure V20 made (V20__TakeSeatProcedure, where its
    // statements are explained) takes a seat if one is free, else a waiting place, and numbers it — provided the
    // programme version the limit and the slots were taken from is still the current one — then inserts the booking
    // and commits. It answers ticket * 2^31 + (0 if confirmed, else the waiting count after it), or NULL having
    // written nothing.
    private final RenderedQuery takeSeatAndCommit = RenderedQuery.plain("call take_seat(?, ?, ?, ?, ?)",
            "edition", "workshop", "version", "registration", "bookedAt");
    private static final long TICKET_UNIT = 2147483648L;
    private final RenderedQuery programmeVersion = RenderedQuery.plain(
            "select stamp from data_change where scope_name = 'programme'", new String[0]);
    private final RenderedQuery currentProgrammeVersion = RenderedQuery.plain(
            "select stamp from data_change where scope_name = 'programme' lock in share mode", new String[0]);
    private final RenderedQuery workshopSlots = RenderedQuery.of(dsl -> dsl.select(CONTRIBUTION.ID,
                    PROGRAMME_SESSION.DAY_DATE, CONTRIBUTION.START_TIME, CONTRIBUTION.END_TIME)
            .from(CONTRIBUTION).join(PROGRAMME_SESSION)
            .on(PROGRAMME_SESSION.EDITION.eq(CONTRIBUTION.EDITION).and(PROGRAMME_SESSION.ID.eq(CONTRIBUTION.SESSION_ID)))
            .where(CONTRIBUTION.EDITION.eq(DSL.param("edition", Integer.class))
                    .and(CONTRIBUTION.KIND.eq(DSL.inline(WORKSHOP)))), "edition");

    /**
     * An edition's booking limit and its workshops' slots as they were at one version of the programme: what every
     * booking on MariaDB decides on, read once per version instead of once per booking.
     */
    private record EditionWorkshops(long version, BookingLimit limit, Map<String, WorkshopSlot> slots) {
    }

    /** Per edition, the latest version read; {@link #takeSeat} checks it is still current. */
    private final Map<Integer, EditionWorkshops> editions = new java.util.concurrent.ConcurrentHashMap<>();

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
    public Optional<BookingStart> startBooking(ConfirmationCode code, ContributionId workshop) {
        var dsl = database.dsl();
        if (database.dialect() == org.jooq.SQLDialect.H2) {
            return lockParticipant.fetchOptional(dsl, r -> new long[]{r.getLong(1), r.getInt(2)}, code.value())
                    .map(p -> live(p[0], EditionNumber.of((int) p[1]), workshop));
        }
        record Read(long id, EditionNumber edition, String held) {
        }
        return startBooking.fetchOptional(dsl, r -> new Read(r.getLong(1), EditionNumber.of(r.getInt(2)),
                r.getString(3)), code.value()).map(read -> {
            // Read in this transaction's view, which the statement above opened under the participant's lock: the
            // version and what it says agree, and takeSeat checks that the version is still the current one.
            EditionWorkshops known = editions.get(read.edition().value());
            if (known == null) {
                known = rememberWorkshops(read.edition());
            }
            List<HeldBooking> held = held(read.held(), known);
            if (held == null) {
                return live(read.id(), read.edition(), workshop);
            }
            return new BookingStart(read.id(), read.edition(), known.limit(), held,
                    Optional.ofNullable(known.slots().get(workshop.value())), known.version());
        });
    }

    /** What a booking is decided on, read from the tables. */
    private BookingStart live(long registration, EditionNumber edition, ContributionId workshop) {
        List<HeldBooking> held = bookingsOf(registration).stream().map(b -> new HeldBooking(b.slot(), b.status()))
                .toList();
        return new BookingStart(registration, edition, limit(edition), held, slot(edition, workshop),
                BookingStart.LIVE);
    }

    /** The edition's limit and workshop slots at the programme version this transaction sees, remembered. */
    private EditionWorkshops rememberWorkshops(EditionNumber edition) {
        var dsl = database.dsl();
        long version = programmeVersion.fetchOptional(dsl, r -> r.getLong(1)).orElse(-1L);
        Map<String, WorkshopSlot> slots = new java.util.HashMap<>();
        workshopSlots.fetch(dsl, r -> slot(r.getString(1), r.getObject(2, java.time.LocalDate.class),
                r.getObject(3, LocalTime.class), r.getObject(4, LocalTime.class)), edition.value())
                .forEach(s -> slots.put(s.workshop().value(), s));
        EditionWorkshops read = new EditionWorkshops(version, limit(edition), Map.copyOf(slots));
        editions.merge(edition.value(), read, (old, now) -> now.version() >= old.version() ? now : old);
        return read;
    }

    /**
     * The bookings 'count:workshop status,…' as START_BOOKING lists them, with their slots; null if the list was
     * cut short (group_concat_max_len) or names a workshop the remembered programme does not hold.
     */
    private static List<HeldBooking> held(String listed, EditionWorkshops known) {
        int colon = listed.indexOf(':');
        int count = Integer.parseInt(listed.substring(0, colon));
        List<HeldBooking> held = new java.util.ArrayList<>(count);
        if (count > 0) {
            for (String one : listed.substring(colon + 1).split(",")) {
                int space = one.indexOf(' ');
                WorkshopSlot slot = space < 0 ? null : known.slots().get(one.substring(0, space));
                if (slot == null) {
                    return null;
                }
                held.add(new HeldBooking(slot, BookingStatus.valueOf(one.substring(space + 1))));
            }
        }
        return held.size() == count ? held : null;
    }

    @Override
    public Optional<TakenSeat> takeSeat(BookingStart start, java.time.Instant at) {
        if (start.isLive() || start.wanted().isEmpty()) {
            return SeatRepository.super.takeSeat(start, at);
        }
        var dsl = database.dsl();
        ContributionId workshop = start.wanted().get().workshop();
        // Taken, the booking is written and committed already: nothing may follow it in this transaction.
        java.util.OptionalLong taken = takeSeatAndCommit.fetchOptional(dsl, r -> {
            long value = r.getLong(1);
            return r.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(value);
        }, start.edition().value(), workshop.value(), start.programmeVersion(), start.registrationId(),
                JooqRegistrationRepository.utc(at)).orElseThrow(() -> new IllegalStateException(
                "take_seat answered no row"));
        if (taken.isEmpty()) {
            // Not opened for booking, or the programme changed since: forget a version no longer current.
            long current = currentProgrammeVersion.fetchOptional(dsl, r -> r.getLong(1)).orElse(-1L);
            if (current != start.programmeVersion()) {
                editions.computeIfPresent(start.edition().value(), (k, v) -> v.version() < current ? null : v);
            }
            return Optional.empty();
        }
        long value = taken.getAsLong();
        int waiting = (int) (value % TICKET_UNIT);
        WorkshopSeats.Ticket ticket = new WorkshopSeats.Ticket(waiting == 0 ? BookingStatus.CONFIRMED
                : BookingStatus.WAITING, value / TICKET_UNIT);
        return Optional.of(new TakenSeat(ticket, waiting));
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
