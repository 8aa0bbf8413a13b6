package gr.etwinning.synedrio.adapter.out.files.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the long documents (proceedings, booklet): DejaVu Serif, regular, bold and italic, from the
 * jasperreports-fonts jar, embedded as subsets of the glyphs used (with ToUnicode maps, so that the text can be
 * searched and copied). A character the font lacks is printed as '?' rather than failing the document.
 */
final class BookFonts implements AutoCloseable {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = resource(FONTS + "DejaVuSerif.ttf");
    private static final byte[] BOLD = resource(FONTS + "DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = resource(FONTS + "DejaVuSerif-Italic.ttf");

    final Face regular;
    final Face bold;
    final Face italic;

    /** A font embedded in a document, with its character map for the glyph check. */
    static final class Face {
        final PDType0Font pdf;
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;

        private Face(PDDocument doc, byte[] bytes) throws IOException {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            cmap = ttf.getUnicodeCmapLookup();
            pdf = PDType0Font.load(doc, ttf, true);
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /** The width of the text at the size, in points. */
        float width(String text, float size) throws IOException {
            return pdf.getStringWidth(text) / 1000 * size;
        }
    }

    BookFonts(PDDocument doc) throws IOException {
        regular = new Face(doc, REGULAR);
        bold = new Face(doc, BOLD);
        italic = new Face(doc, ITALIC);
    }

    /** The text as it can be printed: controls as spaces, characters missing from the font as '?'. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                // soft hyphens, zero-width joiners and the like: not printed
            } else if (regular.has(cp) && bold.has(cp) && italic.has(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        regular.ttf.close();
        bold.ttf.close();
        italic.ttf.close();
    }

    private static byte[] resource(String path) {
        try (InputStream in = BookFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
