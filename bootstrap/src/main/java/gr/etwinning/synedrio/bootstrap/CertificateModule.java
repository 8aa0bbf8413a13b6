package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.application.port.out.mail.MailAttachments;

import java.util.Optional;

/** Certificates of attendance: the service, the PDF renderer and what mail attaches. */
final class CertificateModule extends AbstractModule {

    @Provides
    @Singleton
    MailAttachments attachments() {
        return reference -> Optional.empty();
    }
}
