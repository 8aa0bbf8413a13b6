package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line reads dataset files as strictly as the API reads bodies: a number written as a text or with a
 * fraction, and a lone surrogate, are refused (exit 1, one line naming the field) and nothing is written.
 */
class StrictDatasetImportTest {

    @TempDir
    Path dir;

    private void refused(String dataset, String field) {
        CliRun cli = new CliRun(dir);
        Path file = Seed.write(dir.resolve("broken.json"), dataset);
        CliRun.Result r = cli.run("import", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("synedrio:").contains(field).doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(cli.run("conference", "list").out()).doesNotContain("2021");
    }

    @Test
    void anEditionWrittenAsTextIsRefusedNotConverted() {
        String seed = Seed.json();
        assertThat(seed).contains("\"edition\": 7");
        refused(seed.replace("\"edition\": 7", "\"edition\": \"7\""), "edition");
    }

    @Test
    void anEditionWithAFractionIsRefusedNotTruncated() {
        refused(Seed.json().replace("\"edition\": 7", "\"edition\": 7.5"), "edition");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        String seed = Seed.json();
        assertThat(seed).contains("\"name\": \"Αλέξανδρος Κόππης\"");
        refused(seed.replace("\"name\": \"Αλέξανδρος Κόππης\"", "\"name\": \"Αλέξανδρος \\ud800Κόππης\""), "name");
    }
}
