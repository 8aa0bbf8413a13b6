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
                .set(MAIL_JOB.AFTER_ID, highest == null ? 0L : highest)
                .set(MAIL_JOB.CREATED_AT, JooqOutbox.utc(at)).returningResult(MAIL_JOB.ID).fetchOne(MAIL_JOB.ID);
    }

    @Override
    public void bound(long job, long lastId) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.LAST_ID, lastId).where(MAIL_JOB.ID.eq(job)).execute();
    }

    @Override
    public Optional<Job> lockOldestOpen(String kind) {
        return database.dsl().selectFrom(MAIL_JOB).where(MAIL_JOB.FINISHED_AT.isNull()).and(MAIL_JOB.KIND.eq(kind))
                .orderBy(MAIL_JOB.ID).limit(1)
                .forUpdate().fetchOptional(r -> new Job(r.getId(), r.getKind(), r.getEdition(), r.getAfterId(),
                        r.getLastId()));
    }

    @Override
    public void advance(long job, long afterId) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.AFTER_ID, afterId).where(MAIL_JOB.ID.eq(job)).execute();
    }

    @Override
    public void finish(long job, Instant at) {
        database.dsl().update(MAIL_JOB).set(MAIL_JOB.FINISHED_AT, JooqOutbox.utc(at)).where(MAIL_JOB.ID.eq(job))
                .execute();
    }

    /**
     * How many mails the open jobs still owe: their rows above the cursor, not erased. One range of the primary key
     * per open job (there are few: an import's job is finished when its last page is queued).
     */
    static long owed(DSLContext dsl) {
        long owed = 0;
        for (var job : dsl.selectFrom(MAIL_JOB).where(MAIL_JOB.FINISHED_AT.isNull()).fetch()) {
            var range = REGISTRATION.ID.gt(job.getAfterId());
            if (job.getLastId() != null) {
                range = range.and(REGISTRATION.ID.le(job.getLastId()));
            }
            owed += dsl.fetchCount(REGISTRATION, range.and(REGISTRATION.MAIL_JOB.eq(job.getId()))
                    .and(REGISTRATION.ERASED_AT.isNull()));
        }
        return owed;
    }
}
