package gr.etwinning.synedrio.application.port.in.certificate;

import java.io.IOException;
import java.io.OutputStream;

/** Certificates as PDF documents: one by its code, or every one of an edition. */
public interface RenderCertificatesUseCase {

    /** Writes the PDF of that certificate. */
    void pdf(String code, OutputStream out) throws IOException;

    /**
     * Renders every certificate of the edition — in parallel — and hands each PDF to the sink in order of issue,
     * from the calling thread. Returns how many.
     */
    int export(int edition, Sink sink) throws IOException;

    interface Sink {
        /** Called first, with the number of certificates to come. */
        default void starting(int total) {
        }

        /** @param fileName e.g. {@code 7KQM-29XH-CD4T.pdf} */
        void accept(String fileName, byte[] pdf) throws IOException;
    }
}
