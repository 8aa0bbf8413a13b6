package gr.etwinning.synedrio.adapter.out.files.pdf;

import gr.etwinning.synedrio.adapter.out.files.pdf.PageFlow.Align;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The good-practice booklet as PDF: a title page, then each category from a new page with its awarded projects in
 * the awards table's order — distinction, title, partner schools and their teachers. Bookmarks per category and
 * project; title and language (el) in the metadata.
 */
public final class PdfBookletRenderer implements BookletRendererPort {

    @Override
    public void render(Booklet b, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             BookFonts fonts = new BookFonts(doc)) {
            PageFlow flow = new PageFlow(doc, fonts);
            float w = PageFlow.RIGHT - PageFlow.LEFT;
            flow.numbered(false);
            flow.newPage();
            flow.space(120);
            flow.paragraph(fonts.bold, 24, 32, PageFlow.LEFT, w, Align.CENTRE, b.title());
            flow.space(16);
            for (String fact : b.facts()) {
                flow.paragraph(fonts.regular, 13, 18, PageFlow.LEFT, w, Align.CENTRE, fact);
            }
            flow.numbered(true);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (BookletCategory c : b.categories()) {
                flow.newPage();
                PDOutlineItem category = item(c.title(), flow.currentPage());
                flow.paragraph(fonts.bold, 17, 23, PageFlow.LEFT, w, Align.LEFT, c.title());
                flow.space(10);
                for (BookletProject p : c.projects()) {
                    if (!flow.fits(90)) {
                        flow.newPage();
                    }
                    flow.space(8);
                    flow.paragraph(fonts.italic, 10, 14, PageFlow.LEFT, w, Align.LEFT, p.distinction());
                    category.addLast(item(p.title(), flow.currentPage()));
                    flow.paragraph(fonts.bold, 13, 18, PageFlow.LEFT, w, Align.LEFT, p.title());
                    flow.space(4);
                    for (BookletSchool s : p.schools()) {
                        flow.paragraph(fonts.regular, 10.5f, 14.5f, PageFlow.LEFT + 12, w - 12, Align.LEFT, s.name());
                        if (!s.teachers().isEmpty()) {
                            flow.paragraph(fonts.italic, 10, 13.5f, PageFlow.LEFT + 24, w - 24, Align.LEFT,
                                    String.join(", ", s.teachers()));
                        }
                        flow.space(3);
                    }
                }
                outline.addLast(category);
            }
            flow.finishPage();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            doc.getDocumentCatalog().setLanguage("el");
            doc.getDocumentInformation().setTitle(b.title());
            doc.getDocumentInformation().setProducer("Synedrio");
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
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
