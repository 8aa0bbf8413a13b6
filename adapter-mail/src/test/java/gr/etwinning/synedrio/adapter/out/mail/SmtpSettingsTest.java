package gr.etwinning.synedrio.adapter.out.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSettingsTest {

    @Test
    void aUrlAndASenderConfigureMailAndThePasswordNeverShows() {
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("SYNEDRIO_SMTP_URL", "smtps://smtp.sch.gr",
                "SYNEDRIO_SMTP_USER", "etwinning", "SYNEDRIO_SMTP_PASSWORD", "μυστικό",
                "SYNEDRIO_MAIL_FROM", "Συνέδριο eTwinning <etwinning@sch.gr>"));
        assertThat(s.problem()).isNull();
        assertThat(s.port()).isEqualTo(465);
        assertThat(s.describe()).isEqualTo("smtps://smtp.sch.gr:465 as etwinning");
        assertThat(s.toString()).doesNotContain("μυστικό");
        assertThat(SmtpSettings.fromEnvironment(Map.of("SYNEDRIO_SMTP_URL", "smtp://127.0.0.1:2525",
                "SYNEDRIO_MAIL_FROM", "a@b.gr")).port()).isEqualTo(2525);
    }

    @Test
    void whatIsMissingOrWrongIsSaidAndMailIsNotSent() {
        assertThat(SmtpSettings.fromEnvironment(Map.of()).problem()).isEqualTo("SYNEDRIO_SMTP_URL is not set");
        assertThat(SmtpSettings.fromEnvironment(Map.of("SYNEDRIO_SMTP_URL", "smtp://h:25")).problem())
                .startsWith("SYNEDRIO_MAIL_FROM is not set");
        assertThat(SmtpSettings.fromEnvironment(Map.of("SYNEDRIO_SMTP_URL", "http://h", "SYNEDRIO_MAIL_FROM", "a@b.gr"))
                .problem()).contains("smtp:// or smtps://");
        assertThat(SmtpSettings.fromEnvironment(Map.of("SYNEDRIO_SMTP_URL", "smtp://u:p@h:25",
                "SYNEDRIO_MAIL_FROM", "a@b.gr")).problem()).contains("must not hold a user or password");
        assertThat(new SmtpMailSender(SmtpSettings.fromEnvironment(Map.of())).unavailableReason())
                .isEqualTo("SYNEDRIO_SMTP_URL is not set");
    }
}
