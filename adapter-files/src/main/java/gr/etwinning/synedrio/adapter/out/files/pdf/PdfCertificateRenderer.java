package gr.etwinning.synedrio.adapter.out.files.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort;
import gr.etwinning.synedrio.domain.text.GreekDates;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Certificates as PDF with PDFBox: A4 landscape, in Greek with DejaVu Sans (from the jasperreports-fonts jar;
 * embedded as a subset of the glyphs used, with a ToUnicode map so the text can be searched and copied), the
 * verification URL as text and as a QR code drawn as vector squares (ZXing), and the operator's template.
 *
 * <p>The font files are read from the jar once; each rendering thread parses them once and keeps them (a parsed
 * TrueType font is not safe to share between threads), so rendering in parallel pays no parsing per document.
 */
public final class PdfCertificateRenderer implements CertificateRendererPort {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] FULL = resource(FONTS + "DejaVuSans.ttf");

    /**
     * The characters a certificate is written in: Latin (with its extensions), Greek (monotonic and polytonic) and
     * the punctuation of both. DejaVu Sans is cut down to these once, at start (about 700 of its 6,000 glyphs):
     * embedding a font makes PDFBox compute and read back the widths of all its glyphs for every document, which
     * was a fifth of the time. A name with a character outside them is drawn with the whole font.
     */
    private static final int[][] COMMON = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x370, 0x3FF}, {0x1F00, 0x1FFF},
        {0x2010, 0x2044}, {0x20AC, 0x20AC}, {0x2116, 0x2116}, {0x2122, 0x2122}};
    private static final byte[] REGULAR = cut(FULL);

    private static byte[] cut(byte[] font) {
        try (TrueTypeFont ttf = parse(font)) {
            org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(ttf);
            java.util.Set<Integer> chars = new java.util.HashSet<>();
            var cmap = ttf.getUnicodeCmapLookup();
            for (int[] range : COMMON) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        chars.add(cp);
                    }
                }
            }
            subsetter.addAll(chars);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every character of the text is in the cut-down font. */
    private static boolean common(String text) {
        return text.codePoints().allMatch(cp -> {
            for (int[] range : COMMON) {
                if (cp >= range[0] && cp <= range[1]) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * DejaVu Sans, parsed once per rendering thread, with the advance widths of the characters it has measured. The
     * widths are read from the font's tables here rather than asked of PDFBox, which would read the widths of all
     * 6,000 glyphs for every document; headings are drawn in the same font with a stroked outline (one font, one
     * subset per document: half the embedding work of a separate bold face).
     */
    private static final class Face {
        final TrueTypeFont ttf;
        final java.util.HashMap<Integer, Float> widths = new java.util.HashMap<>();
        final float unitsPerEm;

        Face(byte[] font) {
            ttf = parse(font);
            try {
                unitsPerEm = ttf.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The width of the text at size 1000, as PDFBox would compute it. */
        float width(String text) throws IOException {
            var cmap = ttf.getUnicodeCmapLookup();
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Float cached = widths.get(cp);
                if (cached == null) {
                    cached = ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / unitsPerEm;
                    widths.put(cp, cached);
                }
                w += cached;
            }
            return w;
        }
    }

    private static final ThreadLocal<Face> FACE = ThreadLocal.withInitial(() -> new Face(REGULAR));
    private static final ThreadLocal<Face> WHOLE_FACE = ThreadLocal.withInitial(() -> new Face(FULL));

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 36;

    private final CertificateTemplate template;

    public PdfCertificateRenderer(CertificateTemplate template) {
        this.template = template;
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfCertificateRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(CertificateDocument d, OutputStream out) throws IOException {
        Map<String, String> values = Map.of(
                "edition", d.editionTitle(),
                "dates", d.conferenceDates() == null ? "" : d.conferenceDates(),
                "name", d.fullName(),
                "attended", d.attended() == null ? "" : d.attended(),
                "date", d.issuedOn() == null ? "" : GreekDates.longDate(d.issuedOn()),
                "organiser", d.organiser() == null ? template.text("organiser", Map.of()) : d.organiser(),
                "url", d.verificationUrl(),
                "code", d.code());
        StringBuilder drawn = new StringBuilder(d.fullName()).append(values.get("organiser"));
        for (String key : new String[] {"heading", "intro", "attended", "detail", "issued", "signatory", "code",
            "verify"}) {
            drawn.append(template.text(key, values));
        }
        Face face = common(drawn.toString()) ? FACE.get() : WHOLE_FACE.get();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(template.text("heading", values) + " — " + d.fullName());
            info.setSubject(d.editionTitle());
            info.setKeywords(d.code());
            info.setProducer("Synedrio");
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            Font regular = new Font(PDType0Font.load(doc, face.ttf, true), face, false);
            Font bold = new Font(regular.pdf, face, true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                frame(cs);
                if (template.logo() != null) {
                    image(doc, cs, template.logo(), "logo", MARGIN + 20, HEIGHT - MARGIN - 90, 160, 70);
                }
                centred(cs, bold, 30, HEIGHT - 150, template.text("heading", values));
                centred(cs, regular, 15, HEIGHT - 200, template.text("intro", values));
                centred(cs, bold, 26, HEIGHT - 245, d.fullName());
                centred(cs, regular, 15, HEIGHT - 290, template.text("attended", values));
                centred(cs, regular, 15, HEIGHT - 315, template.text("detail", values));
                text(cs, regular, 12, MARGIN + 40, 200, template.text("issued", values));
                float right = WIDTH - MARGIN - 40;
                if (template.signature() != null) {
                    image(doc, cs, template.signature(), "signature", right - 200, 150, 200, 60);
                }
                rightAligned(cs, regular, 11, right, 135, template.text("signatory", values));
                rightAligned(cs, bold, 12, right, 118, values.get("organiser"));
                qr(cs, d.verificationUrl(), MARGIN + 40, MARGIN + 30, 90);
                text(cs, bold, 11, MARGIN + 145, MARGIN + 64, template.text("code", values));
                text(cs, regular, 10, MARGIN + 145, MARGIN + 46, template.text("verify", values));
            }
            doc.save(out);
        }
    }

    private static void frame(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(0.12f, 0.30f, 0.55f);
        cs.setLineWidth(3);
        cs.addRect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN);
        cs.stroke();
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN + 7, MARGIN + 7, WIDTH - 2 * MARGIN - 14, HEIGHT - 2 * MARGIN - 14);
        cs.stroke();
        cs.setStrokingColor(0f, 0f, 0f);
    }

    /** The embedded font, and whether to draw it bold (filled and outlined). */
    private record Font(PDFont pdf, Face face, boolean bold) {

        float getStringWidth(String text) throws IOException {
            return face.width(text);
        }
    }

    /** The size at which the text fits the width, at most {@code size}. */
    private static float fit(Font font, float size, String text, float width) throws IOException {
        float w = font.getStringWidth(text) / 1000 * size;
        return w <= width ? size : size * width / w;
    }

    private static void centred(PDPageContentStream cs, Font font, float size, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float s = fit(font, size, text, WIDTH - 2 * MARGIN - 80);
        float w = font.getStringWidth(text) / 1000 * s;
        text(cs, font, s, (WIDTH - w) / 2, y, text);
    }

    private static void rightAligned(PDPageContentStream cs, Font font, float size, float right, float y,
                                     String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float w = font.getStringWidth(text) / 1000 * size;
        text(cs, font, size, right - w, y, text);
    }

    private static void text(PDPageContentStream cs, Font font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float s = fit(font, size, text, WIDTH - MARGIN - 40 - x);
        cs.beginText();
        if (font.bold()) {
            cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
            cs.setLineWidth(s / 30);
        } else {
            cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
        }
        cs.setFont(font.pdf(), s);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static void image(PDDocument doc, PDPageContentStream cs, byte[] bytes, String name, float x, float y,
                              float maxWidth, float maxHeight) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, name);
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        cs.drawImage(image, x, y, image.getWidth() * scale, image.getHeight() * scale);
    }

    /** The URL as a QR code of {@code size} points, its modules filled squares, with a quiet zone of 2 modules. */
    private static void qr(PDPageContentStream cs, String url, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("cannot encode the verification URL as a QR code: " + e.getMessage(), e);
        }
        float module = size / m.getWidth();
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x, y, size, size);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
    }
}
