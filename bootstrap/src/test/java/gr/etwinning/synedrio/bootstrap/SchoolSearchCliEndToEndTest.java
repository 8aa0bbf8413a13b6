package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code synedrio search} finds schools of the registry and their contest projects, however the name is typed. */
class SchoolSearchCliEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void searchingAutenergoFindsTheSchoolAndItsProjectAccentsAndCaseIgnored() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        String table = cli.run("awards", "export", "15", "--format", "press-release").out()
                .replace("7ο ΗΜΕΡΗΣΙΟ ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ", "ΙΔΙΩΤΙΚΟ ΓΥΜΝΑΣΙΟ ΑΥΤΕΝΕΡΓΩ");
        CliRun.Result imported = cli.run("awards", "import", Seed.write(dir.resolve("16.tsv"), table).toString(),
                "--contest", "16");
        assertThat(imported.code()).as(imported.err()).isZero();

        for (String query : new String[] {"ΑΥΤΕΝΕΡΓΩ", "αυτενεργω", "Αυτενεργώ"}) {
            CliRun.Result found = cli.run("search", query);
            assertThat(found.code()).as(found.err()).isZero();
            assertThat(found.out().lines().toList().get(0)).startsWith("school\t")
                    .contains("ΙΔΙΩΤΙΚΟ ΓΥΜΝΑΣΙΟ ΑΥΤΕΝΕΡΓΩ");
            assertThat(found.out()).contains("project\tcontest-16:D-RACE: Democracy-Rights-Action-Children-Ethics");
        }
    }
}
