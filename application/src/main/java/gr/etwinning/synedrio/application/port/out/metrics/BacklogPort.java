package gr.etwinning.synedrio.application.port.out.metrics;

/**
 * How much work waits to be done in the background, for operators to watch: the mail not yet sent (the outbox's
 * pending messages and those that mail jobs still owe).
 */
public interface BacklogPort {

    /** Messages not yet sent. */
    long outboxBacklog();
}
