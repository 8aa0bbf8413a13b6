package gr.etwinning.synedrio.application.service.seat;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.in.seat.WorkshopSeatsData;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository.StoredBooking;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository.WorkshopListing;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.application.service.registration.Registrations;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.seat.BookingLimit;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.HeldBooking;
import gr.etwinning.synedrio.domain.seat.ParticipantBookings;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Workshop seats: booking, cancelling with promotion from the waiting list, capacities and the booking limit.
 *
 * <p>Every booking transaction takes its locks in one order — the participant's registration first, then the
 * workshop's seats — and reads the participant's bookings only after holding the first, so that one participant's
 * concurrent requests cannot pass the limit or book overlapping workshops, and no two requests can take the same
 * last seat. The seat is taken in one step where the store can ({@link SeatRepository#takeSeat}: only while the
 * programme the limit and the workshops' times were read from is current); anything else is decided under the
 * workshop's lock against the programme as it is then. The locks are database row locks: they hold across any
 * number of application instances.
 */
@Singleton
public final class SeatService implements BookWorkshopUseCase, CancelBookingUseCase, ListWorkshopsUseCase,
        SetCapacityUseCase, SetBookingLimitUseCase {

    private final ConferenceRepository conferences;
    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final MetricsPort metrics;

    public SeatService(ConferenceRepository conferences, RegistrationRepository registrations, SeatRepository seats,
                       TransactionPort transactions, ClockPort clock) {
        this(conferences, registrations, seats, transactions, clock, MetricsPort.NONE);
    }

    /** A service that counts the bookings it makes. */
    @Inject
    public SeatService(ConferenceRepository conferences, RegistrationRepository registrations, SeatRepository seats,
                       TransactionPort transactions, ClockPort clock, MetricsPort metrics) {
        this.metrics = Objects.requireNonNull(metrics, "'metrics' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.seats = Objects.requireNonNull(seats, "'seats' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public Booked book(BookWorkshopCommand command) {
        ContributionId workshop = workshopId(command.workshop());
        var code = Registrations.code(command.code());
        // The whole transaction may run more than once (a conflict, or a connection lost with a server that went
        // down): every run starts by reading what is stored, so a run after one whose commit did reach the database
        // finds the booking made and answers with it instead of booking twice.
        Booked booked = transactions.inTransaction(() -> {
            // 1. The participant's lock, and what the booking is decided on read under it: their other requests
            // wait, so what is read stays true.
            SeatRepository.BookingStart start = seats.startBooking(code, workshop)
                    .orElseThrow(Registrations::unknownCode);
            EditionNumber edition = start.edition();
            if (start.holds(workshop)) {
                StoredBooking already = seats.bookingsOf(start.registrationId()).stream()
                        .filter(b -> b.slot().workshop().equals(workshop)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the booking of workshop '" + workshop
                                + "' held by registration " + start.registrationId() + " cannot be read"));
                return new Booked(Registrations.booking(already), false);
            }
            ParticipantBookings held = new ParticipantBookings(start.held());
            Instant now = clock.now();
            // 2. The workshop's lock, last and as briefly as possible: it is what every request for it waits on.
            // Usually the seat is taken in one go, provided the programme the rules were checked against is still
            // the current one.
            if (start.wanted().isPresent() && held.hasRoomFor(start.wanted().get(), start.limit())) {
                WorkshopSlot slot = start.wanted().get();
                Optional<SeatRepository.TakenSeat> taken = seats.takeSeat(start, now);
                if (taken.isPresent()) {
                    WorkshopSeats.Ticket ticket = taken.get().ticket();
                    return new Booked(Registrations.booking(new StoredBooking(slot, ticket.status(),
                            ticket.number(), now, taken.get().waitingPosition())), true);
                }
            }
            // Otherwise — not opened, not a workshop of the programme, the programme changed since it was read, or a
            // rule refuses it — decided under the workshop's lock against the programme as it is now.
            SeatRepository.LockedWorkshop locked = seats.lockForBooking(edition, workshop)
                    .orElseThrow(() -> notOpen(edition, workshop));
            if (!start.isLive()) {
                held = new ParticipantBookings(seats.bookingsOf(start.registrationId()).stream()
                        .map(b -> new HeldBooking(b.slot(), b.status())).toList());
            }
            held.requireRoomFor(locked.slot(), start.isLive() ? start.limit() : seats.limit(edition));
            WorkshopSeats.Ticket ticket = locked.seats().take();
            seats.save(locked.seats());
            seats.addBooking(start.registrationId(), edition, workshop, ticket, now);
            int position = ticket.status() == BookingStatus.WAITING ? locked.seats().waiting() : 0;
            return new Booked(Registrations.booking(new StoredBooking(locked.slot(), ticket.status(),
                    ticket.number(), now, position)), true);
        });
        if (booked.created()) {
            metrics.bookingMade(booked.booking().status().equals(Enums.write(BookingStatus.CONFIRMED)));
        }
        return booked;
    }

    private RuntimeException notOpen(EditionNumber edition, ContributionId workshop) {
        seats.slot(edition, workshop).orElseThrow(() -> noWorkshop(edition, workshop));
        return new RuleViolationException("workshop '" + workshop + "'", "workshop-open-for-booking", "workshop '"
                + workshop + "' is not open for booking yet: the organisers have not set its capacity");
    }

    @Override
    public Cancelled cancel(CancelBookingCommand command) {
        ContributionId workshop = workshopId(command.workshop());
        var code = Registrations.code(command.code());
        return transactions.inTransaction(() -> {
            RegistrationRepository.Participant participant = registrations.lockParticipant(code)
                    .orElseThrow(Registrations::unknownCode);
            EditionNumber edition = participant.edition();
            NotFoundException notBooked = new NotFoundException("workshop '" + workshop + "'",
                    "you have no booking of workshop '" + workshop + "' to cancel");
            WorkshopSeats locked = seats.lock(edition, workshop).orElseThrow(() -> notBooked);
            StoredBooking booking = seats.bookingsOf(participant.id()).stream()
                    .filter(b -> b.slot().workshop().equals(workshop)).findFirst().orElseThrow(() -> notBooked);
            boolean seatFreed = locked.release(booking.status());
            seats.removeBooking(participant.id(), edition, workshop);
            int promoted = seatFreed ? promoteFirstWaiting(locked) : 0;
            seats.save(locked);
            return Cancelled.of(workshop.value(), Enums.write(booking.status()), promoted, locked.left(),
                    locked.waiting());
        });
    }

    /** Gives free seats to waiting participants in order of arrival; returns how many were promoted. */
    private int promoteFirstWaiting(WorkshopSeats locked) {
        int promoted = 0;
        while (locked.waiting() > 0 && locked.left() > 0) {
            Long first = seats.firstWaiting(locked.edition(), locked.workshop()).orElseThrow(() ->
                    new IllegalStateException(locked + " counts participants waiting but lists none"));
            locked.promote();
            seats.confirm(first, locked.edition(), locked.workshop());
            promoted++;
        }
        return promoted;
    }

    @Override
    public List<WorkshopSeatsData> listWorkshops(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(number);
            return seats.workshops(number).stream().map(SeatService::data).toList();
        });
    }

    @Override
    public int bookingLimit(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(number);
            return seats.limit(number).value();
        });
    }

    @Override
    public WorkshopSeatsData setCapacity(SetCapacityCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        ContributionId workshop = workshopId(command.workshop());
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            WorkshopListing listing = seats.workshops(edition).stream()
                    .filter(w -> w.slot().workshop().equals(workshop)).findFirst()
                    .orElseThrow(() -> noWorkshop(edition, workshop));
            Optional<WorkshopSeats> existing = seats.lock(edition, workshop);
            WorkshopSeats result;
            if (existing.isEmpty()) {
                result = WorkshopSeats.open(edition, workshop, command.capacity());
                seats.add(result);
            } else {
                result = existing.get();
                result.changeCapacity(command.capacity());
                promoteFirstWaiting(result);
                seats.save(result);
            }
            return data(new WorkshopListing(listing.slot(), listing.title(), Optional.of(result)));
        });
    }

    @Override
    public int setBookingLimit(SetBookingLimitCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        BookingLimit limit = new BookingLimit(command.limit());
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            seats.setLimit(edition, limit);
            return limit.value();
        });
    }

    private static ContributionId workshopId(String value) {
        return new ContributionId(value == null ? null : value.strip());
    }

    private static NotFoundException noWorkshop(EditionNumber edition, ContributionId workshop) {
        return new NotFoundException("workshop '" + workshop + "'", "edition " + edition + " has no workshop '"
                + workshop + "' in its programme");
    }

    private void requireEdition(EditionNumber edition) {
        if (!conferences.exists(edition)) {
            throw ConferenceService.notFound(edition);
        }
    }

    private static WorkshopSeatsData data(WorkshopListing w) {
        TimeRange time = w.slot().time();
        WorkshopSeats s = w.seats().orElse(null);
        return new WorkshopSeatsData(w.slot().workshop().value(), w.title(), w.slot().day(),
                time == null ? null : time.start(), time == null ? null : time.end(), s != null,
                s == null ? null : s.capacity(), s == null ? null : s.booked(), s == null ? null : s.left(),
                s == null ? null : s.waiting());
    }
}
