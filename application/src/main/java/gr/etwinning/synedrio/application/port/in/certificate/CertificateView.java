package gr.etwinning.synedrio.application.port.in.certificate;

import java.time.Instant;

/**
 * A certificate as anyone holding its code may see it: the verification page and {@code GET
 * /api/certificates/{code}}. No e-mail address.
 *
 * @param fullName null once the participant's personal data were erased
 */
public record CertificateView(String code, int edition, String editionTitle, String fullName, long minutes,
                              int sessions, Instant issuedAt, boolean revoked, Instant revokedAt,
                              String revokeReason, String verificationUrl) {
}
