package gr.etwinning.synedrio.adapter.out.files.pdf;

import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Author;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.IndexEntry;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Missing;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Paper;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Progress;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.RenderedVolume;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Section;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Volume;
import gr.etwinning.synedrio.domain.proceedings.AuthorIndex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A volume of papers with real submitted PDFs, rendered and read back with PDFBox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfVolumeRendererTest {

    private byte[] pdf;
    private RenderedVolume rendered;
    private Volume volume;
    private final AtomicInteger progressed = new AtomicInteger();

    @BeforeAll
    void render() throws IOException {
        String[][] primary = {
            {"p1", "Ψηφιακή αφήγηση στο νηπιαγωγείο", "Ελένη Παπαδοπούλου", "3ο Νηπιαγωγείο Λάρισας", "3"},
            {"p2", "Ρομποτική και συνεργασία σε ευρωπαϊκά έργα", "Άννα Αβραμίδου", "2ο Δημοτικό Σχολείο Βόλου", "0"},
            {"p3", "Η γλώσσα των έργων eTwinning", "Ωραιόπουλος Νίκος", "ΕΠΑΛ Κοζάνης", "bad"},
        };
        String[][] secondary = {
            {"s1", "STEAM δραστηριότητες στο Γυμνάσιο", "Σταύρος Ζαφειρίου", "1ο Γυμνάσιο Ζωγράφου", "8"},
            {"s2", "Kostas and the European classroom", "Kostas Andreou", "Lycée Français", "2"},
        };
        List<Section> sections = new ArrayList<>();
        AuthorIndex index = new AuthorIndex();
        for (String[][] group : new String[][][] {primary, secondary}) {
            List<Paper> papers = new ArrayList<>();
            for (String[] p : group) {
                List<Author> authors = new ArrayList<>(List.of(new Author(p[2], p[3])));
                if (p[0].equals("s1")) {
                    authors.add(new Author("Ελένη Παπαδοπούλου", "3ο Νηπιαγωγείο Λάρισας"));
                }
                byte[] file = switch (p[4]) {
                    case "0" -> null;
                    case "bad" -> "not a pdf".getBytes();
                    default -> TestPapers.pdf(p[0], Integer.parseInt(p[4]));
                };
                papers.add(new Paper(p[0], p[1], authors, "Περίληψη της εργασίας " + p[0] + ". ".repeat(1)
                        + "Κείμενο ".repeat(150), List.of("eTwinning", "συνεργασία"),
                        file == null ? null : () -> new ByteArrayInputStream(file)));
                authors.forEach(a -> index.add(a.name(), p[0]));
            }
            sections.add(new Section(group == primary ? "d2-primary" : "d2-secondary", group == primary
                    ? "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης" : "Συνεδρία Δευτεροβάθμιας Εκπαίδευσης", papers));
        }
        volume = new Volume("Πρακτικά", "7ο Πανελλήνιο Συνέδριο eTwinning", "Αξιοποίηση των ΤΠΕ",
                List.of("7ο Πανελλήνιο Συνέδριο eTwinning", "19 έως 21 Νοεμβρίου 2021, διαδικτυακά"),
                "978-618-5895-00-6", List.of("Μαρία Νικητάκη"), null, sections,
                index.entries().stream().map(e -> new IndexEntry(e.heading(), e.papers())).toList(),
                List.of(new Missing("d2-primary-09", "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης",
                        "τίτλος, συγγραφείς, πλήρες κείμενο, περίληψη")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered = new PdfVolumeRenderer().render(volume, out, new Progress() {
            @Override
            public void paperDone() {
                progressed.incrementAndGet();
            }
        });
        pdf = out.toByteArray();
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** The number the contents give for a title, read from the contents pages. */
    private static Map<String, Integer> contents(PDDocument doc, List<String> titles) throws IOException {
        String text = pageText(doc, 3);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String t : titles) {
            Matcher m = Pattern.compile(Pattern.quote(t) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(text);
            assertThat(m.find()).as("'%s' in the contents:%n%s", t, text).isTrue();
            numbers.put(t, Integer.valueOf(m.group(1)));
        }
        return numbers;
    }

    @Test
    void theContentsGiveThePageWhereEachPaperReallyStarts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Paper> papers = volume.sections().stream().flatMap(s -> s.papers().stream()).toList();
            Map<String, Integer> toc = contents(doc, papers.stream().map(Paper::title).toList());
            for (Paper p : papers) {
                int page = toc.get(p.title());
                assertThat(pageText(doc, page).strip()).as("page %d", page).startsWith(p.title());
                assertThat(pageText(doc, page - 1)).doesNotContain(p.title() + "\n" + p.authors().get(0).name());
                assertThat(rendered.startPages().get(p.id())).isEqualTo(page);
            }
            // the merged pages follow their heading page, numbered
            int s1 = toc.get("STEAM δραστηριότητες στο Γυμνάσιο");
            for (int n = 1; n <= 8; n++) {
                assertThat(pageText(doc, s1 + n)).contains("PAPER s1 PAGE " + n).contains(Integer.toString(s1 + n));
            }
            assertThat(pageText(doc, s1 + 9)).contains("Kostas and the European classroom");
            int part = contents(doc, List.of("Συνεδρία Δευτεροβάθμιας Εκπαίδευσης")).values().iterator().next();
            assertThat(pageText(doc, part).strip().replaceAll("\\s+", " ")).startsWith("Συνεδρία Δευτεροβάθμιας Εκπαίδευσης");
            assertThat(rendered.pages()).isEqualTo(doc.getNumberOfPages());
            assertThat(rendered.merged()).isEqualTo(3);
            assertThat(progressed.get()).isEqualTo(5);
        }
    }

    @Test
    void mergedPagesKeepTheirWebLinksButBringNothingElseOfTheirDocument() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocument().getObjectsByType(org.apache.pdfbox.cos.COSName.PAGE))
                    .as("no page of a submitted PDF beyond those merged").hasSize(doc.getNumberOfPages());
            int first = rendered.startPages().get("s1") + 1;
            var annotations = doc.getPage(first - 1).getAnnotations();
            assertThat(annotations).hasSize(1);
            assertThat(((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)
                    ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotations.get(0))
                            .getAction()).getURI()).isEqualTo("https://www.etwinning.gr/");
        }
    }

    @Test
    void anUnreadableFileGivesItsAbstractAndIsListedAsMissing() throws IOException {
        assertThat(rendered.unreadable()).extracting(Missing::contribution).containsExactly("p3");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int page = rendered.startPages().get("p3");
            assertThat(pageText(doc, page)).contains("Περίληψη της εργασίας p3");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("d2-primary-09 — λείπει: τίτλος, συγγραφείς, πλήρες κείμενο, περίληψη")
                    .contains("p3 — λείπει: πλήρες κείμενο");
        }
    }

    @Test
    void theAuthorIndexIsCompleteInGreekOrderWithPageNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int indexPage = contents(doc, List.of("Ευρετήριο συγγραφέων")).values().iterator().next();
            String text = pageText(doc, indexPage);
            List<String> headings = new ArrayList<>();
            Matcher m = Pattern.compile("^(\\S.*?, .*?)[ .]*?([\\d, ]+)$", Pattern.MULTILINE).matcher(text);
            Map<String, String> numbers = new LinkedHashMap<>();
            while (m.find()) {
                headings.add(m.group(1).strip());
                numbers.put(m.group(1).strip(), m.group(2).strip());
            }
            assertThat(headings).containsExactly("Andreou, Kostas", "Αβραμίδου, Άννα", "Ζαφειρίου, Σταύρος",
                    "Παπαδοπούλου, Ελένη", "Ωραιόπουλος, Νίκος");
            List<String> sorted = new ArrayList<>(headings);
            sorted.sort(gr.etwinning.synedrio.domain.text.GreekText.COLLATOR);
            assertThat(headings).isEqualTo(sorted);
            assertThat(numbers.get("Παπαδοπούλου, Ελένη")).isEqualTo(rendered.startPages().get("p1") + ", "
                    + rendered.startPages().get("s1"));
            assertThat(numbers.get("Andreou, Kostas")).isEqualTo(rendered.startPages().get("s2").toString());
        }
    }

    @Test
    void bookmarksAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            Map<String, List<String>> children = new LinkedHashMap<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                List<String> kids = new ArrayList<>();
                for (PDOutlineItem child : item.children()) {
                    kids.add(child.getTitle());
                    int page = doc.getPages().indexOf(child.findDestinationPage(doc)) + 1;
                    assertThat(pageText(doc, page).strip()).startsWith(child.getTitle());
                }
                children.put(item.getTitle(), kids);
            }
            assertThat(top).containsExactly("Περιεχόμενα", "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης",
                    "Συνεδρία Δευτεροβάθμιας Εκπαίδευσης", "Ευρετήριο συγγραφέων", "Τι λείπει από τον τόμο");
            assertThat(children.get("Συνεδρία Πρωτοβάθμιας Εκπαίδευσης")).hasSize(3);
            assertThat(children.get("Συνεδρία Δευτεροβάθμιας Εκπαίδευσης")).hasSize(2);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Πρακτικά — 7ο Πανελλήνιο Συνέδριο eTwinning");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("ISBN")).isEqualTo("978-618-5895-00-6");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("el");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("urn:isbn:9786185895006", "<rdf:li>el</rdf:li>");
            assertThat(pageText(doc, 2)).contains("ISBN 978-618-5895-00-6", "Επιμέλεια: Μαρία Νικητάκη");
            assertThat(pageText(doc, 1)).contains("ΠΡΑΚΤΙΚΑ", "7ο Πανελλήνιο Συνέδριο eTwinning");
        }
    }
}
