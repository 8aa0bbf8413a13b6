package gr.etwinning.synedrio.application.service.auth;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase;
import gr.etwinning.synedrio.application.port.in.auth.ManageTokensUseCase;
import gr.etwinning.synedrio.application.port.in.auth.Principal;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.auth.StoredToken;
import gr.etwinning.synedrio.application.port.out.auth.TokenRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * API tokens: 32 random bytes, shown once as {@code syn_<base64url>}; only their SHA-256 hash is stored. A
 * high-entropy random secret needs no slow password hash: the hash only keeps a leaked table from being usable.
 */
@Singleton
public final class TokenService implements CreateTokenUseCase, AuthenticateUseCase, ManageTokensUseCase {

    private static final String PREFIX = "syn_";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final TokenRepository tokens;
    private final ClockPort clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public TokenService(TokenRepository tokens, ClockPort clock) {
        this.tokens = Objects.requireNonNull(tokens, "'tokens' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public CreatedToken createToken(CreateTokenCommand command) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.add(new StoredToken(command.name(), hash(secret), command.scope().name(), clock.now(), null));
        return new CreatedToken(command.name(), command.scope(), secret);
    }

    @Override
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<StoredToken> token = tokens.findBySecretHash(hash(secret));
        Instant now = clock.now();
        // Record use at most once a minute: a write per request would cost every API call a transaction.
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL)))
                .ifPresent(t -> tokens.touch(t.name(), now));
        return token.map(t -> new Principal(t.name(), Scope.valueOf(t.scope().toUpperCase(Locale.ROOT))));
    }

    @Override
    public List<TokenData> listTokens() {
        return tokens.listAll().stream()
                .map(t -> new TokenData(t.name(), Scope.valueOf(t.scope()), t.createdAt(), t.lastUsedAt()))
                .toList();
    }

    @Override
    public void revokeToken(String name) {
        if (!tokens.delete(name)) {
            throw new NotFoundException("token '" + name + "'", "there is no token named '" + name + "'");
        }
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
