package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.mail.MailJobs;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Optional;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.MAIL_JOB;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;

/** Mail jobs in {@code mail_job} (V21); the rows they owe mail to carry the job's id in {@code registration.mail_job}. */
@Singleton
public final class JooqMailJobs implements MailJobs {

    private final Database database;

    @Inject
    public JooqMailJobs(Database database) {
        this.database = database;
    }

    @Override
    public long open(String kind, int edition, Instant at) {
        DSLContext dsl = database.dsl();
        // Every id the job's rows will get is above the highest one visible now (ids only grow), so the pages read
        // from here on, not the registrations of every edition before them.
        Long highest = dsl.select(DSL.max(REGISTRATION.ID)).from(REGISTRATION).fetchOne(0, Long.class);
        return dsl.insertInto(MAIL_JOB).set(MAIL_JOB.KIND, kind).set(MAIL_JOB.EDITION, edition)
                .set(MAIL_JOB.AFTER_ID, highest == null ? 0L : highest).set(MAIL_JOB.OWED, 0L)
                .set(MAIL_JOB.CREATED_AT, JooqOutbox.utc(at)).returningResult(MAIL_JOB.ID).fetchOne(MAIL_JOB.ID);
    }

    @Override
    public void bound(long job, long lastId, long owed) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.LAST_ID, lastId).set(MAIL_JOB.OWED, owed)
                .where(MAIL_JOB.ID.eq(job)).execute();
    }

    /**
     * A plain read: it sees committed jobs only and waits for nobody. (A locking read here would walk the jobs in
     * key order, locking each, and wait at the row of an import still running until that import committed.)
     */
    @Override
    public Optional<Long> oldestOpen(String kind) {
        return database.dsl().select(MAIL_JOB.ID).from(MAIL_JOB).where(MAIL_JOB.FINISHED_AT.isNull())
                .and(MAIL_JOB.KIND.eq(kind)).orderBy(MAIL_JOB.ID).limit(1).fetchOptional(MAIL_JOB.ID);
    }

    @Override
    public Optional<Job> lock(long job) {
        return database.dsl().selectFrom(MAIL_JOB).where(MAIL_JOB.ID.eq(job)).and(MAIL_JOB.FINISHED_AT.isNull())
                .forUpdate().fetchOptional(r -> new Job(r.getId(), r.getKind(), r.getEdition(), r.getAfterId(),
                        r.getLastId()));
    }

    @Override
    public void advance(long job, long afterId, int queued) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.AFTER_ID, afterId).set(MAIL_JOB.OWED, MAIL_JOB.OWED.minus(queued))
                .where(MAIL_JOB.ID.eq(job)).execute();
    }

    @Override
    public void finish(long job, Instant at) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.FINISHED_AT, JooqOutbox.utc(at)).set(MAIL_JOB.OWED, 0L)
                .where(MAIL_JOB.ID.eq(job)).execute();
    }

    /** How many mails the open jobs still owe: their counts, kept as pages are queued and registrations erased. */
    static long owed(DSLContext dsl) {
        Long owed = dsl.select(DSL.sum(MAIL_JOB.OWED)).from(MAIL_JOB).where(MAIL_JOB.FINISHED_AT.isNull())
                .fetchOne(0, Long.class);
        return owed == null ? 0 : owed;
    }

    /**
     * Before a registration is erased (in the same transaction): its job, if it still owes it its mail, owes one
     * fewer. The job's row is locked first, so that a sender queuing the job's next page either queued it before
     * (and the erasure then deletes its outbox row) or reads it erased after.
     */
    static void forgetOwed(DSLContext dsl, long registrationId, Long mailJob) {
        if (mailJob == null) {
            return;
        }
        var job = dsl.selectFrom(MAIL_JOB).where(MAIL_JOB.ID.eq(mailJob)).and(MAIL_JOB.FINISHED_AT.isNull())
                .forUpdate().fetchOptional();
        if (job.isPresent() && registrationId > job.get().getAfterId()) {
            dsl.update(MAIL_JOB).set(MAIL_JOB.OWED, MAIL_JOB.OWED.minus(1)).where(MAIL_JOB.ID.eq(mailJob)).execute();
        }
    }
}
