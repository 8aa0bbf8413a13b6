package gr.etwinning.synedrio.application.port.out.proceedings;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What the call for papers holds for a contribution of an edition's programme: the accepted submission's abstract,
 * keywords and authors, and its full text when one was uploaded. The proceedings volume reads it; a contribution
 * that came from no submission (every one of 2021) has none, and the volume then says what is missing instead of
 * inventing text. Bound only where the call for papers is wired: users inject {@code Optional<SubmittedTexts>}
 * (Guice's {@code OptionalBinder}).
 */
public interface SubmittedTexts {

    /** The submission a contribution was accepted from, or empty when it came from none. */
    Optional<SubmittedText> of(EditionNumber edition, ContributionId contribution);

    /** Opens the uploaded full text (PDF) of a submission; the caller closes the stream. */
    InputStream openPaper(String paperSha256) throws IOException;

    /**
     * @param title        the submission's title as accepted
     * @param abstractText the abstract as written
     * @param keywords     keywords in the order given
     * @param authors      authors in their order, the contact among them
     * @param paper        the uploaded full text, when there is one and it is a PDF
     */
    record SubmittedText(String title, String abstractText, List<String> keywords, List<Author> authors,
                         Optional<Paper> paper) {
        public SubmittedText {
            keywords = List.copyOf(keywords);
            authors = List.copyOf(authors);
        }
    }

    /** An author as submitted: name and school as written (school may be null). */
    record Author(String name, String school) {
    }

    /** An uploaded full text: its content type, size in bytes and SHA-256 (hex), which {@link #openPaper} takes. */
    record Paper(String contentType, long bytes, String sha256) {
    }
}
