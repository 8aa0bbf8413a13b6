package gr.etwinning.synedrio.application.port.in.certificate;

/**
 * Issues a certificate to every eligible registered participant of the edition who has none yet, and writes each
 * one's mail (Greek text, the PDF attached, the verification link) into the outbox in the same transaction.
 * Running it again issues only the new ones.
 */
public interface IssueCertificatesUseCase {

    IssueReport issue(int edition);

    /**
     * @param issued      new certificates (and mails)
     * @param alreadyHeld eligible participants who had theirs already
     * @param notEligible registered participants the rule leaves out
     */
    record IssueReport(int issued, int alreadyHeld, int notEligible) {
    }
}
