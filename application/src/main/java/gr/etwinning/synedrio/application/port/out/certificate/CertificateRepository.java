package gr.etwinning.synedrio.application.port.out.certificate;

import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.certificate.EligibilityRule;
import gr.etwinning.synedrio.domain.certificate.VerificationCode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Eligibility rules and issued certificates. */
public interface CertificateRepository {

    void saveRule(EditionNumber edition, EligibilityRule rule, Instant at);

    Optional<EligibilityRule> rule(EditionNumber edition);

    /**
     * Locks the edition's rule row for the rest of the transaction (two {@code certificates issue} at once take
     * turns, so none issues a participant's certificate twice), and returns the rule.
     */
    Optional<EligibilityRule> lockRule(EditionNumber edition);

    /** The registrations of the edition that have a certificate. */
    Set<Long> certified(EditionNumber edition);

    /** Stores new certificates (ids are ignored). */
    void addAll(List<Certificate> certificates);

    Optional<Certificate> find(VerificationCode code);

    /** The certificate of that registration in that edition, if one was issued. */
    Optional<Certificate> findByRegistration(EditionNumber edition, long registrationId);

    /** The edition's certificates in order of issue. */
    List<Certificate> list(EditionNumber edition);

    /** Records the revocation; false if there is no such certificate. */
    boolean revoke(VerificationCode code, String reason, Instant at);
}
