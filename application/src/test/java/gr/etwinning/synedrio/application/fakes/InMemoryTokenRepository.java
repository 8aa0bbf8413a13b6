package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.auth.StoredToken;
import gr.etwinning.synedrio.application.port.out.auth.TokenRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens by name, as stored: the tests can look at exactly what the service handed over. */
public final class InMemoryTokenRepository implements TokenRepository, Snapshotting {

    private Map<String, StoredToken> tokens = new LinkedHashMap<>();

    @Override
    public void add(StoredToken token) {
        if (tokens.containsKey(token.name())) {
            throw new ConflictException("token '" + token.name() + "'", "a token named '" + token.name()
                    + "' exists already");
        }
        tokens.put(token.name(), token);
    }

    @Override
    public Optional<StoredToken> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public List<StoredToken> listAll() {
        return List.copyOf(tokens.values());
    }

    @Override
    public boolean delete(String name) {
        return tokens.remove(name) != null;
    }

    @Override
    public void touch(String name, Instant usedAt) {
        StoredToken t = tokens.get(name);
        if (t != null) {
            tokens.put(name, new StoredToken(t.name(), t.secretHash(), t.scope(), t.createdAt(), usedAt));
        }
    }

    /** The stored token of that name, if any. */
    public Optional<StoredToken> byName(String name) {
        return Optional.ofNullable(tokens.get(name));
    }

    @Override
    public Runnable snapshot() {
        Map<String, StoredToken> saved = new LinkedHashMap<>(tokens);
        return () -> tokens = new LinkedHashMap<>(saved);
    }
}
