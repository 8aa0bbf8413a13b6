package gr.etwinning.synedrio.application.port.in.certificate;

/** Reads a certificate by its verification code; a NotFoundException when no certificate has it. */
public interface VerifyCertificateUseCase {

    CertificateView verify(String code);
}
