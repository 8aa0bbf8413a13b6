package gr.etwinning.synedrio.domain.cfp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PaperContentTest {

    @Test
    void aPdfAndADocxAreKnownByTheirBytesAndNothingElseIs() {
        assertThat(PaperContent.typeOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .hasValue(PaperContent.PDF);
        assertThat(PaperContent.typeOf("PK\u0003\u0004....[Content_Types].xml..word/document.xml"
                .getBytes(StandardCharsets.ISO_8859_1))).hasValue(PaperContent.DOCX);
        assertThat(PaperContent.typeOf("PK\u0003\u0004....xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty(); // a spreadsheet is a ZIP too
        assertThat(PaperContent.typeOf(" %PDF-1.7 but not first".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PaperContent.typeOf("Κείμενο".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PaperContent.typeOf(new byte[0])).isEmpty();
    }
}
