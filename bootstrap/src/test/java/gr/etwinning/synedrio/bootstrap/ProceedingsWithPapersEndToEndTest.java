package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.domain.text.GreekText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proceedings with the call for papers wired (a fake of its port, with real PDFs): the contents and the author
 * index read back with PDFBox against where papers really start, the special issue chosen and exported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProceedingsWithPapersEndToEndTest {

    private RunningSynedrio synedrio;
    private ProceedingsEndToEndTest.FakeSubmittedTexts fake;

    @BeforeAll
    void start() throws IOException {
        fake = new ProceedingsEndToEndTest.FakeSubmittedTexts();
        synedrio = RunningSynedrio.withSeedAnd("synedrio-proceedings-papers", new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), SubmittedTexts.class).setBinding().toInstance(fake);
            }
        });
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    @Test
    void theContentsAndTheIndexGiveThePagesWherePapersReallyStart() throws IOException {
        Path pdf = synedrio.dir().resolve("proceedings.pdf");
        CliRun.Result r = synedrio.cli("proceedings", "build", "7", "--output", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 full text(s) merged").contains("ISBN: none yet");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> printed = ProceedingsEndToEndTest.paperBookmarks(doc);
            assertThat(printed).containsKeys("Ψηφιακή αφήγηση στο νηπιαγωγείο",
                    "STEAM δραστηριότητες στο Γυμνάσιο", "Βιωματικό εργαστήριο: το TwinSpace βήμα βήμα");
            assertThat(ProceedingsEndToEndTest.contents(doc, new ArrayList<>(printed.keySet()))).isEqualTo(printed);
            // primary, then secondary, then the workshops
            assertThat(printed.get("Ψηφιακή αφήγηση στο νηπιαγωγείο"))
                    .isLessThan(printed.get("STEAM δραστηριότητες στο Γυμνάσιο"));
            assertThat(printed.get("STEAM δραστηριότητες στο Γυμνάσιο"))
                    .isLessThan(printed.get("Βιωματικό εργαστήριο: το TwinSpace βήμα βήμα"));
            int steam = printed.get("STEAM δραστηριότητες στο Γυμνάσιο");
            for (int n = 1; n <= 8; n++) {
                assertThat(ProceedingsEndToEndTest.pageText(doc, steam + n)).contains("PAPER d2-secondary-01 PAGE " + n);
            }
            assertThat(ProceedingsEndToEndTest.pageText(doc, printed.get("Ρομποτική και συνεργασία σε ευρωπαϊκά έργα")))
                    .contains("Η περίληψη της εργασίας d2-primary-02");

            // the author index: every author once, in Greek order, with the pages their papers start on
            int indexPage = ProceedingsEndToEndTest.contents(doc, List.of("Ευρετήριο συγγραφέων")).values().iterator().next();
            String index = ProceedingsEndToEndTest.pageText(doc, indexPage);
            Matcher m = Pattern.compile("^(\\S[^\\n]*?, [^\\n.]*?)[ .]*?([\\d, ]+)$", Pattern.MULTILINE)
                    .matcher(index);
            Map<String, String> entries = new LinkedHashMap<>();
            while (m.find()) {
                entries.put(m.group(1).strip(), m.group(2).strip());
            }
            List<String> expected = new ArrayList<>(List.of("Αναστασίου, Χρήστος", "Αβραμίδου, Άννα",
                    "Ζαφειρίου, Σταύρος", "Παπαδοπούλου, Ελένη", "Ωραιόπουλος, Νίκος", "Andreou, Kostas",
                    // the 2021 programme's titled papers
                    "Λειβαδάου, Ευγενία", "Σγουροπούλου, Κλειώ", "Σμυρναίου, Ζαχαρούλα", "Αστέρη, Θεοδώρα",
                    "Ξέστερνου, Μαρία", "Μπράττσης, Θαρρενός"));
            assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            List<String> sorted = new ArrayList<>(entries.keySet());
            sorted.sort(GreekText.COLLATOR);
            assertThat(new ArrayList<>(entries.keySet())).isEqualTo(sorted);
            for (String name : List.of("Αναστασίου, Χρήστος", "Αβραμίδου, Άννα", "Ζαφειρίου, Σταύρος",
                    "Παπαδοπούλου, Ελένη", "Ωραιόπουλος, Νίκος", "Andreou, Kostas", "Λειβαδάου, Ευγενία")) {
                assertThat(entries).containsKey(name);
            }
            assertThat(entries).hasSize(expected.size());
            assertThat(entries.get("Παπαδοπούλου, Ελένη")).isEqualTo(printed.get("Ψηφιακή αφήγηση στο "
                    + "νηπιαγωγείο") + ", " + steam);
        }
    }

    @Test
    void theSpecialIssueIsChosenAllOrNothingAndExported() throws IOException {
        CliRun.Result bad = synedrio.cli("proceedings", "select", "7", "d2-primary-01", "d9-nothing");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("synedrio: ").contains("'d9-nothing'");
        assertThat(synedrio.cli("proceedings", "select", "7", "d1-greeting-nikitaki").code()).isEqualTo(1);
        assertThat(synedrio.cli("proceedings", "select", "7").out()).contains("0 paper(s)");
        assertThat(synedrio.cli("proceedings", "export", "7", "--selected", "--format", "csv").code())
                .isEqualTo(1);

        CliRun.Result ok = synedrio.cli("proceedings", "select", "7", "d2-secondary-01", "d2-primary-01",
                "d2-primary-03");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("d2-primary-01, d2-primary-03, d2-secondary-01");

        CliRun.Result csv = synedrio.cli("proceedings", "export", "7", "--selected", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(4);
        assertThat(csv.out()).startsWith("id,session,title,authors,schools,keywords,abstract,file,missing")
                .contains("d2-primary-01,Συνεδρία Πρωτοβάθμιας Εκπαίδευσης,Ψηφιακή αφήγηση στο νηπιαγωγείο,"
                        + "Ελένη Παπαδοπούλου; Χρήστος Αναστασίου,3ο Νηπιαγωγείο Λάρισας,eTwinning; συνεργασία");
        assertThat(csv.err()).contains("synedrio: warning: d2-primary-03: title, authors, full text, abstract");

        CliRun.Result json = synedrio.cli("proceedings", "export", "7", "--selected", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("articles")).hasSize(3);
        assertThat(root.get("articles").get(0).get("file").asText()).isEqualTo("papers/d2-primary-01.pdf");

        Path zip = synedrio.dir().resolve("special-issue.zip");
        CliRun.Result z = synedrio.cli("proceedings", "export", "7", "--selected", "--format", "zip",
                "--output", zip.toString());
        assertThat(z.code()).as(z.err()).isZero();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("papers/d2-secondary-01.pdf")) {
                    try (PDDocument d = Loader.loadPDF(in.readAllBytes())) {
                        assertThat(d.getNumberOfPages()).isEqualTo(8);
                    }
                }
            }
        }
        assertThat(names).containsExactly("metadata.csv", "metadata.json", "papers/d2-primary-01.pdf",
                "papers/d2-secondary-01.pdf");
        assertThat(synedrio.cli("proceedings", "export", "7", "--selected", "--format", "zip").code())
                .isEqualTo(2);
        assertThat(synedrio.cli("proceedings", "export", "7", "--format", "xml").code()).isEqualTo(2);
    }
}
