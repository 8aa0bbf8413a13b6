package gr.etwinning.synedrio.application.service.seat;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.seat.BookingLimit;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * In-memory fakes of the ports the registration and seat services use, for tests without a database: one edition
 * (7) whose programme holds the given workshop slots. Counters are copied in and out as a database would.
 */
public final class InMemorySeats implements ConferenceRepository, RegistrationRepository, SeatRepository,
        TransactionPort, gr.etwinning.synedrio.application.port.out.mail.MailJobs {

    private final Map<String, WorkshopSlot> slots = new LinkedHashMap<>();
    private final Map<String, int[]> seats = new LinkedHashMap<>();
    private final Map<Long, Registration> registrations = new LinkedHashMap<>();
    private final Set<Long> erased = new java.util.HashSet<>();
    private final List<Row> bookings = new ArrayList<>();
    private BookingLimit limit = BookingLimit.DEFAULT;
    private long nextId = 1;

    private static final class Row {
        long registration;
        String workshop;
        BookingStatus status;
        long ticket;
        Instant at;
    }

    public InMemorySeats(List<WorkshopSlot> workshops) {
        workshops.forEach(w -> slots.put(w.workshop().value(), w));
    }

    // ---- transactions and conferences ----

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public List<ConferenceListing> listAll() {
        return List.of();
    }

    @Override
    public Optional<Conference> find(EditionNumber edition) {
        return Optional.empty();
    }

    @Override
    public boolean exists(EditionNumber edition) {
        return edition.value() == 7;
    }

    @Override
    public void add(Conference conference) {
        throw new IllegalStateException("the seat services never store an edition");
    }

    @Override
    public long update(Conference conference) {
        throw new IllegalStateException("the seat services never store an edition");
    }

    // ---- registrations ----

    @Override
    public Optional<Registration> lockByCode(ConfirmationCode code) {
        return findByCode(code);
    }

    @Override
    public Optional<Participant> lockParticipant(ConfirmationCode code) {
        return findByCode(code).map(r -> new Participant(r.id(), r.edition()));
    }

    @Override
    public Optional<Registration> lockByEmail(EditionNumber edition, EmailAddress email) {
        return live().filter(r -> r.edition().equals(edition) && r.details().email().key().equals(email.key()))
                .findFirst();
    }

    @Override
    public List<Registration> lockAllByEmail(EmailAddress email) {
        return live().filter(r -> r.details().email().key().equals(email.key())).toList();
    }

    @Override
    public Optional<Registration> findByCode(ConfirmationCode code) {
        return live().filter(r -> r.code().equals(code)).findFirst();
    }

    private java.util.stream.Stream<Registration> live() {
        return registrations.values().stream().filter(r -> !erased.contains(r.id()));
    }

    @Override
    public Registration add(Registration r) {
        Registration stored = new Registration(nextId++, r.edition(), r.code(), r.details(), r.registeredAt(),
                r.updatedAt());
        registrations.put(stored.id(), stored);
        return stored;
    }

    // ---- mail jobs: the registrations an import stored, owed their confirmation mail ----

    private final Map<Long, Long> mailJobOf = new java.util.HashMap<>();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final Set<Long> finished = new java.util.HashSet<>();

    @Override
    public void addAll(List<Registration> added, long mailJob) {
        for (Registration r : added) {
            mailJobOf.put(add(r).id(), mailJob);
        }
    }

    @Override
    public List<Registration> owedMail(long mailJob, long afterId, Long lastId, int limit) {
        return live().filter(r -> r.id() > afterId && (lastId == null || r.id() <= lastId)
                && Long.valueOf(mailJob).equals(mailJobOf.get(r.id()))).limit(limit).toList();
    }

    @Override
    public long lastId(EditionNumber edition) {
        return registrations.values().stream().filter(r -> r.edition().equals(edition)).mapToLong(Registration::id)
                .max().orElse(0);
    }

    @Override
    public long open(String kind, int edition, Instant at) {
        long id = jobs.size() + 1;
        jobs.put(id, new Job(id, kind, edition, nextId - 1, null));
        return id;
    }

    @Override
    public void bound(long job, long lastId, long owed) {
        Job j = jobs.get(job);
        jobs.put(job, new Job(job, j.kind(), j.edition(), j.afterId(), lastId));
    }

    @Override
    public Optional<Long> oldestOpen(String kind) {
        return jobs.values().stream().filter(j -> j.kind().equals(kind) && !finished.contains(j.id())).findFirst()
                .map(Job::id);
    }

    @Override
    public Optional<Job> lock(long job) {
        return finished.contains(job) ? Optional.empty() : Optional.ofNullable(jobs.get(job));
    }

    @Override
    public void advance(long job, long afterId, int queued) {
        Job j = jobs.get(job);
        jobs.put(job, new Job(job, j.kind(), j.edition(), afterId, j.lastId()));
    }

    @Override
    public void finish(long job, Instant at) {
        finished.add(job);
    }

    @Override
    public void update(Registration r) {
        if (lockByEmail(r.edition(), r.details().email()).filter(o -> !o.id().equals(r.id())).isPresent()) {
            throw new ConflictException("email", "another registration has that e-mail address");
        }
        registrations.put(r.id(), r);
    }

    @Override
    public List<Registration> listAll(EditionNumber edition) {
        return live().filter(r -> r.edition().equals(edition)).toList();
    }

    @Override
    public void forEachExported(EditionNumber edition, java.util.function.Consumer<Exported> each) {
        for (Registration r : listAll(edition)) {
            List<String> confirmed = new ArrayList<>();
            List<String> waiting = new ArrayList<>();
            bookings.stream().filter(b -> b.registration == r.id()).forEach(b ->
                    (b.status == BookingStatus.WAITING ? waiting : confirmed).add(b.workshop));
            each.accept(new Exported(r, confirmed, waiting));
        }
    }

    @Override
    public int count(EditionNumber edition) {
        return (int) registrations.values().stream().filter(r -> r.edition().equals(edition)).count();
    }

    @Override
    public void erase(long registrationId, Instant at) {
        erased.add(registrationId);
    }

    public boolean isErased(long id) {
        return erased.contains(id);
    }

    // ---- seats ----

    @Override
    public Optional<BookingStart> startBooking(ConfirmationCode code, ContributionId workshop) {
        return lockParticipant(code).map(p -> new BookingStart(p.id(), p.edition(), limit(p.edition()),
                bookingsOf(p.id()).stream().map(b -> new gr.etwinning.synedrio.domain.seat.HeldBooking(b.slot(),
                        b.status())).toList(), slot(p.edition(), workshop), BookingStart.LIVE));
    }

    @Override
    public Optional<LockedWorkshop> lockForBooking(EditionNumber edition, ContributionId workshop) {
        return lock(edition, workshop).flatMap(s -> slot(edition, workshop).map(slot -> new LockedWorkshop(s, slot)));
    }

    @Override
    public Optional<WorkshopSeats> lock(EditionNumber edition, ContributionId workshop) {
        int[] c = seats.get(workshop.value());
        return c == null ? Optional.empty() : Optional.of(new WorkshopSeats(edition, workshop, c[0], c[1], c[2], c[3]));
    }

    @Override
    public List<WorkshopSeats> lockAll(EditionNumber edition) {
        List<WorkshopSeats> all = new ArrayList<>();
        seats.keySet().stream().sorted().forEach(id -> lock(edition, new ContributionId(id)).ifPresent(all::add));
        return all;
    }

    @Override
    public void add(WorkshopSeats s) {
        save(s);
    }

    @Override
    public void save(WorkshopSeats s) {
        seats.put(s.workshop().value(), new int[] {s.capacity(), s.booked(), s.waiting(), (int) s.nextTicket()});
    }

    @Override
    public Optional<WorkshopSlot> slot(EditionNumber edition, ContributionId workshop) {
        return Optional.ofNullable(slots.get(workshop.value()));
    }

    @Override
    public List<WorkshopListing> workshops(EditionNumber edition) {
        return slots.values().stream().map(s -> new WorkshopListing(s, null, lock(edition, s.workshop()))).toList();
    }

    @Override
    public List<StoredBooking> bookingsOf(long registrationId) {
        return bookings.stream().filter(b -> b.registration == registrationId)
                .map(b -> new StoredBooking(slots.get(b.workshop), b.status, b.ticket, b.at,
                        (int) bookings.stream().filter(o -> o.workshop.equals(b.workshop)
                                && o.status == BookingStatus.WAITING && o.ticket <= b.ticket).count()))
                .toList();
    }

    @Override
    public void addBooking(long registrationId, EditionNumber edition, ContributionId workshop,
                           WorkshopSeats.Ticket ticket, Instant at) {
        Row row = new Row();
        row.registration = registrationId;
        row.workshop = workshop.value();
        row.status = ticket.status();
        row.ticket = ticket.number();
        row.at = at;
        bookings.add(row);
    }

    @Override
    public void removeBooking(long registrationId, EditionNumber edition, ContributionId workshop) {
        bookings.removeIf(b -> b.registration == registrationId && b.workshop.equals(workshop.value()));
    }

    @Override
    public Optional<Long> firstWaiting(EditionNumber edition, ContributionId workshop) {
        return bookings.stream().filter(b -> b.workshop.equals(workshop.value()) && b.status == BookingStatus.WAITING)
                .min(Comparator.comparingLong(b -> b.ticket)).map(b -> b.registration);
    }

    @Override
    public void confirm(long registrationId, EditionNumber edition, ContributionId workshop) {
        bookings.stream().filter(b -> b.registration == registrationId && b.workshop.equals(workshop.value()))
                .forEach(b -> b.status = BookingStatus.CONFIRMED);
    }

    @Override
    public BookingLimit limit(EditionNumber edition) {
        return limit;
    }

    @Override
    public void setLimit(EditionNumber edition, BookingLimit limit) {
        this.limit = limit;
    }

    @Override
    public List<gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch> searchProgramme(List<String> words,
                                                                                          int limit) {
        return List.of(); // the seat fakes keep no programmes
    }

    @Override
    public List<ChairAssignment> chairAssignments(gr.etwinning.synedrio.domain.person.PersonId person) {
        return List.of(); // the seat fakes keep no programmes
    }
}
