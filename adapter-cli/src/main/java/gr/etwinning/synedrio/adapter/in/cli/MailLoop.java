package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase.SendReport;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Delivers the outbox until stopped: a run every {@code pollMillis}; when the server failed, the pause doubles up to
 * five minutes, so a mail server that is down is not hammered (the messages are not blamed for it). Used by
 * {@code serve} in a background thread and by {@code mail send} without {@code --once}.
 */
final class MailLoop implements Runnable {

    static final long LONGEST_PAUSE_MILLIS = 5 * 60_000;

    private final SendMailUseCase mail;
    private final long pollMillis;
    private final Consumer<String> log;
    private volatile boolean stopped;

    MailLoop(SendMailUseCase mail, long pollMillis, Consumer<String> log) {
        this.mail = mail;
        this.pollMillis = pollMillis;
        this.log = log;
    }

    static Consumer<String> to(PrintWriter w) {
        return line -> {
            w.println(line);
            w.flush();
        };
    }

    /** Starts the loop in a daemon thread named {@code synedrio-mail}. */
    Thread startInBackground() {
        Thread t = new Thread(this, "synedrio-mail");
        t.setDaemon(true);
        t.start();
        return t;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long pause = pollMillis;
        String lastTrouble = null;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                SendReport r = mail.sendDue();
                if (r.sent() + r.failed() + r.dead() > 0) {
                    log.accept(MailCliCommand.describe(r));
                }
                if (r.serverTrouble()) {
                    if (!r.stoppedBecause().equals(lastTrouble)) {
                        log.accept("mail: " + r.stoppedBecause() + "; " + r.left()
                                + " message(s) wait in the outbox, trying again later");
                    }
                    lastTrouble = r.stoppedBecause();
                    pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
                } else {
                    lastTrouble = null;
                    pause = pollMillis;
                }
            } catch (RuntimeException e) {
                log.accept("mail: a run failed (" + e.getMessage() + "); trying again later");
                pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
