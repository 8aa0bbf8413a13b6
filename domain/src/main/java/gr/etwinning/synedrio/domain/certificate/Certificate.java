package gr.etwinning.synedrio.domain.certificate;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;

/**
 * A certificate of attendance, issued once to one registration of an edition: the name as registered then, what
 * the rule counted, and whether it was revoked and why. {@code fullName} is null once the participant was erased.
 */
public record Certificate(Long id, EditionNumber edition, long registrationId, VerificationCode code,
                          String fullName, long minutes, int sessions, Instant issuedAt, Instant revokedAt,
                          String revokeReason) {

    public Certificate {
        Check.notNull(edition, "edition");
        Check.notNull(code, "code");
        Check.notNull(issuedAt, "issued at");
        revokeReason = Check.optionalText(revokeReason, "reason", 500);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
