package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.adapter.out.mail.SmtpMailSender;
import gr.etwinning.synedrio.adapter.out.mail.SmtpSettings;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;

/** The SMTP adapter, configured from the environment ({@code SYNEDRIO_SMTP_URL}, … see {@link SmtpSettings}). */
final class MailModule extends AbstractModule {

    private final SmtpSettings fixed;

    MailModule() {
        this(null);
    }

    /** Exactly this server: for tests. */
    MailModule(SmtpSettings fixed) {
        this.fixed = fixed;
    }

    @Provides
    @Singleton
    MailSenderPort sender() {
        return new SmtpMailSender(fixed != null ? fixed : SmtpSettings.fromEnvironment(System.getenv()));
    }
}
