package gr.etwinning.synedrio.adapter.out.files.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Real PDFs standing for submitted papers: {@code pages} pages, each saying "PAPER <tag> PAGE <n>" and some lines. */
public final class TestPapers {

    private TestPapers() {
    }

    public static byte[] pdf(String tag, int pages) throws IOException {
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
                    for (int line = 0; line < 40; line++) {
                        cs.newLineAtOffset(0, -16);
                        cs.showText("Lorem ipsum dolor sit amet, line " + line + " of page " + n + " of " + tag + ".");
                    }
                    cs.endText();
                }
            }
            if (pages > 1) {
                // a link to its own second page, as a word processor's contents makes, and one to the web
                var internal = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
                internal.setRectangle(new PDRectangle(72, 750, 100, 20));
                var target = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                        .PDPageFitDestination();
                target.setPage(doc.getPage(1));
                internal.setDestination(target);
                var web = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
                web.setRectangle(new PDRectangle(72, 700, 100, 20));
                var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
                uri.setURI("https://www.etwinning.gr/");
                web.setAction(uri);
                doc.getPage(0).getAnnotations().add(internal);
                doc.getPage(0).getAnnotations().add(web);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
