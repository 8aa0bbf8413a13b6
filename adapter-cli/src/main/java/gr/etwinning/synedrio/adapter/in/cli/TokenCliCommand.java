package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreateTokenCommand;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreatedToken;
import gr.etwinning.synedrio.application.port.in.auth.ManageTokensUseCase;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code synedrio token …}: API tokens for the web API's writes. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens (only their hashes are stored).",
        subcommands = {TokenCliCommand.CreateCliCommand.class, TokenCliCommand.ListCliCommand.class,
                TokenCliCommand.RevokeCliCommand.class})
public final class TokenCliCommand {

    /** {@code synedrio token create NAME}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token and print it once, alone on stdout.",
                    "Send it as 'Authorization: Bearer <token>'."})
    public static final class CreateCliCommand implements Callable<Integer> {

        private final Provider<CreateTokenUseCase> create;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "Who or what the token is for, e.g. ops-maria")
        String name;

        @Option(names = "--scope", defaultValue = "write", paramLabel = "SCOPE",
                description = "read, write or review (a reviewer of the call for papers; default: write)")
        String scope;

        @Inject
        public CreateCliCommand(Provider<CreateTokenUseCase> create) {
            this.create = create;
        }

        @Override
        public Integer call() {
            Scope s;
            try {
                s = Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RefusedException("scope '" + scope + "' is not read, write or review");
            }
            CreatedToken token = create.get().createToken(new CreateTokenCommand(name, s));
            spec.commandLine().getOut().println(token.secret());
            spec.commandLine().getErr().println("token '" + token.name() + "' (" + scope + ") created; it is shown"
                    + " only this once: keep it now");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio token list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens: name, scope, created, last used.")
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<ManageTokensUseCase> tokens;

        @Spec
        CommandSpec spec;

        @Inject
        public ListCliCommand(Provider<ManageTokensUseCase> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format("%-30s  %-6s  %-24s  %s", "NAME", "SCOPE", "CREATED", "LAST USED"));
            for (ManageTokensUseCase.TokenData t : tokens.get().listTokens()) {
                out.println(String.format("%-30s  %-6s  %-24s  %s", t.name(),
                        t.scope().name().toLowerCase(Locale.ROOT), t.createdAt(),
                        t.lastUsedAt() == null ? "never" : t.lastUsedAt()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio token revoke NAME}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    public static final class RevokeCliCommand implements Callable<Integer> {

        private final Provider<ManageTokensUseCase> tokens;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Inject
        public RevokeCliCommand(Provider<ManageTokensUseCase> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Integer call() {
            tokens.get().revokeToken(name);
            spec.commandLine().getOut().println("token '" + name + "' revoked");
            return ExitCodes.OK;
        }
    }
}
