package gr.etwinning.synedrio.application.port.out.auth;

import java.time.Instant;

/** An API token as stored: its name, the SHA-256 hash of its secret, its scope, never the secret itself. */
public record StoredToken(String name, String secretHash, String scope, Instant createdAt, Instant lastUsedAt) {
}
