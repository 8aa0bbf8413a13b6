package gr.etwinning.synedrio.application.port.out.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, by the hash of their secret. */
public interface TokenRepository {

    /** Stores a new token; a {@link gr.etwinning.synedrio.application.ConflictException} if the name is taken. */
    void add(StoredToken token);

    Optional<StoredToken> findBySecretHash(String secretHash);

    List<StoredToken> listAll();

    /** @return whether a token of that name existed */
    boolean delete(String name);

    void touch(String name, Instant usedAt);
}
