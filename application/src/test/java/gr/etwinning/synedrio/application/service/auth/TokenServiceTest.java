package gr.etwinning.synedrio.application.service.auth;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.FixedClockPort;
import gr.etwinning.synedrio.application.fakes.InMemoryTokenRepository;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreateTokenCommand;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreatedToken;
import gr.etwinning.synedrio.application.port.in.auth.ManageTokensUseCase.TokenData;
import gr.etwinning.synedrio.application.port.in.auth.Principal;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.out.auth.StoredToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenServiceTest {

    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final FixedClockPort clock = FixedClockPort.atConferenceOpening();
    private final TokenService service = new TokenService(tokens, clock);

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private CreatedToken create(String name, Scope scope) {
        return service.createToken(new CreateTokenCommand(name, scope));
    }

    @Test
    void givenANameWhenCreatingATokenThenTheSecretStartsWithSynAndCarries32RandomBytes() {
        CreatedToken created = create("γραμματεία", Scope.WRITE);

        assertThat(created.secret()).startsWith("syn_");
        assertThat(Base64.getUrlDecoder().decode(created.secret().substring(4))).hasSize(32);
        assertThat(created.name()).isEqualTo("γραμματεία");
        assertThat(created.scope()).isEqualTo(Scope.WRITE);
    }

    @Test
    void givenANewTokenWhenStoredThenOnlyTheSha256HashOfItsSecretIsKept() throws Exception {
        CreatedToken created = create("γραμματεία", Scope.READ);

        StoredToken stored = tokens.byName("γραμματεία").orElseThrow();
        assertThat(stored.secretHash()).isEqualTo(sha256Hex(created.secret()));
        assertThat(stored.toString()).doesNotContain(created.secret())
                .doesNotContain(created.secret().substring(4));
        assertThat(stored.scope()).isEqualTo("READ");
        assertThat(stored.createdAt()).isEqualTo(clock.now());
        assertThat(stored.lastUsedAt()).isNull();
    }

    @Test
    void givenACreatedTokenWhenPrintedThenTheSecretIsNotShown() {
        CreatedToken created = create("ευυ-διαχείριση", Scope.WRITE);

        assertThat(created.toString()).doesNotContain(created.secret()).contains("ευυ-διαχείριση");
    }

    @Test
    void givenTwoTokensWhenCreatedThenTheirSecretsDiffer() {
        assertThat(create("πρώτο", Scope.READ).secret()).isNotEqualTo(create("δεύτερο", Scope.READ).secret());
    }

    @Test
    void givenATakenNameWhenCreatingAnotherTokenThenConflict() {
        create("γραμματεία", Scope.READ);

        assertThatThrownBy(() -> create("γραμματεία", Scope.WRITE)).isInstanceOf(ConflictException.class);
        assertThat(tokens.byName("γραμματεία").orElseThrow().scope()).isEqualTo("READ");
    }

    @Test
    void givenNoScopeWhenCreatingATokenThenItMayWrite() {
        CreateTokenCommand command = new CreateTokenCommand("  ευυ  ", null);

        assertThat(command.scope()).isEqualTo(Scope.WRITE);
        assertThat(command.name()).isEqualTo("ευυ");
    }

    @Test
    void givenABadNameWhenMakingTheCommandThenRefused() {
        assertThatThrownBy(() -> new CreateTokenCommand(null, Scope.READ)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreateTokenCommand("  ", Scope.READ)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreateTokenCommand("ευυ διαχείριση", Scope.READ))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreateTokenCommand("α".repeat(101), Scope.READ))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAValidSecretWhenAuthenticatingThenThePrincipalIsItsNameAndScope() {
        CreatedToken created = create("γραμματεία", Scope.READ);

        assertThat(service.authenticate(created.secret())).contains(new Principal("γραμματεία", Scope.READ));
    }

    @Test
    void givenAValidSecretWhenAuthenticatingThenTheTokenIsMarkedAsUsedNow() {
        CreatedToken created = create("γραμματεία", Scope.WRITE);
        clock.advance(Duration.ofHours(3));

        service.authenticate(created.secret());

        assertThat(tokens.byName("γραμματεία").orElseThrow().lastUsedAt())
                .isEqualTo(Instant.parse("2024-11-29T11:00:00Z"));
    }

    @Test
    void givenATokenUsedLessThanAMinuteAgoWhenAuthenticatingThenItsLastUseIsNotWrittenAgain() {
        CreatedToken created = create("γραμματεία", Scope.WRITE);
        service.authenticate(created.secret());
        Instant firstUse = tokens.byName("γραμματεία").orElseThrow().lastUsedAt();

        clock.advance(Duration.ofSeconds(59));
        assertThat(service.authenticate(created.secret())).isPresent();
        assertThat(tokens.byName("γραμματεία").orElseThrow().lastUsedAt()).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(2));
        service.authenticate(created.secret());
        assertThat(tokens.byName("γραμματεία").orElseThrow().lastUsedAt()).isEqualTo(firstUse.plusSeconds(61));
    }

    @Test
    void givenAnUnknownSecretWhenAuthenticatingThenEmpty() {
        CreatedToken created = create("γραμματεία", Scope.WRITE);
        String almost = created.secret().substring(0, created.secret().length() - 1)
                + (created.secret().endsWith("A") ? "B" : "A");

        assertThat(service.authenticate(almost)).isEmpty();
        assertThat(service.authenticate("syn_")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
        assertThat(tokens.byName("γραμματεία").orElseThrow().lastUsedAt()).isNull();
    }

    @Test
    void givenTheHashInsteadOfTheSecretWhenAuthenticatingThenEmpty() {
        create("γραμματεία", Scope.WRITE);
        String hash = tokens.byName("γραμματεία").orElseThrow().secretHash();

        assertThat(service.authenticate(hash)).isEmpty();
        assertThat(service.authenticate("syn_" + hash)).isEmpty();
    }

    @Test
    void givenASecretWithoutThePrefixWhenAuthenticatingThenEmptyEvenIfItsHashWereStored() throws Exception {
        tokens.add(new StoredToken("παλιό", sha256Hex("abc"), "WRITE", clock.now(), null));

        assertThat(service.authenticate("abc")).isEmpty();
    }

    @Test
    void givenAnOverlongSecretWhenAuthenticatingThenEmpty() throws Exception {
        String longSecret = "syn_" + "a".repeat(300);
        tokens.add(new StoredToken("μακρύ", sha256Hex(longSecret), "WRITE", clock.now(), null));

        assertThat(service.authenticate(longSecret)).isEmpty();
    }

    @Test
    void givenARevokedTokenWhenAuthenticatingThenEmpty() {
        CreatedToken created = create("γραμματεία", Scope.WRITE);
        assertThat(service.authenticate(created.secret())).isPresent();

        service.revokeToken("γραμματεία");

        assertThat(service.authenticate(created.secret())).isEmpty();
        assertThat(service.listTokens()).isEmpty();
    }

    @Test
    void givenAnUnknownNameWhenRevokingThenNotFound() {
        assertThatThrownBy(() -> service.revokeToken("ανύπαρκτο"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'ανύπαρκτο'");
    }

    @Test
    void givenAReadTokenWhenCheckingItsScopeThenItMayReadButNotWrite() {
        Principal reader = service.authenticate(create("αναγνώστης", Scope.READ).secret()).orElseThrow();
        Principal writer = service.authenticate(create("συντάκτης", Scope.WRITE).secret()).orElseThrow();

        assertThat(reader.scope().allows(Scope.READ)).isTrue();
        assertThat(reader.scope().allows(Scope.WRITE)).isFalse();
        assertThat(writer.scope().allows(Scope.READ)).isTrue();
        assertThat(writer.scope().allows(Scope.WRITE)).isTrue();
    }

    @Test
    void givenTokensWhenListingThenTheirNamesScopesAndTimesAreShown() {
        CreatedToken reader = create("αναγνώστης", Scope.READ);
        clock.advance(Duration.ofMinutes(5));
        create("συντάκτης", Scope.WRITE);
        clock.advance(Duration.ofMinutes(5));
        service.authenticate(reader.secret());

        assertThat(service.listTokens()).containsExactly(
                new TokenData("αναγνώστης", Scope.READ, Instant.parse("2024-11-29T08:00:00Z"),
                        Instant.parse("2024-11-29T08:10:00Z")),
                new TokenData("συντάκτης", Scope.WRITE, Instant.parse("2024-11-29T08:05:00Z"), null));
    }
}
