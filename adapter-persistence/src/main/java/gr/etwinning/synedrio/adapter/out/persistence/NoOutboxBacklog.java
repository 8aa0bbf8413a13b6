package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.metrics.BacklogPort;

/**
 * The outbox backlog while Synedrio has no mail outbox: nothing waits. The outbox's repository implements
 * {@link BacklogPort} (counting its unsent rows) when it lands, and the composition root binds that instead.
 */
public final class NoOutboxBacklog implements BacklogPort {

    @Override
    public long outboxBacklog() {
        return 0;
    }
}
