package gr.etwinning.synedrio.application.service.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.mail.MailJobs;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.service.mail.OwedMail;
import gr.etwinning.synedrio.domain.registration.Registration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Queues the confirmation mails a registrations import owes (its mail job) into the outbox, a page at a time: one
 * transaction locks the job, reads the next page of its registrations (erased ones are skipped: they have no
 * address any more), writes their messages into the outbox and moves the job's cursor past them. Two senders take
 * turns on the job's lock; a failure rolls the page back whole, so every registration is queued exactly once.
 */
@Singleton
public final class RegistrationMailJobs implements OwedMail {

    /** The most messages one transaction queues. */
    static final int PAGE = 1000;

    private final MailJobs jobs;
    private final RegistrationRepository registrations;
    private final Outbox outbox;
    private final RegistrationMails mails;
    private final TransactionPort transactions;

    @Inject
    public RegistrationMailJobs(MailJobs jobs, RegistrationRepository registrations, Outbox outbox,
                                RegistrationMails mails, TransactionPort transactions) {
        this.jobs = Objects.requireNonNull(jobs, "'jobs' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.mails = Objects.requireNonNull(mails, "'mails' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public int queueSome(Instant now, int limit) {
        int queued = 0;
        while (queued < limit) {
            // the candidate is read on its own (committed jobs only, no lock); the page's transaction then begins by
            // locking it, so that what it reads after is what was committed once the lock was held
            Optional<Long> candidate = transactions.inTransaction(() -> jobs.oldestOpen(RegistrationMails.KIND));
            if (candidate.isEmpty()) {
                break; // no job owes anything
            }
            int room = Math.min(PAGE, limit - queued);
            queued += transactions.inTransaction(() -> queuePage(candidate.get(), now, room));
        }
        return queued;
    }

    /** One page of the job, if it is still open (else 0: another sender finished it). In a transaction. */
    private int queuePage(long id, Instant now, int limit) {
        Optional<MailJobs.Job> open = jobs.lock(id);
        if (open.isEmpty()) {
            return 0;
        }
        MailJobs.Job job = open.get();
        List<Registration> page = registrations.owedMail(job.id(), job.afterId(), job.lastId(), limit);
        if (!page.isEmpty()) {
            outbox.enqueueAll(page.stream().map(mails::registeredWhenSent).toList(), now);
            jobs.advance(job.id(), page.get(page.size() - 1).id(), page.size());
        }
        if (page.size() < limit) {
            jobs.finish(job.id(), now);
        }
        return page.size();
    }
}
