package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export of the 2021 data, byte for byte as it was when the file formats moved into adapter-files
 * (bootstrap/src/test/resources/pinned/). A deliberate change of a format updates its pinned file in the same
 * commit: run this test with {@code -Dsynedrio.pinned.update=true} and review the difference.
 */
class PinnedExportsEndToEndTest {

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void importSeed() {
        cli = new CliRun(dir);
        CliRun.Result r = cli.run("import", Seed.file(dir).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "program-7.xml          | program export 7 --format frab-xml",
            "program-7.json         | program export 7 --format schedule-json",
            "program-7.ics          | program export 7 --format ical",
            "awards-15.tsv          | awards export 15 --format press-release",
            "awards-15.csv          | awards export 15 --format csv",
            "awards-15.json         | awards export 15 --format json",
            "report-7.md            | report 7 --format md",
            "report-7.html          | report 7 --format html",
    })
    void givenThe2021Data_whenExported_thenTheBytesAreThePinnedOnes(String pinned, String command)
            throws IOException {
        CliRun.Result r = cli.run(command.split(" "));
        assertThat(r.code()).as(r.err()).isZero();

        if (Boolean.getBoolean("synedrio.pinned.update")) {
            Path file = Path.of("src/test/resources/pinned").resolve(pinned);
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        try (InputStream in = PinnedExportsEndToEndTest.class.getResourceAsStream("/pinned/" + pinned)) {
            assertThat(in).as("pinned file " + pinned).isNotNull();
            assertThat(r.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
