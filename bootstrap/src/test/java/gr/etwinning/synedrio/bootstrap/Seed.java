package gr.etwinning.synedrio.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 2021 dataset as the build ships it (datasets/etwinning-2021.json), for tests. */
final class Seed {

    private Seed() {
    }

    static String json() {
        try (InputStream in = Seed.class.getResourceAsStream("/datasets/etwinning-2021.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(Path dir) {
        return write(dir.resolve("etwinning-2021.json"), json());
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
