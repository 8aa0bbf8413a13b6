package gr.etwinning.synedrio.application.port.in.auth;

import java.util.Objects;

/** Creates an API token; the secret is returned once and only its hash is stored. */
public interface CreateTokenUseCase {

    CreatedToken createToken(CreateTokenCommand command);

    record CreateTokenCommand(String name, Scope scope) {
        public CreateTokenCommand {
            if (name == null || !name.strip().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
                throw new IllegalArgumentException("token name must be 1 to 100 letters, digits, '.', '_', '@' or '-'");
            }
            name = name.strip();
            scope = scope == null ? Scope.WRITE : scope;
        }
    }

    record CreatedToken(String name, Scope scope, String secret) {
        @Override
        public String toString() {
            return "CreatedToken[" + name + ", " + scope + "]";
        }
    }
}
