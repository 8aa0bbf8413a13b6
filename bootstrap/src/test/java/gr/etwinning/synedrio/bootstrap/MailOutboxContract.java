package gr.etwinning.synedrio.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import gr.etwinning.synedrio.adapter.out.mail.SmtpMailSender;
import gr.etwinning.synedrio.adapter.out.mail.SmtpSettings;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.FlywaySchema;
import gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase.MailStatus;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase.SendReport;
import gr.etwinning.synedrio.application.port.out.mail.MailDeliveryException;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;
import gr.etwinning.synedrio.application.port.out.mail.QueuedMail;
import gr.etwinning.synedrio.application.service.mail.MailDeliveryService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox, its sender and the SMTP adapter together, against GreenMail on a free port of 127.0.0.1 and a
 * database (H2 and MariaDB, see the subclasses): what happens when the server is down, stops mid-run, or the sender
 * dies between sending and marking, and two senders at once.
 */
abstract class MailOutboxContract {

    /** A new, empty database. */
    abstract gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings freshDatabase();

    void dispose(gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings settings) {
    }

    private gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings settings;
    private Database database;
    private JooqOutbox outbox;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2021-11-22T09:00:00Z"));
    private int port;
    private GreenMail greenMail;

    @BeforeEach
    void open() throws IOException {
        settings = freshDatabase();
        database = new Database(settings, 8);
        new FlywaySchema(database).ensureCurrent();
        outbox = new JooqOutbox(database);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @AfterEach
    void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
        database.close();
        dispose(settings);
    }

    private void startSmtp() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private SmtpMailSender smtp() {
        return new SmtpMailSender(SmtpSettings.plain("127.0.0.1", port, "Συνέδριο eTwinning <synedrio@example.gr>"));
    }

    private MailDeliveryService service(MailSenderPort sender, Duration lease) {
        return new MailDeliveryService(outbox, sender, reference -> Optional.empty(), database, now::get, lease);
    }

    private void enqueue(int n) {
        database.inTransaction(() -> {
            for (int i = 1; i <= n; i++) {
                outbox.enqueue(new MailMessage("test", "teacher" + i + "@sch.gr", "Βεβαίωση " + i,
                        "Καλημέρα σας, Ελένη Κωνσταντινίδου " + i, null), now.get());
            }
            return null;
        });
    }

    private MailStatus status() {
        return service(smtp(), Duration.ofMinutes(5)).mailStatus(1000);
    }

