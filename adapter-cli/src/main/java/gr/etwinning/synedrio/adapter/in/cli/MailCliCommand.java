package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase;
import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase.MailRow;
import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase.MailStatus;
import gr.etwinning.synedrio.application.port.in.mail.RetryMailUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase.SendReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code synedrio mail …}: the outbox of mail Synedrio sends (confirmation codes, certificates). */
@Command(name = "mail", mixinStandardHelpOptions = true,
        description = {"The mail outbox: every message Synedrio sends is first a row of it, written with what caused",
                "it. Configure SMTP with SYNEDRIO_SMTP_URL (smtp://host:port or smtps://host:port),",
                "SYNEDRIO_SMTP_USER, SYNEDRIO_SMTP_PASSWORD and SYNEDRIO_MAIL_FROM; until then mail waits."},
        subcommands = {MailCliCommand.StatusCliCommand.class, MailCliCommand.SendCliCommand.class,
                MailCliCommand.RetryCliCommand.class})
public final class MailCliCommand {

    static String describe(SendReport r) {
        return "mail: " + r.sent() + " sent, " + r.failed() + " to try again later, " + r.dead() + " dead"
                + (r.left() > 0 ? ", " + r.left() + " due still waiting" : "");
    }

    /** {@code synedrio mail status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Whether mail can be sent, and the outbox: pending, due, sent, dead, the unsent messages.")
    public static final class StatusCliCommand implements Callable<Integer> {

        private final Provider<MailStatusUseCase> status;

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "20", description = "Unsent messages to list (default 20)")
        int limit;

        @Inject
        public StatusCliCommand(Provider<MailStatusUseCase> status) {
            this.status = status;
        }

        @Override
        public Integer call() {
            MailStatus s = status.get().mailStatus(Math.max(0, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (s.unavailableReason() == null) {
                out.println("mail goes through " + s.destination());
            } else {
                out.println("mail is not sent: " + s.unavailableReason() + "; messages wait in the outbox until "
                        + "it is configured (see synedrio mail --help)");
            }
            out.println("outbox: " + s.pending() + " pending (" + s.due() + " due now"
                    + (s.owed() == 0 ? "" : ", of which " + s.owed() + " owed by imports and queued as they are sent")
                    + "), " + s.sent() + " sent, " + s.dead() + " dead"
                    + (s.nextAttempt() == null || s.pending() == s.due() ? "" : "; next attempt " + s.nextAttempt()));
            if (!s.unsent().isEmpty()) {
                out.println();
                out.printf("%-7s %-7s %-18s %-8s %-32s %s%n", "ID", "STATUS", "KIND", "ATTEMPTS", "TO", "LAST ERROR");
                for (MailRow r : s.unsent()) {
                    out.printf("%-7d %-7s %-18s %-8d %-32s %s%n", r.id(), r.status(), r.kind(), r.attempts(),
                            r.recipient(), r.lastError() == null ? "" : r.lastError());
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio mail send [--once]}. */
    @Command(name = "send", mixinStandardHelpOptions = true,
            description = {"Deliver the outbox's due messages. With --once: what is due now, then exit (exit 3 if",
                    "the server failed or mail is not configured; what was not sent stays, nothing is lost).",
                    "Without it: keep delivering until stopped (serve does this in the background)."})
    public static final class SendCliCommand implements Callable<Integer> {

        private final Provider<SendMailUseCase> send;

        @Spec
        CommandSpec spec;

        @Option(names = "--once", description = "Deliver what is due now and exit")
        boolean once;

        @Option(names = "--every", defaultValue = "10", paramLabel = "SECONDS",
                description = "Without --once: seconds between runs (default 10)")
        int everySeconds;

        @Inject
        public SendCliCommand(Provider<SendMailUseCase> send) {
            this.send = send;
        }

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            if (once) {
                SendReport r = send.get().sendDue();
                out.println(describe(r));
                out.flush();
                if (r.serverTrouble()) {
                    throw new IllegalStateException(r.stoppedBecause() + "; " + r.left() + " message(s) wait in the "
                            + "outbox for the next mail send");
                }
                return ExitCodes.OK;
            }
            if (everySeconds < 1) {
                throw new RefusedException("--every must be at least 1 second");
            }
            MailLoop loop = new MailLoop(send.get(), everySeconds * 1000L, MailLoop.to(out));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loop.stop();
                stopped.countDown();
            }, "synedrio-mail-shutdown"));
            Thread t = loop.startInBackground();
            out.println("delivering the outbox every " + everySeconds + " s; Ctrl-C stops");
            out.flush();
            try {
                stopped.await();
            } finally {
                loop.stop();
                t.interrupt();
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio mail retry ID}. */
    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Make a dead or waiting message due now, its attempts counted from zero.")
    public static final class RetryCliCommand implements Callable<Integer> {

        private final Provider<RetryMailUseCase> retry;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The message's id, as mail status lists it")
        long id;

        @Inject
        public RetryCliCommand(Provider<RetryMailUseCase> retry) {
            this.retry = retry;
        }

        @Override
        public Integer call() {
            retry.get().retry(id);
            spec.commandLine().getOut().println("message " + id + " is due now; mail send delivers it");
            return ExitCodes.OK;
        }
    }
}
