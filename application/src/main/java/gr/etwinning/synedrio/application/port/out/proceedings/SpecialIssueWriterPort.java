package gr.etwinning.synedrio.application.port.out.proceedings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes what the e-journal needs of the papers chosen for its special issue: their metadata as CSV or JSON, or a
 * ZIP with both and the papers' PDFs.
 */
public interface SpecialIssueWriterPort {

    enum Format { CSV, JSON, ZIP }

    void write(SpecialIssue issue, Format format, OutputStream out) throws IOException;

    /**
     * @param edition       the conference's edition
     * @param conference    its title
     * @param volumeIsbn    the proceedings' ISBN (hyphenated), or null
     * @param articles      in programme order
     */
    record SpecialIssue(int edition, String conference, String volumeIsbn, List<Article> articles) {
        public SpecialIssue {
            articles = List.copyOf(articles);
        }
    }

    /**
     * A chosen paper. Unknown parts are null (title, abstract) or empty (authors, keywords); file is null when no
     * full text was submitted; fileName is where the ZIP holds it ({@code papers/ID.pdf}).
     */
    record Article(String id, String session, String title, List<VolumeRendererPort.Author> authors,
                   List<String> keywords, String abstractText, PaperFile file, String fileName, String missing) {
        public Article {
            authors = List.copyOf(authors);
            keywords = List.copyOf(keywords);
        }
    }
}
