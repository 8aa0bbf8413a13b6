package gr.etwinning.synedrio.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The community schedule schemas in {@code ../shared/schemas/schedule}, beside the repository. Surefire sets
 * {@code SYNEDRIO_TEST_ROOT} to the repository's root; the tests fail, never skip, when the folder is missing.
 */
final class SharedSchemas {

    private SharedSchemas() {
    }

    static Path file(String name) {
        String root = System.getenv("SYNEDRIO_TEST_ROOT");
        Path repo = root == null || root.isBlank() ? Path.of("").toAbsolutePath().getParent()
                : Path.of(root).toAbsolutePath();
        Path file = repo.resolveSibling("shared").resolve("schemas/schedule").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the shared schedule schema " + file + " is missing: the tests validate the"
                    + " exports against ../shared/schemas/schedule beside the repository");
        }
        return file;
    }
}
