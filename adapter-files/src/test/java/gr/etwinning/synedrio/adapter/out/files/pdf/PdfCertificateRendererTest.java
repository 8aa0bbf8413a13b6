package gr.etwinning.synedrio.adapter.out.files.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort.CertificateDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PdfCertificateRendererTest {

    static final String URL = "https://synedrio.etwinning.gr/verify/7KQM-29XH-CD4T";

    static CertificateDocument document(String name) {
        return new CertificateDocument("7ο Πανελλήνιο Συνέδριο eTwinning", "19–21 Νοεμβρίου 2021", name,
                "2 ώρες και 5 λεπτά σε 3 συνεδρίες", LocalDate.of(2021, 11, 22),
                "Εθνική Υπηρεσία Υποστήριξης eTwinning", URL, "7KQM-29XH-CD4T");
    }

    static byte[] render(PdfCertificateRenderer renderer, CertificateDocument d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(d, out);
        return out.toByteArray();
    }

    @Test
    void theTextReadBackHoldsTheGreekNameExactlyTheCodeAndTheUrlOnAnA4LandscapePage() throws Exception {
        String name = "Αικατερίνη Παπαδοπούλου-Σταματίου";
        byte[] pdf = render(new PdfCertificateRenderer(CertificateTemplate.builtIn()), document(name));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.lines().map(String::strip)).contains(name, "ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ",
                    "Κωδικός επαλήθευσης: 7KQM-29XH-CD4T", "Επαλήθευση: " + URL,
                    "παρακολούθησε το «7ο Πανελλήνιο Συνέδριο eTwinning» (19–21 Νοεμβρίου 2021)",
                    "συνολικά 2 ώρες και 5 λεπτά σε 3 συνεδρίες", "Αθήνα, 22 Νοεμβρίου 2021",
                    "Εθνική Υπηρεσία Υποστήριξης eTwinning");
            List<String> fonts = new ArrayList<>();
            for (var fontName : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(fontName);
                fonts.add(f.getName());
                assertThat(f.isEmbedded()).isTrue();
            }
            assertThat(fonts).singleElement().asString().matches("[A-Z]{6}\\+DejaVuSans");
        }
        assertThat(pdf.length).as("a subset, not the 750 kB font").isLessThan(60_000);
    }

    @Test
    void aNameBeyondGreekAndLatinIsDrawnWithTheWholeFont() throws Exception {
        String name = "Ἀθηνᾶ Çelik-Ωρίωνος ✓ Ǆ Ѐлена";
        byte[] pdf = render(new PdfCertificateRenderer(CertificateTemplate.builtIn()), document(name));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).lines().map(String::strip)).contains(name);
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationUrl() throws Exception {
        byte[] pdf = render(new PdfCertificateRenderer(CertificateTemplate.builtIn()), document("Νίκος Ζαχαρίου"));
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        float scale = 200f / 72;
        int x = (int) (60 * scale);
        int size = (int) (130 * scale);
        int y = page.getHeight() - (int) (180 * scale);
        BufferedImage qr = page.getSubimage(x, y, size, size);
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(), qr.getHeight(),
                pixels)));
        String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(URL);
    }

    @Test
    void theOperatorsTemplateDirectoryChangesTheTextsWithoutARebuild(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("certificate.properties"), "heading=ΒΕΒΑΙΩΣΗ ΣΥΜΜΕΤΟΧΗΣ\n"
                + "issued=Θεσσαλονίκη, {date}\n", StandardCharsets.UTF_8);
        byte[] pdf = render(new PdfCertificateRenderer(CertificateTemplate.from(dir)), document("Ελένη Ρήγα"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ΒΕΒΑΙΩΣΗ ΣΥΜΜΕΤΟΧΗΣ", "Θεσσαλονίκη, 22 Νοεμβρίου 2021", "Βεβαιώνεται ότι")
                    .doesNotContain("ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ");
        }
    }

    @Test
    void rendersInParallelWithOneParsedFontPerThreadAndTheSameText() throws Exception {
        PdfCertificateRenderer renderer = new PdfCertificateRenderer(CertificateTemplate.builtIn());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "Συμμετέχουσα Αριθμός " + i;
                pdfs.add(pool.submit(() -> render(renderer, document(name))));
            }
            for (int i = 0; i < 40; i++) {
                try (PDDocument doc = Loader.loadPDF(pdfs.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("Συμμετέχουσα Αριθμός " + i + "\n");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
