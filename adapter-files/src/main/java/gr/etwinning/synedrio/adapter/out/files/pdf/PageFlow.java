package gr.etwinning.synedrio.adapter.out.files.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text flowing onto A4 pages, line by line, a new page when one is full, the page number at the foot of every
 * numbered page. The same code lays a document out twice: first without a document (counting pages only, so that
 * the table of contents can give page numbers before the pages exist), then drawing; both passes break pages at the
 * same places because they measure the same lines.
 */
final class PageFlow {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 64;
    static final float RIGHT = WIDTH - 64;
    static final float TOP = HEIGHT - 72;
    static final float BOTTOM = 72;

    enum Align { LEFT, CENTRE, RIGHT }

    private final PDDocument doc;
    private final BookFonts fonts;
    private PDPage page;
    private PDPageContentStream cs;
    private int pageNumber;
    private float y;
    private boolean numbered = true;
    private boolean footed;

    /** @param doc null for the counting pass */
    PageFlow(PDDocument doc, BookFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    boolean drawing() {
        return doc != null;
    }

    /** The number of the current page (1 is the first); 0 before the first. */
    int page() {
        return pageNumber;
    }

    /** The current page, when drawing. */
    PDPage currentPage() {
        return page;
    }

    /** Whether the pages started from now on carry a page number. */
    void numbered(boolean numbered) {
        this.numbered = numbered;
    }

    float y() {
        return y;
    }

    /** Starts a new page. */
    void newPage() throws IOException {
        finishPage();
        pageNumber++;
        y = TOP;
        if (doc != null) {
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            footed = numbered;
        }
    }

    /** Closes the current page's content. */
    void finishPage() throws IOException {
        if (cs != null) {
            if (footed) {
                footer(cs, fonts, pageNumber, WIDTH); // last, so that the page's text reads in order
            }
            cs.close();
            cs = null;
        }
    }

    /** Pages added from elsewhere (a submitted PDF) after the current one: they count, and are numbered by the caller. */
    void skipPages(int n) throws IOException {
        finishPage();
        pageNumber += n;
        page = null;
        y = BOTTOM; // anything after them starts a new page
    }

    /** Space down the page; a new page if it does not fit. */
    void space(float points) throws IOException {
        if (y - points < BOTTOM) {
            newPage();
        } else {
            y -= points;
        }
    }

    /** Moves the line position to this height, on the current page. */
    void moveTo(float newY) {
        y = newY;
    }

    /** Whether {@code points} more fit on the current page. */
    boolean fits(float points) {
        return page() > 0 && y - points >= BOTTOM;
    }

    /** The text broken into lines of at most {@code width} points. */
    List<String> wrap(BookFonts.Face face, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String paragraph = fonts.printable(text).strip();
        if (!paragraph.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (face.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line: cut it where it must be cut
                String rest = word;
                while (face.width(rest, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && face.width(rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * Text in lines of the width, from {@code x}, each line {@code leading} below the last, pages turned as needed;
     * each line break of the text starts a new paragraph, half a line lower.
     */
    void paragraph(BookFonts.Face face, float size, float leading, float x, float width, Align align, String text)
            throws IOException {
        boolean first = true;
        for (String part : (text == null ? "" : text).split("\\R")) {
            if (part.isBlank()) {
                continue;
            }
            if (!first) {
                space(leading / 2);
            }
            first = false;
            for (String line : wrap(face, size, part, width)) {
                line(face, size, leading, x, width, align, line);
            }
        }
    }

    /** One line (already short enough). */
    void line(BookFonts.Face face, float size, float leading, float x, float width, Align align, String line)
            throws IOException {
        if (page() == 0 || y - leading < BOTTOM) {
            newPage();
        }
        y -= leading;
        if (cs != null && !line.isEmpty()) {
            float w = face.width(line, size);
            float at = switch (align) {
                case LEFT -> x;
                case CENTRE -> x + (width - w) / 2;
                case RIGHT -> x + width - w;
            };
            text(cs, face, size, at, y, line);
        }
    }

    /**
     * A line of a table of contents or an index: the text wrapped to the width less the number's column, the number
     * right-aligned on its last line, with dot leaders between.
     */
    void entry(BookFonts.Face face, float size, float leading, float x, String text, String number)
            throws IOException {
        float column = 60;
        List<String> lines = wrap(face, size, text, RIGHT - x - column);
        if (lines.isEmpty()) {
            lines = List.of("");
        }
        if (page() == 0 || y - leading * Math.min(lines.size(), 2) < BOTTOM) {
            newPage(); // keep a short entry together
        }
        for (int i = 0; i < lines.size(); i++) {
            line(face, size, leading, x + (i == 0 ? 0 : 12), RIGHT - x - column, Align.LEFT, lines.get(i));
        }
        if (cs != null) {
            String last = lines.get(lines.size() - 1);
            float end = x + (lines.size() == 1 ? 0 : 12) + face.width(last, size) + 4;
            float numberWidth = fonts.regular.width(number, size);
            float dots = RIGHT - numberWidth - 4;
            StringBuilder leader = new StringBuilder();
            float dot = fonts.regular.width(" .", size);
            for (float at = end; at + dot < dots; at += dot) {
                leader.append(" .");
            }
            if (!leader.isEmpty()) {
                text(cs, fonts.regular, size, dots - fonts.regular.width(leader.toString(), size), y,
                        leader.toString());
            }
            text(cs, fonts.regular, size, RIGHT - numberWidth, y, number);
        }
    }

    static void text(PDPageContentStream cs, BookFonts.Face face, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(face.pdf, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** The page number, centred at the foot of a page {@code width} wide. */
    static void footer(PDPageContentStream cs, BookFonts fonts, int number, float width) throws IOException {
        String n = Integer.toString(number);
        text(cs, fonts.regular, 9, (width - fonts.regular.width(n, 9)) / 2, 36, n);
    }

    /** The content stream of the current page, to draw on directly (null when counting). */
    PDPageContentStream stream() {
        return cs;
    }
}
