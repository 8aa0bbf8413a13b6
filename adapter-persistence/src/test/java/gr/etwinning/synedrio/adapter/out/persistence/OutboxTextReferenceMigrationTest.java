package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.mail.QueuedMail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V17: a mail queued before it, with its text written, is still queued after it and claimed with that same text
 * (no text reference), next to a mail queued by reference after it (H2 and MariaDB).
 */
class OutboxTextReferenceMigrationTest extends MigrationTest {

    @Override
    void migrates(DatabaseSettings settings) throws Exception {
        String text = "Αγαπητή/Αγαπητέ Άννα Βλάχου,\n\nη εγγραφή σας στο 7ο Πανελλήνιο Συνέδριο eTwinning καταχωρίστηκε.\n";
        try (Database database = new Database(settings, 2)) {
            FlywaySchema schema = new FlywaySchema(database);
            schema.migrateTo("15.3");
            try (Connection c = database.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                    "insert into mail_outbox (message_id, kind, recipient, subject, body_text, status, attempts,"
                    + " next_attempt_at, created_at) values ('<old@synedrio>', 'registration-code',"
                    + " 'anna.vlachou@sch.gr', 'Εγγραφή στο 7ο Πανελλήνιο Συνέδριο eTwinning', ?, 'pending', 0,"
                    + " timestamp '2021-11-01 08:00:00', timestamp '2021-11-01 08:00:00')")) {
                p.setString(1, text);
                p.executeUpdate();
                c.commit();
            }
            schema.migrate();
            JooqOutbox outbox = new JooqOutbox(database);
            database.inTransaction(() -> outbox.enqueue(gr.etwinning.synedrio.application.port.out.mail.MailMessage
                    .renderedWhenSent("registration-code", "eleni@sch.gr", "Εγγραφή", "registered:"
                            + "A".repeat(22)), Instant.parse("2021-11-02T08:00:00Z")));

            List<QueuedMail> queued = database.inTransaction(() -> outbox.claim("test", Instant.now(),
                    Instant.now().plusSeconds(60), 10));
            assertThat(queued).hasSize(2);
            assertThat(queued.get(0).messageId()).isEqualTo("<old@synedrio>");
            assertThat(queued.get(0).message().text()).isEqualTo(text);
            assertThat(queued.get(0).message().textReference()).isNull();
            assertThat(queued.get(1).message().text()).isEmpty();
            assertThat(queued.get(1).message().textReference()).isEqualTo("registered:" + "A".repeat(22));
        }
    }
}
