package gr.etwinning.synedrio.application.archfixture;

import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.domain.person.PersonId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/** Obeys rules 2, 3 and 7: domain, application, java.security, java.nio.charset and jakarta.inject only. */
public final class CompliantApplicationService {

    private final ClockPort clock;

    @Inject
    public CompliantApplicationService(ClockPort clock) {
        this.clock = clock;
    }

    public Instant stamp(PersonId person) {
        return clock.now();
    }

    public byte[] digest(String secret) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    }
}
