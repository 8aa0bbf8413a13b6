package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.MailOutboxRecord;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.mail.OutboxQueue;
import gr.etwinning.synedrio.application.port.out.mail.QueuedMail;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;

/**
 * The mail outbox in {@code mail_outbox}. A claim is two statements: one conditional UPDATE writes a fresh lease
 * token on due rows whose lease is free or expired (the database serialises concurrent updates of a row, and the
 * condition is checked again on the locked row, so a row gets exactly one token), then a SELECT reads the rows that
 * hold that token. It works alike on H2 and MariaDB and needs no lock held across the sending.
 */
@Singleton
public final class JooqOutbox implements Outbox, OutboxQueue,
        gr.etwinning.synedrio.application.port.out.metrics.BacklogPort {

    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String DEAD = "dead";

    private final Database database;

    /** How many messages are written: LOAD DATA LOCAL INFILE on MariaDB until the server refuses it, else inserts. */
    private final BulkRows bulk;

    @Inject
    public JooqOutbox(Database database) {
        this.database = database;
        this.bulk = new BulkRows(database);
    }

    @Override
    public long enqueue(MailMessage m, Instant at) {
        MailOutboxRecord r = record(m, at);
        r.store();
        return r.getId();
    }

    @Override
    public void enqueueAll(List<MailMessage> messages, Instant at) {
        if (messages.isEmpty()) {
            return;
        }
        // LOAD DATA LOCAL INFILE from memory on MariaDB, multi-row inserts over plain JDBC on H2 (issue 16: a national
        // import queues a million mails; jOOQ's records and batch cost more than the database's work). The outbox
        // changes no derived document.
        java.time.LocalDateTime when = utc(at);
        String columns = "message_id, kind, recipient, subject, body_text, attachment, text_reference, status,"
                + " attempts, next_attempt_at, created_at";
        MessageIds ids = new MessageIds();
        try {
            database.dsl().connection(c -> {
                bulk.write(c, "mail_outbox", columns, 11, messages, (ps, i, m) -> {
                    ps.setString(i, ids.next());
                    ps.setString(i + 1, m.kind());
                    ps.setString(i + 2, m.recipient());
                    ps.setString(i + 3, m.subject());
                    ps.setString(i + 4, m.text());
                    ps.setString(i + 5, m.attachment());
                    ps.setString(i + 6, m.textReference());
                    ps.setString(i + 7, PENDING);
                    ps.setInt(i + 8, 0);
                    ps.setObject(i + 9, when);
                    ps.setObject(i + 10, when);
                }, (m, out) -> out.add(ids.next()).add(m.kind()).add(m.recipient()).add(m.subject())
                        .add(m.text()).add(m.attachment()).add(m.textReference()).add(PENDING).add(0).add(when)
                        .add(when));
            });
        } catch (org.jooq.exception.DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    /**
     * A new {@code Message-ID}: the time in microseconds (hexadecimal, so ids sort by when they were made), then a
     * random UUID that keeps them unique across instances. Ids that grow with time are written at the right-hand
     * edge of the unique index; random ones landed anywhere in it, which at a million queued mails (a national
     * registrations import) cost more than the rows themselves once the index outgrew the server's buffer pool.
     */
    static String newMessageId() {
        return new MessageIds().next();
    }

    /**
     * The Message-IDs of one batch of messages: one random UUID drawn for the batch, then the next ones counted up
     * from it (a million secure random draws were a tenth of a national import's writing), each after the time.
     */
    static final class MessageIds {
        private final long high;
        private final long low;
        private long n;
        private final StringBuilder id = new StringBuilder(64);

        MessageIds() {
            UUID random = UUID.randomUUID();
            high = random.getMostSignificantBits();
            low = random.getLeastSignificantBits();
        }

        String next() {
            Instant now = Instant.now();
            long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
            String time = Long.toHexString(micros);
            id.setLength(0);
            id.append('<');
            for (int i = time.length(); i < 13; i++) {
                id.append('0');
            }
            id.append(time).append('.').append(new UUID(high, low + n++)).append("@synedrio>");
            return id.toString();
        }
    }

    private MailOutboxRecord record(MailMessage m, Instant at) {
        MailOutboxRecord r = database.dsl().newRecord(MAIL_OUTBOX);
        r.setMessageId(newMessageId());
        r.setKind(m.kind());
        r.setRecipient(m.recipient());
        r.setSubject(m.subject());
        r.setBodyText(m.text());
        r.setAttachment(m.attachment());
        r.setTextReference(m.textReference());
        r.setStatus(PENDING);
        r.setAttempts(0);
        r.setNextAttemptAt(utc(at));
        r.setCreatedAt(utc(at));
        return r;
    }

    @Override
    public int forget(String recipientKey) {
        return database.dsl().deleteFrom(MAIL_OUTBOX)
                .where(org.jooq.impl.DSL.lower(org.jooq.impl.DSL.trim(MAIL_OUTBOX.RECIPIENT)).eq(recipientKey))
                .execute();
    }

    private static Condition claimable(Instant now) {
        return MAIL_OUTBOX.STATUS.eq(PENDING).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(utc(now)))
                .and(MAIL_OUTBOX.LEASE_UNTIL.isNull().or(MAIL_OUTBOX.LEASE_UNTIL.lt(utc(now))));
    }

    @Override
    public List<QueuedMail> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        DSLContext dsl = database.dsl();
        List<Long> candidates = dsl.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX).where(claimable(now))
                .orderBy(MAIL_OUTBOX.ID).limit(limit).fetch(MAIL_OUTBOX.ID);
        if (candidates.isEmpty()) {
            return List.of();
        }
        String token = owner + "/" + UUID.randomUUID().toString().substring(0, 8);
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.LEASE_OWNER, token).set(MAIL_OUTBOX.LEASE_UNTIL, utc(leaseUntil))
                .where(MAIL_OUTBOX.ID.in(candidates)).and(claimable(now)).execute();
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.LEASE_OWNER.eq(token)).orderBy(MAIL_OUTBOX.ID)
                .fetch(r -> new QueuedMail(r.getId(), r.getMessageId(), message(r), r.getAttempts()));
    }

    /** The lease token starts with the owner's name: {@code owner/xxxxxxxx}. */
    private static Condition heldBy(long id, String owner) {
        return MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.LEASE_OWNER.startsWith(owner + "/"))
                .and(MAIL_OUTBOX.STATUS.eq(PENDING));
    }

    @Override
    public boolean markSent(long id, String owner, Instant at) {
        return database.dsl().update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, SENT).set(MAIL_OUTBOX.SENT_AT, utc(at))
                .setNull(MAIL_OUTBOX.LEASE_OWNER).setNull(MAIL_OUTBOX.LEASE_UNTIL).setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(heldBy(id, owner)).execute() == 1;
    }

    @Override
    public boolean markFailed(long id, String owner, String error, Instant nextAttempt, boolean dead) {
        return database.dsl().update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, dead ? DEAD : PENDING)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, utc(nextAttempt)).set(MAIL_OUTBOX.LAST_ERROR, shortened(error))
                .setNull(MAIL_OUTBOX.LEASE_OWNER).setNull(MAIL_OUTBOX.LEASE_UNTIL)
                .where(heldBy(id, owner)).execute() == 1;
    }

    @Override
    public void release(long id, String owner, String error) {
        var update = database.dsl().update(MAIL_OUTBOX).setNull(MAIL_OUTBOX.LEASE_OWNER)
                .setNull(MAIL_OUTBOX.LEASE_UNTIL);
        if (error != null) {
            update.set(MAIL_OUTBOX.LAST_ERROR, shortened(error)).where(heldBy(id, owner)).execute();
        } else {
            update.where(heldBy(id, owner)).execute();
        }
    }

    @Override
    public boolean retry(long id, Instant now) {
        return database.dsl().update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, PENDING).set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, utc(now)).setNull(MAIL_OUTBOX.LEASE_OWNER)
                .setNull(MAIL_OUTBOX.LEASE_UNTIL)
                .where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.STATUS.ne(SENT)).execute() == 1;
    }

    @Override
    public OutboxStatus status(Instant now, int limit) {
        DSLContext dsl = database.dsl();
        Map<String, Integer> counts = dsl.select(MAIL_OUTBOX.STATUS, count()).from(MAIL_OUTBOX)
                .groupBy(MAIL_OUTBOX.STATUS).fetchMap(MAIL_OUTBOX.STATUS, count());
        int due = dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(PENDING)
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(utc(now))));
        Record2<LocalDateTime, Integer> next = dsl.select(min(MAIL_OUTBOX.NEXT_ATTEMPT_AT), count()).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(PENDING)).fetchOne();
        List<Row> unsent = limit <= 0 ? List.of() : dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.STATUS.ne(SENT))
                .orderBy(MAIL_OUTBOX.ID).limit(limit).fetch(r -> new Row(r.getId(), r.getKind(), r.getRecipient(),
                        r.getSubject(), r.getStatus(), r.getAttempts(), instant(r.getNextAttemptAt()),
                        r.getLastError()));
        long owed = JooqMailJobs.owed(dsl);
        Instant nextAttempt = next == null ? null : instant(next.value1());
        return new OutboxStatus(counts.getOrDefault(PENDING, 0) + owed, due + owed, owed, counts.getOrDefault(SENT, 0),
                counts.getOrDefault(DEAD, 0), owed > 0 && (nextAttempt == null || nextAttempt.isAfter(now)) ? now
                : nextAttempt, unsent);
    }

    /** The messages not sent yet: the outbox's pending rows and what mail jobs still owe (the metrics' gauge). */
    @Override
    public long outboxBacklog() {
        return database.reading(() -> {
            DSLContext dsl = database.dsl();
            return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(PENDING)) + JooqMailJobs.owed(dsl);
        });
    }

    @Override
    public Optional<QueuedMail> find(long id) {
        return database.dsl().selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOptional(r ->
                new QueuedMail(r.getId(), r.getMessageId(), message(r), r.getAttempts()));
    }

    private static MailMessage message(MailOutboxRecord r) {
        return new MailMessage(r.getKind(), r.getRecipient(), r.getSubject(), r.getBodyText(), r.getAttachment(),
                r.getTextReference());
    }

    private static String shortened(String error) {
        if (error == null) {
            return "unknown error";
        }
        return error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
