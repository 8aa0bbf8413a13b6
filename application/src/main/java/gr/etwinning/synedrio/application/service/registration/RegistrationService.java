package gr.etwinning.synedrio.application.service.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository.StoredBooking;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.port.out.mail.MailJobs;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.ParticipantDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers participants, one by one or from a file, shows and changes registrations, and erases them.
 *
 * <p>The confirmation code is the participant's key, so it goes only to their address: a registration writes a
 * mail with the code into the outbox in its own transaction, and the public answer never holds it. Registering
 * again with a known address changes nothing — whoever knows an address could otherwise overwrite its owner's
 * name and school — and mails the code to that address instead, with how to change the details with it
 * ({@code PUT /api/registrations/{code}}): the change is confirmed by the code. What a stranger sent is not kept.
 * An operator's file import is trusted and updates as before; the confirmation mails of the registrations it creates
 * are owed by one mail job opened in its transaction, and queued into the outbox as they are sent
 * ({@link RegistrationMailJobs}).
 */
@Singleton
public final class RegistrationService implements RegisterUseCase, GetRegistrationUseCase, UpdateRegistrationUseCase,
        ListRegistrationsUseCase, ImportRegistrationsUseCase, EraseParticipantUseCase {

    private final ConferenceRepository conferences;
    private final RegistrationRepository registrations;
    private final SeatRepository seats;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final MetricsPort metrics;
    private final Outbox outbox;
    private final MailJobs mailJobs;
    private final RegistrationMails mails;

    public RegistrationService(ConferenceRepository conferences, RegistrationRepository registrations,
                               SeatRepository seats, TransactionPort transactions, ClockPort clock, Outbox outbox,
                               MailJobs mailJobs, RegistrationMails mails) {
        this(conferences, registrations, seats, transactions, clock, outbox, mailJobs, mails, MetricsPort.NONE);
    }

    /** A service that counts the registrations it stores. */
    @Inject
    public RegistrationService(ConferenceRepository conferences, RegistrationRepository registrations,
                               SeatRepository seats, TransactionPort transactions, ClockPort clock, Outbox outbox,
                               MailJobs mailJobs, RegistrationMails mails, MetricsPort metrics) {
        this.mailJobs = Objects.requireNonNull(mailJobs, "'mailJobs' must not be null");
        this.metrics = Objects.requireNonNull(metrics, "'metrics' must not be null");
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.mails = Objects.requireNonNull(mails, "'mails' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.seats = Objects.requireNonNull(seats, "'seats' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private record Saved(Registration registration, Outcome outcome) {
    }

    @Override
    public Registered register(RegisterCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        Instant now = clock.now();
        // Checked before the transaction: a bad e-mail address is refused without touching the database.
        Registrations.details(command.registration(), null, now);
        Registered registered = transactions.inTransaction(() -> {
            requireEdition(edition);
            EmailAddress email = new EmailAddress(command.registration().email());
            Optional<Registration> existing = registrations.lockByEmail(edition, email);
            if (existing.isPresent()) {
                // Nothing changes: the owner of the address gets their code and changes the details with it.
                outbox.enqueue(mails.registeredAgain(existing.get()), now);
                return new Registered(view(existing.get()), false);
            }
            Saved saved = save(edition, command.registration(), now);
            outbox.enqueue(mails.registered(saved.registration()), now);
            return new Registered(view(saved.registration()), true);
        });
        if (registered.created()) {
            metrics.registrationMade();
        }
        return registered;
    }

    /** Adds the registration, or updates the edition's one of the same e-mail address. In a transaction. */
    private Saved save(EditionNumber edition, gr.etwinning.synedrio.application.port.in.registration.RegistrationData data,
                       Instant now) {
        EmailAddress email = new EmailAddress(data.email());
        Optional<Registration> existing = registrations.lockByEmail(edition, email);
        if (existing.isEmpty()) {
            ParticipantDetails details = Registrations.details(data, null, now);
            Registration added = registrations.add(new Registration(null, edition, Registrations.newCode(), details,
                    now, now));
            return new Saved(added, Outcome.CREATED);
        }
        Registration old = existing.get();
        ParticipantDetails details = Registrations.details(data, old.details().consentAt(), now);
        if (details.equals(old.details())) {
            return new Saved(old, Outcome.UNCHANGED);
        }
        Registration changed = old.withDetails(details, now);
        registrations.update(changed);
        return new Saved(changed, Outcome.UPDATED);
    }

    @Override
    public RegistrationView getRegistration(String code) {
        return transactions.inTransaction(() -> view(registrations.findByCode(Registrations.code(code))
                .orElseThrow(Registrations::unknownCode)));
    }

    @Override
    public RegistrationView updateRegistration(UpdateRegistrationCommand command) {
        Instant now = clock.now();
        Registrations.details(command.registration(), null, now);
        return transactions.inTransaction(() -> {
            Registration old = registrations.lockByCode(Registrations.code(command.code()))
                    .orElseThrow(Registrations::unknownCode);
            requireNotBegun(old.edition(), now);
            ParticipantDetails details = Registrations.details(command.registration(), old.details().consentAt(),
                    now);
            if (details.equals(old.details())) {
                return view(old);
            }
            Registration changed = old.withDetails(details, now);
            registrations.update(changed);
            return view(changed);
        });
    }

    @Override
    public List<RegistrationView> listRegistrations(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(number);
            return registrations.listAll(number).stream().map(this::view).toList();
        });
    }

    @Override
    public ImportRegistrationsReport importRegistrations(ImportRegistrationsCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        Instant now = clock.now();
        List<RefusedRow> refused = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        Map<String, Integer> lineOfEmail = new HashMap<>();
        for (Row row : command.rows()) {
            try {
                ParticipantDetails details = Registrations.details(row.registration(), null, now);
                Integer first = lineOfEmail.putIfAbsent(details.email().key(), row.line());
                if (first != null) {
                    refused.add(new RefusedRow(row.line(), "the same e-mail address as line " + first
                            + "; one registration per participant"));
                    continue;
                }
                valid.add(row);
            } catch (DomainException e) {
                refused.add(new RefusedRow(row.line(), e.getMessage()));
            }
        }
        if (command.checkOnly() || !refused.isEmpty() && !command.skipRefused()) {
            return new ImportRegistrationsReport(0, 0, 0, refused, false);
        }
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Row row : valid) {
                Saved saved = save(edition, row.registration(), now);
                switch (saved.outcome()) {
                    case CREATED -> {
                        outbox.enqueue(mails.registeredWhenSent(saved.registration()), now);
                        created++;
                    }
                    case UPDATED -> updated++;
                    default -> unchanged++;
                }
            }
            return new ImportRegistrationsReport(created, updated, unchanged, refused, true);
        });
    }

    /**
     * How long a streamed import's statement waits for the reader's next rows before it ends (the next rows then go
     * in the next statement), well inside the time a database waits for a statement's data (MariaDB's
     * net_read_timeout, 30 s by default).
     */
    public static final int STREAM_PAUSE_SECONDS = 5;

    /** The rows of a streamed import are written this many at a time (one look-up, one insert of each kind). */
    static final int BATCH = 1000;

    /** Thrown out of a streamed import's transaction to roll it back when a row was refused; carries the report. */
    private static final class NothingWritten extends RuntimeException {
        final transient ImportRegistrationsReport report;

        NothingWritten(ImportRegistrationsReport report) {
            super("a row was refused: nothing is written", null, false, false);
            this.report = report;
        }
    }

    @Override
    public ImportRegistrationsReport importRegistrations(int edition, RowSource rows, boolean skipRefused) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        boolean[] ran = {false};
        try {
            return transactions.inTransaction(() -> {
                if (ran[0]) {
                    // The rows have been read: the file cannot be read again for a second run of the transaction.
                    throw new gr.etwinning.synedrio.application.UnavailableException("the database broke off the "
                            + "import's transaction; nothing was imported, run the import again", null);
                }
                ran[0] = true;
                requireEdition(number);
                StreamedImport run = new StreamedImport(number, now, skipRefused,
                        registrations.count(number) == 0);
                run.run(rows);
                if (!run.refused.isEmpty() && !skipRefused) {
                    throw new NothingWritten(run.report(false));
                }
                if (run.mailJob != null) {
                    // the job owes mail to no registration stored after this transaction's
                    mailJobs.bound(run.mailJob, registrations.lastId(number), run.created);
                }
                return run.report(true);
            });
        } catch (NothingWritten e) {
            return e.report;
        }
    }

    /**
     * One streamed import, in two threads: a reader reads the file and checks each row (the CPU's half: decoding,
     * the CSV, names, addresses, schools) and hands the checked rows over a thousand at a time; the transaction's
     * own thread writes each batch (the database's half) meanwhile, so that the two overlap.
     */
    private final class StreamedImport implements RowSink {
        private final java.util.concurrent.BlockingQueue<Object> handed =
                new java.util.concurrent.ArrayBlockingQueue<>(4);
        private volatile boolean cancelled;
        private final Object end = new Object();
        /** Handed over at the first refused row when refusals roll everything back. */
        private final Object stop = new Object();
        private final EditionNumber edition;
        private final Instant now;
        private final boolean skipRefused;
        private final SeenEmails seen = new SeenEmails();
        /** Schools by name as written: reading a name's type and level is most of a row's checking. */
        private final Map<String, gr.etwinning.synedrio.domain.school.School> schools = new java.util.LinkedHashMap<>(
                256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, gr.etwinning.synedrio.domain.school.School> e) {
                return size() > 20_000;
            }
        };
        private final List<RefusedRow> refused = new ArrayList<>();
        private int unlisted;
        private int firstUnlisted;
        private final List<Row> batch = new ArrayList<>(BATCH);
        private final List<ParticipantDetails> batchDetails = new ArrayList<>(BATCH);
        private int created;
        private int updated;
        private int unchanged;
        /**
         * The mail job that owes the created registrations their confirmation mails, opened with the first of them:
         * a million outbox rows written here were half of a national import's database work, for mail that leaves
         * at the mail server's pace anyway; the sender queues them a page at a time ({@link RegistrationMailJobs}).
         */
        private Long mailJob;
        /**
         * Whether the edition had no registration when the import's transaction began. Then no batch looks up who
         * is there already: the file's own repeated addresses are refused while reading, so the look-ups could only
         * find rows that another transaction committed meanwhile — which the transaction's snapshot does not show
         * on MariaDB anyway; such a row meets the unique key on writing instead, as it would after a look-up.
         */
        private final boolean editionEmpty;

        StreamedImport(EditionNumber edition, Instant now, boolean skipRefused, boolean editionEmpty) {
            this.editionEmpty = editionEmpty;
            this.edition = edition;
            this.now = now;
            this.skipRefused = skipRefused;
        }

        @Override
        public void row(Row row) {
            ParticipantDetails details;
            try {
                details = Registrations.details(row.registration(), null, now,
                        name -> schools.computeIfAbsent(name, gr.etwinning.synedrio.domain.school.School::named));
            } catch (DomainException e) {
                refused(new RefusedRow(row.line(), e.getMessage()));
                return;
            }
            int first = seen.putIfAbsent(details.email().key(), row.line());
            if (first != 0) {
                refused(new RefusedRow(row.line(), "the same e-mail address as line " + first
                        + "; one registration per participant"));
                return;
            }
            if (!refused.isEmpty() && !skipRefused) {
                return; // nothing will be written: only the checks go on, so that every refusal is reported
            }
            batch.add(row);
            batchDetails.add(details);
            if (batch.size() >= BATCH) {
                handOver();
            }
        }

        /** Reads and checks the rows on a thread of their own, writing the batches it hands over here. */
        void run(RowSource rows) {
            Thread reader = new Thread(() -> {
                Object last = end;
                try {
                    rows.forEach(this);
                    handOver();
                } catch (RuntimeException | Error e) {
                    last = e;
                }
                put(last);
            }, "registrations-import-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                if (editionEmpty) {
                    stream();
                } else {
                    while (true) {
                        Object next = handed.take();
                        if (next == end) {
                            break;
                        }
                        if (next != stop) {
                            write(checked(next));
                        }
                    }
                }
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing registrations", e);
            } finally {
                cancelled = true; // the reader stops at its next hand-over if the writing failed
            }
        }

        /** A batch of checked rows handed over, or the reader's failure thrown. */
        @SuppressWarnings("unchecked")
        private List<Object[]> checked(Object handedOver) {
            if (handedOver instanceof RuntimeException e) {
                throw e;
            }
            if (handedOver instanceof Error e) {
                throw e;
            }
            return (List<Object[]>) handedOver;
        }

        /**
         * Writes every checked row as one stream that the database reads while the reader checks the next ones
         * (an edition with no registration yet looks nothing up between batches): on MariaDB statements of up to
         * 10,000 rows, so that the database does not wait for each batch's round trip. The reader's failure, if any, ends the
         * stream and is thrown once it is closed (the transaction then rolls back).
         */
        private void stream() throws InterruptedException {
            Object first = handed.take();
            while (first == stop) {
                first = handed.take(); // refused before any batch: nothing to stream, the end (or failure) follows
            }
            if (first == end) {
                return;
            }
            List<Object[]> firstBatch = checked(first);
            mailJob = mailJobs.open(RegistrationMails.KIND, edition.value(), now);
            Throwable[] failed = {null};
            java.util.Iterator<Registration> rows = new java.util.Iterator<>() {
                private List<Object[]> batch = firstBatch;
                private int at;
                private boolean ended;
                private boolean paused;

                /**
                 * Answers false for a while when the reader has nothing for STREAM_PAUSE_SECONDS (a slow source):
                 * the statement in progress ends rather than have the server wait for its next row until it gives
                 * up (net_read_timeout), and the next call waits for the reader again.
                 */
                @Override
                public boolean hasNext() {
                    while (!ended && at >= batch.size()) {
                        Object next;
                        try {
                            if (paused) {
                                paused = false;
                                next = handed.take();
                            } else {
                                next = handed.poll(STREAM_PAUSE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                                if (next == null) {
                                    paused = true;
                                    return false;
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            next = new IllegalStateException("interrupted while importing registrations", e);
                        }
                        if (next == end) {
                            ended = true;
                            reachedEnd = true;
                        } else if (next == stop) {
                            ended = true; // a row was refused: nothing will be written, the statement ends now
                        } else if (next instanceof Throwable t) {
                            failed[0] = t;
                            ended = true;
                        } else {
                            @SuppressWarnings("unchecked")
                            List<Object[]> b = (List<Object[]>) next;
                            batch = b;
                            at = 0;
                        }
                    }
                    return !ended;
                }

                @Override
                public Registration next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Object[] c = batch.get(at++);
                    created++;
                    return new Registration(null, edition, Registrations.newCode(), (ParticipantDetails) c[1], now,
                            now);
                }
            };
            registrations.addStreamed(rows, mailJob);
            if (failed[0] == null && !reachedEnd) {
                // stopped at a refusal: the reader goes on checking the rest of the file (every refusal is
                // reported), handing over nothing more but its end, or its failure
                for (Object next = handed.take(); next != end; next = handed.take()) {
                    if (next instanceof Throwable t) {
                        failed[0] = t;
                        break;
                    }
                }
            }
            if (failed[0] instanceof RuntimeException e) {
                throw e;
            }
            if (failed[0] instanceof Error e) {
                throw e;
            }
        }

        /** Whether the stream of rows ended at the reader's end (not at a refusal or a failure). */
        private boolean reachedEnd;


        /** The rows checked so far, to the writer (none after a refusal that will roll everything back). */
        private void handOver() {
            if (batch.isEmpty()) {
                return;
            }
            List<Object[]> checked = new ArrayList<>(batch.size());
            if (refused.isEmpty() || skipRefused) {
                for (int i = 0; i < batch.size(); i++) {
                    checked.add(new Object[] {batch.get(i), batchDetails.get(i)});
                }
            }
            batch.clear();
            batchDetails.clear();
            if (!checked.isEmpty()) {
                put(checked);
            }
        }

        private void put(Object item) {
            try {
                while (!cancelled) {
                    if (handed.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (item instanceof List<?>) {
                throw new java.util.concurrent.CancellationException("the import's writing stopped");
            }
        }

        @Override
        public void refused(RefusedRow r) {
            if (refused.isEmpty() && unlisted == 0 && !skipRefused) {
                put(stop); // nothing will be written: a streamed statement ends now instead of waiting for the end
            }
            if (refused.size() < LISTED_REFUSALS) {
                refused.add(r);
            } else {
                if (unlisted == 0) {
                    firstUnlisted = r.line();
                }
                unlisted++;
            }
        }

        /** Writes a batch of checked rows: one look-up of who is there already, one insert of each kind. */
        private void write(List<Object[]> checked) {
            List<Row> batch = new ArrayList<>(checked.size());
            List<ParticipantDetails> batchDetails = new ArrayList<>(checked.size());
            for (Object[] c : checked) {
                batch.add((Row) c[0]);
                batchDetails.add((ParticipantDetails) c[1]);
            }
            List<String> keys = batchDetails.stream().map(d -> d.email().key()).toList();
            Map<String, Registration> existing = new HashMap<>();
            if (!editionEmpty) {
                for (Registration r : registrations.lockByEmailKeys(edition, keys)) {
                    existing.put(r.details().email().key(), r);
                }
            }
            List<Registration> added = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Registration old = existing.get(keys.get(i));
                if (old == null) {
                    added.add(new Registration(null, edition, Registrations.newCode(), batchDetails.get(i), now, now));
                    created++;
                    continue;
                }
                ParticipantDetails details = Registrations.details(batch.get(i).registration(),
                        old.details().consentAt(), now);
                if (details.equals(old.details())) {
                    unchanged++;
                } else {
                    registrations.update(old.withDetails(details, now));
                    updated++;
                }
            }
            if (!added.isEmpty()) {
                if (mailJob == null) {
                    mailJob = mailJobs.open(RegistrationMails.KIND, edition.value(), now);
                }
                registrations.addAll(added, mailJob);
            }
        }

        ImportRegistrationsReport report(boolean written) {
            List<RefusedRow> all = refused;
            if (unlisted > 0) {
                all = new ArrayList<>(refused);
                all.add(new RefusedRow(firstUnlisted, "and " + unlisted + " more refused row"
                        + (unlisted == 1 ? "" : "s") + " from this line on, not listed one by one"));
            }
            return written ? new ImportRegistrationsReport(created, updated, unchanged, all, true)
                    : new ImportRegistrationsReport(0, 0, 0, all, false);
        }
    }

    @Override
    public ErasureReport erase(EraseParticipantCommand command) {
        EmailAddress email = new EmailAddress(command.email());
        EditionNumber edition = command.edition() == null ? null : EditionNumber.of(command.edition());
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            List<Registration> found = registrations.lockAllByEmail(email).stream()
                    .filter(r -> edition == null || r.edition().equals(edition)).toList();
            if (found.isEmpty()) {
                throw new NotFoundException("email", "no registration" + (edition == null ? "" : " of edition "
                        + edition) + " has that e-mail address; nothing was erased");
            }
            int waitingGivenUp = 0;
            int seatsKept = 0;
            for (Registration r : found) {
                for (StoredBooking b : seats.bookingsOf(r.id())) {
                    if (b.status() == BookingStatus.CONFIRMED) {
                        seatsKept++;
                        continue;
                    }
                    WorkshopSeats locked = seats.lock(r.edition(), b.slot().workshop()).orElseThrow();
                    locked.release(BookingStatus.WAITING);
                    seats.removeBooking(r.id(), r.edition(), b.slot().workshop());
                    seats.save(locked);
                    waitingGivenUp++;
                }
                registrations.erase(r.id(), now);
            }
            outbox.forget(email.key());
            return new ErasureReport(found.size(), waitingGivenUp, seatsKept);
        });
    }

    /**
     * A participant changes their details until the edition begins (its first day, in its time zone): what the
     * certificates and attendance lists say is fixed from then on. An operator's import is not bound by it.
     */
    private void requireNotBegun(EditionNumber edition, Instant now) {
        gr.etwinning.synedrio.domain.conference.ConferenceDetails details = conferences.listAll().stream()
                .filter(c -> c.edition().equals(edition)).findFirst().orElseThrow(() -> ConferenceService.notFound(edition))
                .details();
        if (!now.isBefore(Registrations.begins(details))) {
            throw new gr.etwinning.synedrio.domain.RuleViolationException("registration",
                    "details-editable-until-start", "the details of a registration can be changed until edition "
                    + edition.value() + " begins (" + details.startDate() + "); it has begun");
        }
    }

    private void requireEdition(EditionNumber edition) {
        if (!conferences.exists(edition)) {
            throw ConferenceService.notFound(edition);
        }
    }

    private RegistrationView view(Registration r) {
        return Registrations.view(r, seats.bookingsOf(r.id()));
    }
}
