package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code synedrio mail …} as an operator meets it before SMTP is configured (the tests' environment has none). */
class MailCliEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void withoutSmtpStatusSaysWhySendExitsThreeAndRetryOfNothingIsRefused() {
        CliRun cli = new CliRun(dir);
        CliRun.Result status = cli.run("mail", "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("mail is not sent: SYNEDRIO_SMTP_URL is not set",
                "outbox: 0 pending (0 due now), 0 sent, 0 dead");

        CliRun.Result send = cli.run("mail", "send", "--once");
        assertThat(send.code()).isEqualTo(3);
        assertThat(send.err().lines()).singleElement().asString().startsWith("synedrio: ")
                .contains("mail is not configured: SYNEDRIO_SMTP_URL is not set");

        CliRun.Result retry = cli.run("mail", "retry", "999");
        assertThat(retry.code()).isEqualTo(1);
        assertThat(retry.err()).startsWith("synedrio: no unsent message 999");
        assertThat(cli.run("mail", "retry", "x").code()).isEqualTo(2);
    }
}
