package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository contract on the embedded default, H2. */
class H2RepositoryTest extends RepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.h2();
    }

    @Test
    void usesTheH2Dialect() {
        assertThat(database.dialect()).isEqualTo(org.jooq.SQLDialect.H2);
    }

    @Test
    void latestVersionConstantNamesTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(FlywaySchema.LATEST_VERSION).isEqualTo(Integer.toString(newest));
        }
    }
}
