package gr.etwinning.synedrio.application.service.mail;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase;
import gr.etwinning.synedrio.application.port.in.mail.RetryMailUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.mail.MailAttachments;
import gr.etwinning.synedrio.application.port.out.mail.MailDeliveryException;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;
import gr.etwinning.synedrio.application.port.out.mail.MailTexts;
import gr.etwinning.synedrio.application.port.out.mail.OutboxQueue;
import gr.etwinning.synedrio.application.port.out.mail.QueuedMail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers the outbox. A run claims due messages in batches (a lease in the database, so that other senders skip
 * them), sends each over one connection with the row's {@code Message-ID}, and marks it sent at once. When nothing
 * due is left, what mail jobs owe (a national import's confirmations, {@link OwedMail}) is queued, a page at a time,
 * and sent in turn. A message the
 * server refuses for a while is tried again after an exponentially growing pause (1, 2, 4 … minutes, at most six
 * hours) and after {@value #MAX_ATTEMPTS} failed attempts becomes dead, with its last error, until an operator
 * retries it; a message refused for good (an unknown recipient) becomes dead at once. When the server itself cannot
 * be reached, no message is blamed: the run gives back what it holds and stops, and says so.
 *
 * <p>Crash safety: the row is marked sent only after the server accepted it. A sender that dies in between leaves
 * its lease to expire; the message is then sent again with the same {@code Message-ID}, which lets mail systems
 * and readers recognise the copy. Nothing is lost, and nothing is sent twice except across such a crash.
 */
public final class MailDeliveryService implements SendMailUseCase, MailStatusUseCase, RetryMailUseCase {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration LONGEST_BACKOFF = Duration.ofHours(6);
    static final int BATCH = 50;
    /** How many batches' worth of owed mail is queued at a time. */
    static final int OWED_PAGES = 20;

    private final OutboxQueue queue;
    private final MailSenderPort sender;
    private final MailAttachments attachments;
    private final MailTexts texts;
    private final OwedMail owed;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Duration lease;
    private final String owner;

    /** A sender for outboxes whose every text is written with its message. */
    public MailDeliveryService(OutboxQueue queue, MailSenderPort sender, MailAttachments attachments,
                               TransactionPort transactions, ClockPort clock, Duration lease) {
        this(queue, sender, attachments, MailTexts.NONE, transactions, clock, lease);
    }

    /** @param texts renders the texts of the messages queued by reference ({@link MailMessage#textReference()}) */
    public MailDeliveryService(OutboxQueue queue, MailSenderPort sender, MailAttachments attachments,
                               MailTexts texts, TransactionPort transactions, ClockPort clock, Duration lease) {
        this(queue, sender, attachments, texts, OwedMail.NONE, transactions, clock, lease);
    }

    /**
     * @param texts renders the texts of the messages queued by reference ({@link MailMessage#textReference()})
     * @param owed  queues what mail jobs owe into the outbox when nothing due is left in it
     */
    public MailDeliveryService(OutboxQueue queue, MailSenderPort sender, MailAttachments attachments,
                               MailTexts texts, OwedMail owed, TransactionPort transactions, ClockPort clock,
                               Duration lease) {
        this.owed = Objects.requireNonNull(owed, "'owed' must not be null");
        this.texts = Objects.requireNonNull(texts, "'texts' must not be null");
        this.queue = Objects.requireNonNull(queue, "'queue' must not be null");
        this.sender = Objects.requireNonNull(sender, "'sender' must not be null");
        this.attachments = Objects.requireNonNull(attachments, "'attachments' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.lease = Objects.requireNonNull(lease, "'lease' must not be null");
        this.owner = "synedrio-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The pause before attempt {@code attempts + 1}, after {@code attempts} failed ones (at least one). */
    static Duration backoff(int attempts) {
        Duration d = FIRST_BACKOFF;
        for (int i = 1; i < attempts && d.compareTo(LONGEST_BACKOFF) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : d;
    }

    @Override
    public SendReport sendDue() {
        String reason = sender.unavailableReason();
        if (reason != null) {
            return new SendReport(0, 0, 0, status(0).due(), "mail is not configured: " + reason);
        }
        int sent = 0;
        int failed = 0;
        int dead = 0;
        MailSenderPort.Connection connection = null;
        try {
            while (true) {
                Instant now = clock.now();
                List<QueuedMail> batch = transactions.inTransaction(() -> queue.claim(owner, now, now.plus(lease),
                        BATCH));
                if (batch.isEmpty()) {
                    // nothing due is left: what mail jobs owe (an import's confirmations) comes next, in pages
                    if (owed.queueSome(now, OWED_PAGES * BATCH) > 0) {
                        continue;
                    }
                    return new SendReport(sent, failed, dead, 0, null);
                }
                for (int i = 0; i < batch.size(); i++) {
                    QueuedMail mail = batch.get(i);
                    try {
                        if (connection == null) {
                            connection = sender.open();
                        }
                        QueuedMail rendered = rendered(mail);
                        MailSenderPort.Attachment attachment = attachment(mail);
                        connection.send(rendered, attachment);
                        long id = mail.id();
                        transactions.inTransaction(() -> queue.markSent(id, owner, clock.now()));
                        sent++;
                    } catch (MailDeliveryException e) {
                        if (e.serverFailure()) {
                            for (QueuedMail held : batch.subList(i, batch.size())) {
                                transactions.inTransaction(() -> {
                                    queue.release(held.id(), owner, held == mail ? e.getMessage() : null);
                                    return null;
                                });
                            }
                            return new SendReport(sent, failed, dead, status(0).due(),
                                    "the mail server " + sender.describe() + " failed: " + e.getMessage());
                        }
                        int attempts = mail.attempts() + 1;
                        boolean giveUp = e.permanent() || attempts >= MAX_ATTEMPTS;
                        Instant next = clock.now().plus(backoff(attempts));
                        transactions.inTransaction(() -> queue.markFailed(mail.id(), owner, e.getMessage(), next,
                                giveUp));
                        if (giveUp) {
                            dead++;
                        } else {
                            failed++;
                        }
                    }
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** The message with its text, rendered now if it was queued by reference. */
    private QueuedMail rendered(QueuedMail mail) throws MailDeliveryException {
        String reference = mail.message().textReference();
        if (reference == null) {
            return mail;
        }
        Optional<String> text = texts.render(reference);
        if (text.isEmpty()) {
            throw new MailDeliveryException("what its text tells of (" + reference.substring(0,
                    reference.indexOf(':') + 1) + "…) no longer exists", false, true, null);
        }
        return new QueuedMail(mail.id(), mail.messageId(), mail.message().withText(text.get()), mail.attempts());
    }

    private MailSenderPort.Attachment attachment(QueuedMail mail) throws MailDeliveryException {
        String reference = mail.message().attachment();
        if (reference == null) {
            return null;
        }
        Optional<MailSenderPort.Attachment> found = attachments.resolve(reference);
        if (found.isEmpty()) {
            throw new MailDeliveryException("its attachment " + reference + " no longer exists", false, true, null);
        }
        return found.get();
    }

    @Override
    public MailStatus mailStatus(int limit) {
        OutboxQueue.OutboxStatus s = status(limit);
        return new MailStatus(sender.unavailableReason(), sender.describe(), s.pending(), s.due(), s.owed(), s.sent(),
                s.dead(), s.nextAttempt(), s.unsent().stream().map(r -> new MailRow(r.id(), r.kind(), r.recipient(),
                r.subject(), r.status(), r.attempts(), r.nextAttempt(), r.lastError())).toList());
    }

    private OutboxQueue.OutboxStatus status(int limit) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> queue.status(now, limit));
    }

    @Override
    public void retry(long id) {
        Instant now = clock.now();
        if (!transactions.inTransaction(() -> queue.retry(id, now))) {
            throw new NotFoundException("id", "no unsent message " + id + " in the outbox (see synedrio mail status)");
        }
    }
}
