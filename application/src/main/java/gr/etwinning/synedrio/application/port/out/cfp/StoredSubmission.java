package gr.etwinning.synedrio.application.port.out.cfp;

import gr.etwinning.synedrio.domain.cfp.SubmissionContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A submission as stored. {@code id} is the store's (0 before it is added); {@code number} its public id within the
 * edition; {@code code} the submitter's secret. {@code authorPersons} holds, per author in order, the programme's
 * person id once the submission is accepted (null before). {@code paper} is null until a full text is uploaded.
 */
public record StoredSubmission(long id, EditionNumber edition, int number, String code, SubmissionContent content,
                               SubmissionStatus status, String decidedAs, String session, String contribution,
                               List<String> authorPersons, Paper paper, Instant consentAt, Instant createdAt,
                               Instant updatedAt) {

    public StoredSubmission {
        List<String> persons = new ArrayList<>(authorPersons == null ? List.of() : authorPersons);
        while (persons.size() < content.authors().size()) {
            persons.add(null);
        }
        authorPersons = Collections.unmodifiableList(persons.subList(0, content.authors().size()));
    }

    /** An uploaded full text: SHA-256 (hex), content type as found in its bytes, size, when. */
    public record Paper(String sha256, String contentType, long bytes, Instant uploadedAt) {
    }

    /** New content; an author keeps their person id by e-mail address, however the authors were reordered. */
    public StoredSubmission with(SubmissionContent newContent, Instant at) {
        List<String> persons = new ArrayList<>();
        for (var a : newContent.authors()) {
            String pid = null;
            for (int i = 0; i < content.authors().size(); i++) {
                if (content.authors().get(i).email().key().equals(a.email().key())) {
                    pid = authorPersons.get(i);
                }
            }
            persons.add(pid);
        }
        return new StoredSubmission(id, edition, number, code, newContent, status, decidedAs, session, contribution,
                persons, paper, consentAt, createdAt, at);
    }

    public StoredSubmission withStatus(SubmissionStatus newStatus, String as, String inSession, String contributionId,
                                       List<String> persons, Instant at) {
        return new StoredSubmission(id, edition, number, code, content, newStatus, as, inSession, contributionId,
                persons, paper, consentAt, createdAt, at);
    }

    public StoredSubmission withPaper(Paper newPaper, Instant at) {
        return new StoredSubmission(id, edition, number, code, content, status, decidedAs, session, contribution,
                authorPersons, newPaper, consentAt, createdAt, at);
    }
}
