import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.HashSet;
import java.util.Set;

/**
 * A local SMTP sink for bench/certificates.sh: GreenMail on a free port of 127.0.0.1. Prints "smtp PORT" when it
 * listens; on SIGTERM prints how many messages it received and how many distinct Message-IDs they carried.
 */
public final class SmtpSink {

    public static void main(String[] args) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                MimeMessage[] received = mail.getReceivedMessages();
                Set<String> ids = new HashSet<>();
                long bytes = 0;
                for (MimeMessage m : received) {
                    ids.add(m.getMessageID());
                    bytes += Math.max(0, m.getSize());
                }
                System.out.printf("sink: received %d messages, %d distinct Message-IDs, %.1f MB%n", received.length,
                        ids.size(), bytes / 1e6);
                System.out.flush();
            } catch (Exception e) {
                System.out.println("sink: " + e);
            }
            mail.stop();
        }));
        System.out.println("smtp " + mail.getSmtp().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
