package gr.etwinning.synedrio.application.port.out.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Draws a certificate as a PDF document (A4 landscape, in Greek) from the operator's template. Safe to call from
 * several threads at once.
 */
public interface CertificateRendererPort {

    void render(CertificateDocument document, OutputStream out) throws IOException;

    /**
     * What one certificate says.
     *
     * @param attended        what they attended, in words: "120 λεπτά σε 4 συνεδρίες"
     * @param verificationUrl the public page that says the certificate is genuine, printed and drawn as a QR code
     */
    record CertificateDocument(String editionTitle, String conferenceDates, String fullName, String attended,
                               LocalDate issuedOn, String organiser, String verificationUrl, String code) {
        public CertificateDocument {
            Objects.requireNonNull(editionTitle, "'editionTitle' must not be null");
            Objects.requireNonNull(fullName, "'fullName' must not be null");
            Objects.requireNonNull(verificationUrl, "'verificationUrl' must not be null");
            Objects.requireNonNull(code, "'code' must not be null");
        }
    }
}
