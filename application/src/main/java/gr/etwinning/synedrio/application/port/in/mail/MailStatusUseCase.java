package gr.etwinning.synedrio.application.port.in.mail;

import java.time.Instant;
import java.util.List;

/** What the outbox holds, and whether mail can be sent at all. */
public interface MailStatusUseCase {

    MailStatus mailStatus(int limit);

    /**
     * @param unavailableReason null when mail is configured, else why it stays in the outbox
     * @param destination       where mail goes (SMTP host, never a password)
     * @param owed              of the pending messages, those an import owes that are not rows of the outbox yet
     *                          (its mail job queues them as they are sent)
     */
    record MailStatus(String unavailableReason, String destination, long pending, long due, long owed, long sent,
                      long dead, Instant nextAttempt, List<MailRow> unsent) {
        public MailStatus {
            unsent = List.copyOf(unsent);
        }
    }

    /** A message not sent yet (pending or dead): who to, what, how often tried, the last error. */
    record MailRow(long id, String kind, String recipient, String subject, String status, int attempts,
                   Instant nextAttempt, String lastError) {
    }
}
