package gr.etwinning.synedrio.application.port.out.cfp;

import gr.etwinning.synedrio.domain.cfp.CallForPapers;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where calls for papers, submissions and their uploaded full texts are kept. */
public interface SubmissionRepository {

    Optional<CallForPapers> findCall(EditionNumber edition);

    /** The call, its row locked until the transaction ends (submissions of an edition take numbers in turn). */
    Optional<CallForPapers> lockCall(EditionNumber edition);

    /** Adds or replaces the edition's call. */
    void saveCall(CallForPapers call, Instant at);

    /** The next free public number of the edition (1, 2, …); call with the call's row locked. */
    int nextNumber(EditionNumber edition);

    /** Stores a new submission with its authors; returns it with its id. */
    StoredSubmission add(StoredSubmission submission);

    /** Stores every field and the authors of a stored submission (by id). */
    void update(StoredSubmission submission);

    Optional<StoredSubmission> findByCode(String code);

    /** The same, its row locked until the transaction ends. */
    Optional<StoredSubmission> lockByCode(String code);

    Optional<StoredSubmission> findByNumber(EditionNumber edition, int number);

    Optional<StoredSubmission> lockByNumber(EditionNumber edition, int number);

    /** The accepted submission that became that contribution of the programme, if any. */
    Optional<StoredSubmission> findByContribution(EditionNumber edition, String contribution);

    /** The edition's submissions by number. */
    List<StoredSubmission> list(EditionNumber edition);

    /** Stores a full text under its SHA-256 unless one with that hash is stored already. */
    void savePaper(String sha256, String contentType, byte[] content, Instant at);

    /** A stored full text's bytes. */
    Optional<byte[]> paper(String sha256);
}
