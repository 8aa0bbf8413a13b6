package gr.etwinning.synedrio.domain.cfp;

import java.util.Optional;

/**
 * What an uploaded full text is, judged by its bytes, never by a name or a declared type: a PDF starts with
 * {@code %PDF-}; a DOCX is a ZIP archive ({@code PK\3\4}) whose entries include {@code word/document.xml} (a ZIP
 * keeps its entries' names uncompressed, so they can be looked for in the bytes).
 */
public final class PaperContent {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] DOCX_ENTRY = ascii("word/document.xml");

    private PaperContent() {
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    public static Optional<String> typeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && contains(bytes, DOCX_ENTRY)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    public static String extension(String type) {
        return PDF.equals(type) ? "pdf" : "docx";
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
