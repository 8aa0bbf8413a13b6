package gr.etwinning.synedrio.application.port.out.metrics;

/**
 * How much work waits to be done in the background, for operators to watch: today the mail outbox's messages not
 * yet sent. Until the outbox exists, the implementation answers 0; the outbox's repository implements this port
 * when it lands, and the composition root binds it instead.
 */
public interface BacklogPort {

    /** Messages in the outbox not yet sent (0 while there is no outbox). */
    long outboxBacklog();
}