    private static List<String> messageIds(MimeMessage[] received) throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : received) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    @Test
    void whenTheServerIsDownNothingIsLostAndNoMessageIsBlamedAndOnceItIsBackEachIsDeliveredOnce() throws Exception {
        enqueue(5);
        SendReport down = service(smtp(), Duration.ofMinutes(5)).sendDue();
        assertThat(down.sent()).isZero();
        assertThat(down.serverTrouble()).isTrue();
        assertThat(down.stoppedBecause()).contains("127.0.0.1:" + port);
        MailStatus waiting = status();
        assertThat(waiting.pending()).isEqualTo(5);
        assertThat(waiting.due()).isEqualTo(5);
        assertThat(waiting.unsent()).allSatisfy(r -> assertThat(r.attempts()).isZero());

        startSmtp();
        SendReport back = service(smtp(), Duration.ofMinutes(5)).sendDue();
        assertThat(back.sent()).isEqualTo(5);
        assertThat(back.serverTrouble()).isFalse();
        assertThat(service(smtp(), Duration.ofMinutes(5)).sendDue().sent()).isZero();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(5);
        assertThat(new HashSet<>(messageIds(received))).hasSize(5);
        assertThat(received[0].getSubject()).isEqualTo("Βεβαίωση 1");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Καλημέρα σας, Ελένη Κωνσταντινίδου 1");
        assertThat(status().sent()).isEqualTo(5);
    }

    @Test
    void aSenderThatDiesBetweenSendingAndMarkingLeavesTheMessageToBeSentAgainWithTheSameMessageId() throws Exception {
        startSmtp();
        enqueue(1);
        SmtpMailSender real = smtp();
        MailSenderPort crashing = new MailSenderPort() {
            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public String describe() {
                return real.describe();
            }

            @Override
            public Connection open() throws MailDeliveryException {
                Connection c = real.open();
                return new Connection() {
                    @Override
                    public void send(QueuedMail mail, Attachment attachment) throws MailDeliveryException {
                        c.send(mail, attachment);
                        throw new IllegalStateException("the process died here");
                    }

                    @Override
                    public void close() {
                        c.close();
                    }
                };
            }
        };
        assertThatThrownBy(() -> service(crashing, Duration.ofSeconds(30)).sendDue())
                .hasMessageContaining("died");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);

        // Another instance, while the dead one's lease holds: nothing to do.
        assertThat(service(smtp(), Duration.ofSeconds(30)).sendDue().sent()).isZero();
        now.set(now.get().plusSeconds(31));
        assertThat(service(smtp(), Duration.ofSeconds(30)).sendDue().sent()).isEqualTo(1);

        List<String> ids = messageIds(greenMail.getReceivedMessages());
        assertThat(ids).hasSize(2);
        assertThat(ids.get(1)).isEqualTo(ids.get(0)).startsWith("<").endsWith("@synedrio>");
        assertThat(status().sent()).isEqualTo(1);
    }

    @Test
    void twoSendersInParallelDeliverEveryMessageExactlyOnce() throws Exception {
        startSmtp();
        enqueue(300);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<SendReport>> runs = List.of(() -> service(smtp(), Duration.ofMinutes(5)).sendDue(),
                    () -> service(smtp(), Duration.ofMinutes(5)).sendDue());
            int sent = 0;
            for (Future<SendReport> f : pool.invokeAll(runs)) {
                sent += f.get().sent();
            }
            assertThat(sent).isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = messageIds(greenMail.getReceivedMessages());
        assertThat(ids).hasSize(300);
        assertThat(new HashSet<>(ids)).hasSize(300);
        assertThat(status().sent()).isEqualTo(300);
    }

    @Test
    void whenTheServerStopsMidRunTheRunSaysSoAndTheNextRunCompletesItWithNoMessageTwice() throws Exception {
        startSmtp();
        enqueue(80);
        Set<String> delivered = new HashSet<>();
        AtomicInteger sends = new AtomicInteger();
        SmtpMailSender real = smtp();
        MailSenderPort stopping = new MailSenderPort() {
            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public String describe() {
                return real.describe();
            }

            @Override
            public Connection open() throws MailDeliveryException {
                Connection c = real.open();
                return new Connection() {
                    @Override
                    public void send(QueuedMail mail, Attachment attachment) throws MailDeliveryException {
                        if (sends.incrementAndGet() == 31) {
                            try {
                                delivered.addAll(messageIds(greenMail.getReceivedMessages()));
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                            greenMail.stop();
                        }
                        c.send(mail, attachment);
                    }

                    @Override
                    public void close() {
                        c.close();
                    }
                };
            }
        };
        SendReport interrupted = service(stopping, Duration.ofMinutes(5)).sendDue();
        assertThat(interrupted.sent()).isEqualTo(30);
        assertThat(interrupted.serverTrouble()).isTrue();
        assertThat(interrupted.left()).isEqualTo(50);
        assertThat(delivered).hasSize(30);

        startSmtp();
        SendReport completed = service(smtp(), Duration.ofMinutes(5)).sendDue();
        assertThat(completed.sent()).isEqualTo(50);
        List<String> rest = messageIds(greenMail.getReceivedMessages());
        assertThat(rest).hasSize(50).doesNotContainAnyElementsOf(delivered);
        assertThat(status().sent()).isEqualTo(80);
    }

    @Test
    void aRefusedMessageIsTriedAgainAfterGrowingPausesThenDeadUntilRetried() {
        enqueue(1);
        AtomicInteger attempts = new AtomicInteger();
        MailSenderPort refusing = new MailSenderPort() {
            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public String describe() {
                return "refusing";
            }

            @Override
            public Connection open() {
                return new Connection() {
                    @Override
                    public void send(QueuedMail mail, Attachment attachment) throws MailDeliveryException {
                        attempts.incrementAndGet();
                        throw new MailDeliveryException("452 mailbox full", false, false, null);
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        MailDeliveryService service = service(refusing, Duration.ofMinutes(5));
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < MailDeliveryService.MAX_ATTEMPTS; i++) {
            assertThat(service.sendDue().failed()).isEqualTo(1);
            Instant next = service.mailStatus(10).unsent().get(0).nextAttempt();
            pauses.add(Duration.between(now.get(), next));
            assertThat(service.sendDue().failed()).as("not due before its pause").isZero();
            now.set(next);
        }
        assertThat(pauses).startsWith(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(service.sendDue().dead()).isEqualTo(1);
        MailStatus dead = service.mailStatus(10);
        assertThat(dead.dead()).isEqualTo(1);
        assertThat(dead.unsent().get(0).lastError()).isEqualTo("452 mailbox full");
        assertThat(dead.unsent().get(0).attempts()).isEqualTo(MailDeliveryService.MAX_ATTEMPTS);
        now.set(now.get().plus(Duration.ofDays(30)));
        assertThat(service.sendDue().failed() + service.sendDue().dead()).as("dead stays dead").isZero();

        service.retry(dead.unsent().get(0).id());
        assertThat(service.sendDue().failed()).isEqualTo(1);
        assertThat(attempts.get()).isEqualTo(MailDeliveryService.MAX_ATTEMPTS + 1);
    }
}
