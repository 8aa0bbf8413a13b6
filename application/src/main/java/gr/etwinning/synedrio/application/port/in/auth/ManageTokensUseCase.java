package gr.etwinning.synedrio.application.port.in.auth;

import java.time.Instant;
import java.util.List;

/** Lists and revokes tokens; secrets are never shown again. */
public interface ManageTokensUseCase {

    List<TokenData> listTokens();

    /** Revokes the token of that name; {@link gr.etwinning.synedrio.application.NotFoundException} if none. */
    void revokeToken(String name);

    record TokenData(String name, Scope scope, Instant createdAt, Instant lastUsedAt) {
    }
}
