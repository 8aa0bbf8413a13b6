package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps what was written, in order, for tests to read. */
public final class InMemoryOutbox implements Outbox {

    public final List<MailMessage> messages = new ArrayList<>();

    @Override
    public long enqueue(MailMessage message, Instant at) {
        messages.add(message);
        return messages.size();
    }

    @Override
    public int forget(String recipientKey) {
        int before = messages.size();
        messages.removeIf(m -> m.recipient().strip().equalsIgnoreCase(recipientKey));
        return before - messages.size();
    }
}
