package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.adapter.out.files.pdf.CertificateTemplate;
import gr.etwinning.synedrio.adapter.out.files.pdf.PdfCertificateRenderer;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.RevokeCertificateUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.VerifyCertificateUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.application.port.out.mail.MailAttachments;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.service.certificate.CertificateService;

import java.nio.file.Path;

/**
 * Certificates of attendance: the service with its use cases, the PDF renderer with the operator's template
 * ({@code SYNEDRIO_CERTIFICATE_TEMPLATE}), and the attachments the mail sender asks for.
 */
final class CertificateModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CertificateRuleUseCase.class).to(CertificateService.class);
        bind(PreviewCertificatesUseCase.class).to(CertificateService.class);
        bind(IssueCertificatesUseCase.class).to(CertificateService.class);
        bind(VerifyCertificateUseCase.class).to(CertificateService.class);
        bind(RevokeCertificateUseCase.class).to(CertificateService.class);
        bind(RenderCertificatesUseCase.class).to(CertificateService.class);
        bind(MailAttachments.class).to(CertificateService.class);
    }

    @Provides
    @Singleton
    CertificateRendererPort renderer() {
        String dir = System.getenv("SYNEDRIO_CERTIFICATE_TEMPLATE");
        return new PdfCertificateRenderer(CertificateTemplate.from(dir == null || dir.isBlank() ? null
                : Path.of(dir.strip())));
    }

    @Provides
    @Singleton
    CertificateService certificateService(ConferenceRepository conferences, RegistrationRepository registrations,
                                          CertificateRepository certificates, AttendanceTotals attendance,
                                          CertificateRendererPort renderer, Outbox outbox,
                                          TransactionPort transactions, ClockPort clock) {
        return new CertificateService(conferences, registrations, certificates, attendance, renderer, outbox,
                transactions, clock, Configuration.publicUrl(System.getenv()));
    }
}
