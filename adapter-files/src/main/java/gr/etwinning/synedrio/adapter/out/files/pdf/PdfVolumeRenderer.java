package gr.etwinning.synedrio.adapter.out.files.pdf;

import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort;
import gr.etwinning.synedrio.adapter.out.files.pdf.PageFlow.Align;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The proceedings volume as PDF with PDFBox: A4, DejaVu Serif embedded. Title page, copyright page (edition data,
 * ISBN, editors), table of contents with page numbers, then per session a part title page and each paper from a new
 * page — its heading (title, authors, schools) and either the submitted full text, its pages merged after the
 * heading page, or its abstract — then the author index with page numbers and the list of what is missing.
 * Bookmarks for each part, paper, the index and the list; the document's title, ISBN and language (el) in its
 * information and XMP metadata.
 *
 * <p>Laid out twice: a counting pass gives every paper's first page before anything is drawn, so the contents can
 * list them; the drawing pass must break pages at the same places (checked). Within a small heap: the volume's own
 * content goes to temporary files as it is written (PDFBox's temp-file stream cache), each submitted PDF is copied
 * to a temporary file and read through a memory map, and the file is written without object streams.
 */
public final class PdfVolumeRenderer implements VolumeRendererPort {

    private static final float BODY = 10.5f;
    private static final float LEADING = 14.5f;

    @Override
    public RenderedVolume render(Volume volume, OutputStream out, Progress progress) throws IOException {
        Path tmp = Files.createTempDirectory("synedrio-volume-");
        Map<String, PDDocument> files = new HashMap<>();
        List<Missing> unreadable = new ArrayList<>();
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             BookFonts fonts = new BookFonts(doc)) {
            int n = 0;
            for (Section s : volume.sections()) {
                for (Paper p : s.papers()) {
                    if (p.file() != null) {
                        PDDocument source = open(p, tmp.resolve("paper-" + (n++) + ".pdf"));
                        if (source == null) {
                            unreadable.add(new Missing(p.id(), s.title(), "πλήρες κείμενο (το αρχείο που "
                                    + "κατατέθηκε δεν διαβάζεται ως PDF· τυπώνεται η περίληψη)"));
                        } else {
                            files.put(p.id(), source);
                        }
                    }
                }
            }
            List<Missing> missing = new ArrayList<>(volume.missing());
            missing.addAll(unreadable);
            Layout counted = new Layout(volume, missing, files, fonts, null, null, Progress.NONE);
            counted.run();
            progress.starting(volume.paperCount());
            Layout drawn = new Layout(volume, missing, files, fonts, doc, counted, progress);
            drawn.run();
            if (!drawn.starts.equals(counted.starts)) {
                throw new IllegalStateException("the volume's pages broke differently when drawn than when counted");
            }
            metadata(doc, volume);
            drawn.bookmarks();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            Map<String, Integer> paperStarts = new LinkedHashMap<>();
            drawn.starts.forEach((k, v) -> {
                if (k.startsWith("paper:")) {
                    paperStarts.put(k.substring(6), v);
                }
            });
            return new RenderedVolume(doc.getNumberOfPages(), volume.paperCount(), files.size(),
                    List.copyOf(unreadable), paperStarts);
        } finally {
            for (PDDocument d : files.values()) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // a temporary copy; deleted below
                }
            }
            try (Stream<Path> left = Files.walk(tmp)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Cuts an imported page's references back into its own document, which the volume would otherwise copy whole
     * (every page of it, through a link's target or an annotation's page): links to places inside the submitted
     * PDF are dropped (their targets are not in the volume as such), other annotations (web links, notes) are kept
     * and pointed at the volume's page, article beads are dropped.
     */
    static void detach(PDPage page) throws IOException {
        page.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.B);
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> kept = new ArrayList<>();
        for (var annotation : page.getAnnotations()) {
            if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                    && (link.getDestination() != null || link.getAction()
                    instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)) {
                continue;
            }
            annotation.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.PARENT);
            annotation.setPage(page);
            kept.add(annotation);
        }
        page.setAnnotations(kept);
    }

    /** The submitted PDF, copied to a temporary file and opened; null when it is not a readable PDF. */
    private static PDDocument open(Paper p, Path copy) throws IOException {
        try (InputStream in = p.file().open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            PDDocument d = Loader.loadPDF(new RandomAccessReadMemoryMappedFile(copy), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            if (d.getNumberOfPages() == 0) {
                d.close();
                return null;
            }
            if (d.isEncrypted()) {
                d.setAllSecurityToBeRemoved(true);
            }
            return d;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One pass over the volume: counting (doc null) or drawing. */
    private static final class Layout {
        final Volume v;
        final List<Missing> missing;
        final Map<String, PDDocument> files;
        final BookFonts fonts;
        final PDDocument doc;
        final Layout counted;
        final Progress progress;
        final PageFlow flow;
        /** First page of each part ("part:ID"), paper ("paper:ID"), "index", "missing", "contents". */
        final Map<String, Integer> starts = new LinkedHashMap<>();
        final Map<String, PDPage> pages = new HashMap<>();

        Layout(Volume v, List<Missing> missing, Map<String, PDDocument> files, BookFonts fonts, PDDocument doc,
               Layout counted, Progress progress) {
            this.v = v;
            this.missing = missing;
            this.files = files;
            this.fonts = fonts;
            this.doc = doc;
            this.counted = counted;
            this.progress = progress;
            this.flow = new PageFlow(doc, fonts);
        }

        String pageOf(String key) {
            return counted == null ? "000" : Integer.toString(counted.starts.get(key));
        }

        void mark(String key) {
            starts.put(key, flow.page());
            if (flow.drawing()) {
                pages.put(key, flow.currentPage());
            }
        }

        void run() throws IOException {
            titlePage();
            copyrightPage();
            contents();
            for (Section s : v.sections()) {
                part(s);
                for (Paper p : s.papers()) {
                    paper(s, p);
                    progress.paperDone();
                }
            }
            index();
            missingList();
            flow.finishPage();
        }

        void titlePage() throws IOException {
            flow.numbered(false);
            flow.newPage();
            float w = PageFlow.RIGHT - PageFlow.LEFT;
            flow.space(90);
            flow.paragraph(fonts.bold, 30, 38, PageFlow.LEFT, w, Align.CENTRE, capitals(v.title()));
            flow.space(18);
            flow.paragraph(fonts.bold, 18, 24, PageFlow.LEFT, w, Align.CENTRE, v.subtitle());
            if (v.theme() != null) {
                flow.space(12);
                flow.paragraph(fonts.italic, 13, 18, PageFlow.LEFT, w, Align.CENTRE, v.theme());
            }
            if (v.facts().size() > 1) {
                flow.space(12);
                flow.paragraph(fonts.regular, 12, 16, PageFlow.LEFT, w, Align.CENTRE, v.facts().get(1));
            }
            if (v.cover() != null && flow.drawing()) {
                PDImageXObject image;
                try {
                    image = PDImageXObject.createFromByteArray(doc, v.cover(), "cover");
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("the cover is not an image PDFBox can read (PNG or JPEG): "
                            + e.getMessage(), e);
                }
                float maxW = w;
                float maxH = flow.y() - PageFlow.BOTTOM - 120;
                if (maxH > 40) {
                    float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
                    float iw = image.getWidth() * scale;
                    float ih = image.getHeight() * scale;
                    flow.stream().drawImage(image, (PageFlow.WIDTH - iw) / 2, flow.y() - 24 - ih, iw, ih);
                }
            }
            if (!v.editors().isEmpty()) {
                flow.moveTo(PageFlow.BOTTOM + 70);
                flow.paragraph(fonts.regular, 12, 16, PageFlow.LEFT, w, Align.CENTRE,
                        "Επιμέλεια: " + String.join(", ", v.editors()));
            }
        }

        void copyrightPage() throws IOException {
            flow.newPage();
            float w = PageFlow.RIGHT - PageFlow.LEFT;
            flow.moveTo(PageFlow.BOTTOM + 260);
            flow.paragraph(fonts.bold, 11, 15, PageFlow.LEFT, w, Align.LEFT, v.title() + " — " + v.subtitle());
            flow.space(6);
            for (String fact : v.facts()) {
                flow.paragraph(fonts.regular, 10, 14, PageFlow.LEFT, w, Align.LEFT, fact);
            }
            if (!v.editors().isEmpty()) {
                flow.paragraph(fonts.regular, 10, 14, PageFlow.LEFT, w, Align.LEFT, "Επιμέλεια: "
                        + String.join(", ", v.editors()));
            }
            flow.space(10);
            flow.paragraph(fonts.bold, 11, 15, PageFlow.LEFT, w, Align.LEFT, v.isbn() == null
                    ? "ISBN: δεν έχει οριστεί ακόμη" : "ISBN " + v.isbn());
            flow.paragraph(fonts.regular, 10, 14, PageFlow.LEFT, w, Align.LEFT, "Γλώσσα: ελληνικά");
            flow.numbered(true);
        }

        void contents() throws IOException {
            flow.newPage();
            mark("contents");
            flow.paragraph(fonts.bold, 18, 26, PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, Align.LEFT,
                    "Περιεχόμενα");
            flow.space(8);
            for (Section s : v.sections()) {
                flow.space(6);
                flow.entry(fonts.bold, 11, 15, PageFlow.LEFT, s.title(), pageOf("part:" + s.id()));
                for (Paper p : s.papers()) {
                    flow.space(3);
                    flow.entry(fonts.regular, BODY, LEADING, PageFlow.LEFT + 14, p.title(), pageOf("paper:" + p.id()));
                    String names = String.join(", ", p.authors().stream().map(Author::name).toList());
                    if (!names.isBlank()) {
                        flow.paragraph(fonts.italic, 9, 12, PageFlow.LEFT + 26, PageFlow.RIGHT - PageFlow.LEFT - 86,
                                Align.LEFT, names);
                    }
                }
            }
            flow.space(10);
            flow.entry(fonts.bold, 11, 15, PageFlow.LEFT, "Ευρετήριο συγγραφέων", pageOf("index"));
            if (!missing.isEmpty() || v.isbn() == null) {
                flow.entry(fonts.bold, 11, 15, PageFlow.LEFT, "Τι λείπει από τον τόμο", pageOf("missing"));
            }
        }

        void part(Section s) throws IOException {
            flow.newPage();
            mark("part:" + s.id());
            flow.moveTo(PageFlow.HEIGHT / 2 + 60);
            flow.paragraph(fonts.bold, 22, 30, PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, Align.CENTRE,
                    s.title());
        }

        void paper(Section s, Paper p) throws IOException {
            float w = PageFlow.RIGHT - PageFlow.LEFT;
            flow.newPage();
            mark("paper:" + p.id());
            flow.paragraph(fonts.bold, 16, 21, PageFlow.LEFT, w, Align.LEFT, p.title());
            flow.space(8);
            for (Author a : p.authors()) {
                flow.paragraph(fonts.bold, 11, 15, PageFlow.LEFT, w, Align.LEFT, a.name());
                if (a.school() != null) {
                    flow.paragraph(fonts.italic, 10, 13, PageFlow.LEFT + 10, w - 10, Align.LEFT, a.school());
                }
                flow.space(3);
            }
            flow.space(12);
            PDDocument source = files.get(p.id());
            if (source != null) {
                if (!p.keywords().isEmpty()) {
                    keywords(p);
                }
                int n = source.getNumberOfPages();
                if (flow.drawing()) {
                    flow.finishPage();
                    int number = flow.page();
                    for (PDPage page : source.getPages()) {
                        PDPage imported = doc.importPage(page);
                        detach(imported);
                        number++;
                        PDRectangle box = imported.getCropBox();
                        try (PDPageContentStream cs = new PDPageContentStream(doc, imported,
                                PDPageContentStream.AppendMode.APPEND, true, true)) {
                            cs.saveGraphicsState();
                            cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(box.getLowerLeftX(),
                                    box.getLowerLeftY() - 18));
                            PageFlow.footer(cs, fonts, number, box.getWidth());
                            cs.restoreGraphicsState();
                        }
                    }
                }
                flow.skipPages(n);
                return;
            }
            if (p.abstractText() != null) {
                flow.paragraph(fonts.bold, 11, 15, PageFlow.LEFT, w, Align.LEFT, "Περίληψη");
                flow.space(4);
                flow.paragraph(fonts.regular, BODY, LEADING, PageFlow.LEFT, w, Align.LEFT, p.abstractText());
                flow.space(8);
                if (!p.keywords().isEmpty()) {
                    keywords(p);
                }
                flow.space(8);
                flow.paragraph(fonts.italic, 9, 12, PageFlow.LEFT, w, Align.LEFT,
                        "[Το πλήρες κείμενο δεν έχει κατατεθεί· τυπώνεται η περίληψη.]");
            } else {
                flow.paragraph(fonts.italic, BODY, LEADING, PageFlow.LEFT, w, Align.LEFT,
                        "[Το πλήρες κείμενο και η περίληψη δεν έχουν κατατεθεί.]");
            }
        }

        void keywords(Paper p) throws IOException {
            flow.paragraph(fonts.italic, 10, 13, PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, Align.LEFT,
                    "Λέξεις-κλειδιά: " + String.join(", ", p.keywords()));
        }

        void index() throws IOException {
            flow.newPage();
            mark("index");
            flow.paragraph(fonts.bold, 18, 26, PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, Align.LEFT,
                    "Ευρετήριο συγγραφέων");
            flow.space(8);
            if (v.index().isEmpty()) {
                flow.paragraph(fonts.italic, BODY, LEADING, PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT,
                        Align.LEFT, "[Κανένας συγγραφέας δεν είναι γνωστός.]");
            }
            for (IndexEntry e : v.index()) {
                List<String> numbers = new ArrayList<>();
                for (String id : e.paperIds()) {
                    String n = starts.get("paper:" + id) == null ? "?" : Integer.toString(starts.get("paper:" + id));
                    if (!numbers.contains(n)) {
                        numbers.add(n);
                    }
                }
                flow.entry(fonts.regular, BODY, LEADING, PageFlow.LEFT, e.heading(), String.join(", ", numbers));
            }
        }

        void missingList() throws IOException {
            if (missing.isEmpty() && v.isbn() == null) {
                return;
            }
            float w = PageFlow.RIGHT - PageFlow.LEFT;
            flow.newPage();
            mark("missing");
            flow.paragraph(fonts.bold, 18, 26, PageFlow.LEFT, w, Align.LEFT, "Τι λείπει από τον τόμο");
            flow.space(6);
            flow.paragraph(fonts.regular, BODY, LEADING, PageFlow.LEFT, w, Align.LEFT, "Ο τόμος τυπώνει μόνο ό,τι "
                    + "έχει κατατεθεί. Οι συνεισφορές του προγράμματος που ακολουθούν δεν τυπώνονται (χωρίς τίτλο) "
                    + "ή τυπώνονται ελλιπείς· κάθε γραμμή λέει τι λείπει.");
            flow.space(8);
            if (v.isbn() == null) {
                flow.paragraph(fonts.bold, BODY, LEADING, PageFlow.LEFT, w, Align.LEFT,
                        "ISBN: δεν έχει οριστεί για τον τόμο.");
                flow.space(6);
            }
            String session = null;
            for (Missing m : missing) {
                if (!m.session().equals(session)) {
                    session = m.session();
                    flow.space(6);
                    flow.paragraph(fonts.bold, 11, 15, PageFlow.LEFT, w, Align.LEFT, session);
                }
                flow.paragraph(fonts.regular, BODY, LEADING, PageFlow.LEFT + 10, w - 10, Align.LEFT,
                        m.contribution() + " — λείπει: " + m.what());
            }
        }

        void bookmarks() {
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(item("Περιεχόμενα", pages.get("contents")));
            for (Section s : v.sections()) {
                PDOutlineItem part = item(s.title(), pages.get("part:" + s.id()));
                for (Paper p : s.papers()) {
                    part.addLast(item(p.title(), pages.get("paper:" + p.id())));
                }
                outline.addLast(part);
            }
            outline.addLast(item("Ευρετήριο συγγραφέων", pages.get("index")));
            if (pages.containsKey("missing")) {
                outline.addLast(item("Τι λείπει από τον τόμο", pages.get("missing")));
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }

        private static PDOutlineItem item(String title, PDPage page) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(page);
            item.setDestination(dest);
            return item;
        }
    }

    private static void metadata(PDDocument doc, Volume v) throws IOException {
        String title = v.title() + " — " + v.subtitle();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (v.theme() != null) {
            info.setSubject(v.theme());
        }
        if (!v.editors().isEmpty()) {
            info.setAuthor(String.join(", ", v.editors()));
        }
        if (v.isbn() != null) {
            info.setKeywords("ISBN " + v.isbn());
            info.setCustomMetadataValue("ISBN", v.isbn());
        }
        info.setProducer("Synedrio");
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("el");
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>el</rdf:li></rdf:Bag></dc:language>
                   %s
                   <pdf:Producer>Synedrio</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), v.isbn() == null ? ""
                : "<dc:identifier>urn:isbn:" + xml(v.isbn().replace("-", "")) + "</dc:identifier>\n"
                + "   <pdf:Keywords>ISBN " + xml(v.isbn()) + "</pdf:Keywords>");
        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
    }

    /** Greek in capitals, without accents, as titles are set: "Πρακτικά" → "ΠΡΑΚΤΙΚΑ". */
    static String capitals(String s) {
        String bare = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return java.text.Normalizer.normalize(bare.toUpperCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFC);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
