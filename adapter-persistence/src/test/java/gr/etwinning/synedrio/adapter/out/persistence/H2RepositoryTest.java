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
        // and the Java migrations FlywaySchema registers (V19__RegistrationIndexesAppended)
        Path classes = Path.of(FlywaySchema.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(FlywaySchema.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(dir); Stream<Path> java = Files.list(classes)) {
            // V15__… is "15", V15_2__… is "15.2" (Flyway's spelling of the version it records)
            String newest = Stream.concat(files, java).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+(_\\d+)*__[^$]*\\.(sql|class)"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .max(H2RepositoryTest::compareVersions).orElseThrow();
            assertThat(FlywaySchema.LATEST_VERSION).isEqualTo(newest);
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
