package gr.etwinning.synedrio.application.port.in.certificate;

/** Revokes a certificate with a reason: its page then says so. */
public interface RevokeCertificateUseCase {

    CertificateView revoke(String code, String reason);
}
