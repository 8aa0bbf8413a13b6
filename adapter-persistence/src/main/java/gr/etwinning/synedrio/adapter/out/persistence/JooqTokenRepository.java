package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ApiTokenRecord;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.auth.StoredToken;
import gr.etwinning.synedrio.application.port.out.auth.TokenRepository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.API_TOKEN;

/** API tokens in {@code api_token}; times are stored in UTC. */
@Singleton
public final class JooqTokenRepository implements TokenRepository {

    private final Database database;

    @Inject
    public JooqTokenRepository(Database database) {
        this.database = database;
    }

    @Override
    public void add(StoredToken token) {
        database.inTransaction(() -> {
            var dsl = database.dsl();
            if (dsl.fetchExists(API_TOKEN, API_TOKEN.NAME.eq(token.name()))) {
                throw new ConflictException("token '" + token.name() + "'", "a token named '" + token.name()
                        + "' exists already; revoke it first or choose another name");
            }
            dsl.insertInto(API_TOKEN)
                    .set(API_TOKEN.NAME, token.name())
                    .set(API_TOKEN.SECRET_HASH, token.secretHash())
                    .set(API_TOKEN.SCOPE, token.scope())
                    .set(API_TOKEN.CREATED_AT, utc(token.createdAt()))
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<StoredToken> findBySecretHash(String secretHash) {
        return database.dsl().selectFrom(API_TOKEN).where(API_TOKEN.SECRET_HASH.eq(secretHash)).fetchOptional()
                .map(JooqTokenRepository::toToken);
    }

    @Override
    public List<StoredToken> listAll() {
        return database.dsl().selectFrom(API_TOKEN).orderBy(API_TOKEN.NAME).fetch(JooqTokenRepository::toToken);
    }

    @Override
    public boolean delete(String name) {
        return database.dsl().deleteFrom(API_TOKEN).where(API_TOKEN.NAME.eq(name)).execute() > 0;
    }

    @Override
    public void touch(String name, Instant usedAt) {
        database.dsl().update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, utc(usedAt)).where(API_TOKEN.NAME.eq(name))
                .execute();
    }

    private static StoredToken toToken(ApiTokenRecord r) {
        return new StoredToken(r.getName(), r.getSecretHash(), r.getScope(), instant(r.getCreatedAt()),
                instant(r.getLastUsedAt()));
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
