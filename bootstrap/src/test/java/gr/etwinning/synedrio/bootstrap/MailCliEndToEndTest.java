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

    /** An import's confirmation mails are owed by its mail job, not outbox rows yet: status counts them all the same. */
    @Test
    void anImportsConfirmationMailsAreCountedAsPendingAndDueWhileTheyAreOwed() throws Exception {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        Path csv = java.nio.file.Files.writeString(dir.resolve("εγγραφές.csv"),
                "Ονοματεπώνυμο;Email;Σχολείο;Ειδικότητα;Βαθμίδα;Συγκατάθεση\n"
                + "Μαρία Παπαδοπούλου;maria.papadopoulou@sch.gr;1ο Γυμνάσιο Καλαμάτας;ΠΕ02;Δευτεροβάθμια;Ναι\n"
                + "Κωνσταντίνος Κόππης;k.koppis@sch.gr;2ο ΓΕΛ Ρόδου;ΠΕ86;Δευτεροβάθμια;Ναι\n"
                + "Κάτια Μάντα;katia.manta@sch.gr;Νηπιαγωγείο Λέρου;ΠΕ60;Πρωτοβάθμια;Ναι\n");
        CliRun.Result imported = cli.run("registrations", "import", "7", csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        CliRun.Result status = cli.run("mail", "status");
        assertThat(status.out()).contains("outbox: 3 pending (3 due now, of which 3 owed by imports and queued as they"
                + " are sent), 0 sent, 0 dead");
    }
}
