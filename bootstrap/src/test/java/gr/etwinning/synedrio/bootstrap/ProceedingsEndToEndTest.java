package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proceedings end to end on the command line: the ISBN, the 2021 volume built from the dataset alone (no call for
 * papers: every teacher's contribution is untitled there), and a volume whose papers come from a fake of the call
 * for papers' port with real PDFs — contents and index read back with PDFBox — then the special issue and the
 * contest's booklet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProceedingsEndToEndTest {

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The page the contents give for each title (the contents' pages read as one text, lines joined). */
    static Map<String, Integer> contents(PDDocument doc, List<String> titles) throws IOException {
        StringBuilder text = new StringBuilder();
        int page = 3;
        String t;
        while (!(t = pageText(doc, page)).isBlank() && (page == 3 || !t.strip().startsWith("Συνεδρία"))) {
            text.append(t).append('\n');
            if (t.contains("Ευρετήριο συγγραφέων")) {
                break;
            }
            page++;
        }
        String all = flat(text.toString());
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String title : titles) {
            Matcher m = Pattern.compile(Pattern.quote(flat(title)) + "[ .]*?(\\d+)").matcher(all);
            assertThat(m.find()).as("'%s' in the contents: %s", title, all).isTrue();
            numbers.put(title, Integer.valueOf(m.group(1)));
        }
        return numbers;
    }

    /** Every bookmark under a part: title → page, checked to start with its title. */
    static Map<String, Integer> paperBookmarks(PDDocument doc) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (PDOutlineItem part : doc.getDocumentCatalog().getDocumentOutline().children()) {
            for (PDOutlineItem paper : part.children()) {
                int page = doc.getPages().indexOf(paper.findDestinationPage(doc)) + 1;
                assertThat(flat(pageText(doc, page))).startsWith(flat(paper.getTitle()));
                pages.put(paper.getTitle(), page);
            }
        }
        return pages;
    }


    private RunningSynedrio synedrio;

    @BeforeAll
    void start() throws IOException {
        synedrio = RunningSynedrio.withSeed("synedrio-proceedings-2021");
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    @Test
    void theIsbnIsCheckedHyphenatedAndStoredOnce() {
        CliRun.Result wrong = synedrio.cli("proceedings", "isbn", "7", "978-618-02-5040-6");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("synedrio: ").contains("it should be 4");
        assertThat(synedrio.cli("proceedings", "isbn", "7").out()).contains("edition 7 has no ISBN yet");

        CliRun.Result set = synedrio.cli("proceedings", "isbn", "7", "9786185895006");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("ISBN 978-618-5895-00-6 stored");
        assertThat(synedrio.cli("proceedings", "isbn", "7", "978 618 5895 00 6").out()).contains("already set");
        CliRun.Result other = synedrio.cli("proceedings", "isbn", "7", "978-618-87332-0-6");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("has the ISBN 978-618-5895-00-6 already");
        assertThat(synedrio.cli("proceedings", "isbn", "7").out()).contains("ISBN 978-618-5895-00-6");
        assertThat(synedrio.cli("proceedings", "isbn", "99", "978-618-87332-0-6").code()).isEqualTo(1);
    }

    @Test
    void the2021VolumeBuildsFromTheDatasetAndNamesTheUntitledContributions() throws IOException {
        Path pdf = synedrio.dir().resolve("proceedings-2021.pdf");
        CliRun.Result r = synedrio.cli("proceedings", "build", "7", "--output", pdf.toString(),
                "--editors", "Μαρία Νικητάκη, Μιχαήλ Παρασκευάς");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> untitled = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            untitled.add("d2-primary-%02d".formatted(i));
        }
        for (int i = 1; i <= 25; i++) {
            untitled.add("d2-secondary-%02d".formatted(i));
        }
        for (int i = 1; i <= 16; i++) {
            untitled.add("d2-workshop-%02d".formatted(i));
        }
        untitled.add("d3-talk-01");
        untitled.add("d3-workshop-01");
        assertThat(r.out()).contains("untitled, listed as missing and not printed (74): "
                + String.join(", ", untitled));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            for (String id : untitled) {
                assertThat(all).contains(id + " — λείπει: τίτλος, συγγραφείς, πλήρες κείμενο, περίληψη");
            }
            // the titled papers of the programme are printed, from a new page each, where the contents say
            Map<String, Integer> printed = paperBookmarks(doc);
            assertThat(printed).hasSize(6).containsKey("Επιλέγοντας το πλαίσιο αξιολόγησης δεξιοτήτων για τα "
                    + "Εργαστήρια Δεξιοτήτων");
            assertThat(contents(doc, new ArrayList<>(printed.keySet()))).isEqualTo(printed);
            assertThat(all).contains("Λειβαδάου, Ευγενία", "Σγουροπούλου, Κλειώ")
                    .doesNotContain("Ομιλία χωρίς τίτλο");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("el");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Πρακτικά — 7ο Πανελλήνιο Συνέδριο eTwinning");
        }
    }

    @Test
    void aCoverIsDrawnOnTheTitlePageAndOneThatIsNoImageIsRefusedWritingNothing() throws IOException {
        Path png = synedrio.dir().resolve("cover.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        Path pdf = synedrio.dir().resolve("with-cover.pdf");
        CliRun.Result ok = synedrio.cli("proceedings", "build", "7", "--output", pdf.toString(), "--cover",
                png.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }

        Path text = Files.writeString(synedrio.dir().resolve("cover.txt"), "not an image");
        Path none = synedrio.dir().resolve("no-volume.pdf");
        CliRun.Result bad = synedrio.cli("proceedings", "build", "7", "--output", none.toString(), "--cover",
                text.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("synedrio: the cover is not an image");
        assertThat(none).doesNotExist();
        try (var left = Files.list(synedrio.dir())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(synedrio.cli("proceedings", "build", "7", "--output", none.toString(), "--cover",
                synedrio.dir().resolve("missing.png").toString()).code()).isEqualTo(1);
        assertThat(synedrio.cli("proceedings", "build", "99", "--output", none.toString()).code()).isEqualTo(1);
        assertThat(none).doesNotExist();
    }

    @Test
    void theGoodPracticeBookletFollowsTheAwardsTable() throws IOException {
        Path pdf = synedrio.dir().resolve("booklet-15.pdf");
        CliRun.Result r = synedrio.cli("awards", "booklet", "15", "--output", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote the good-practice booklet of contest 15");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = flat(new PDFTextStripper().getText(doc));
            assertThat(all).contains("DinoStem", "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ",
                    "Παρασκευή Καρέλλα, Κωνσταντία Μανουσαρίδου, Βασιλική Γεωργαντά", "In your shoes");
            assertThat(all.indexOf("DinoStem")).isLessThan(all.indexOf("Eco Tweet: Little Scientists"));
            assertThat(all.indexOf("Eco Tweet: Little Scientists")).isLessThan(all.indexOf("In your shoes"));
            assertThat(all.indexOf("In your shoes")).isLessThan(all.indexOf("EUnited- Spread the love!"));
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
        assertThat(synedrio.cli("awards", "booklet", "99", "--output", pdf.toString()).code()).isEqualTo(1);
    }

    /** A fake of the call for papers: some of the 2021 contributions as if submitted, a few with a real PDF. */
    static final class FakeSubmittedTexts implements SubmittedTexts {
        final Map<String, SubmittedText> texts = new LinkedHashMap<>();
        final Map<String, byte[]> papers = new HashMap<>();

        FakeSubmittedTexts() throws IOException {
            add("d2-primary-01", "Ψηφιακή αφήγηση στο νηπιαγωγείο", List.of(
                    new Author("Ελένη Παπαδοπούλου", "3ο Νηπιαγωγείο Λάρισας"),
                    new Author("Χρήστος Αναστασίου", "3ο Νηπιαγωγείο Λάρισας")), 3);
            add("d2-primary-02", "Ρομποτική και συνεργασία σε ευρωπαϊκά έργα", List.of(
                    new Author("Άννα Αβραμίδου", "2ο Δημοτικό Σχολείο Βόλου")), 0);
            add("d2-secondary-01", "STEAM δραστηριότητες στο Γυμνάσιο", List.of(
                    new Author("Σταύρος Ζαφειρίου", "1ο Γυμνάσιο Ζωγράφου"),
                    new Author("ΕΛΕΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ", "3ο Νηπιαγωγείο Λάρισας")), 8);
            add("d2-workshop-01", "Βιωματικό εργαστήριο: το TwinSpace βήμα βήμα", List.of(
                    new Author("Ωραιόπουλος Νίκος", "ΕΠΑΛ Κοζάνης"), new Author("Kostas Andreou", null)), 2);
        }

        private void add(String id, String title, List<Author> authors, int pages) throws IOException {
            Optional<Paper> paper = Optional.empty();
            if (pages > 0) {
                byte[] pdf = pdf(id, pages);
                String sha = "sha-" + id;
                papers.put(sha, pdf);
                paper = Optional.of(new Paper("application/pdf", pdf.length, sha));
            }
            texts.put(id, new SubmittedText(title, "Η περίληψη της εργασίας " + id + ": " + "λόγια ".repeat(120),
                    List.of("eTwinning", "συνεργασία"), authors, paper));
        }

        @Override
        public Optional<SubmittedText> of(EditionNumber edition, ContributionId contribution) {
            return edition.value() == 7 ? Optional.ofNullable(texts.get(contribution.value())) : Optional.empty();
        }

        @Override
        public InputStream openPaper(String sha256) {
            return new ByteArrayInputStream(papers.get(sha256));
        }

        static byte[] pdf(String tag, int pages) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (int n = 1; n <= pages; n++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(72, 760);
                        cs.showText("PAPER " + tag + " PAGE " + n);
                        cs.endText();
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

}
