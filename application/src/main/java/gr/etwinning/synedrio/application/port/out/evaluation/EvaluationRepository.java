package gr.etwinning.synedrio.application.port.out.evaluation;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.EvaluationResponse;
import gr.etwinning.synedrio.domain.evaluation.EvaluationTally;
import gr.etwinning.synedrio.domain.evaluation.Question;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an edition's evaluation survey is kept: its questions with their options, and its responses, anonymous
 * (a digest of submission time and e-mail address, never either; answers as option numbers). The edition must
 * exist for every write.
 */
public interface EvaluationRepository {

    /** The edition's questions, by number. */
    List<Question> questions(EditionNumber edition);

    /** Adds the question, or replaces the edition's question with the same number (its options may only grow). */
    void saveQuestion(EditionNumber edition, Question question);

    /** The keys of the edition's stored responses. */
    Set<String> responseKeys(EditionNumber edition);

    /** Adds the responses, in one batch, after those stored. */
    void addResponses(EditionNumber edition, List<EvaluationResponse> responses);

    /** How many responses the edition has. */
    long countResponses(EditionNumber edition);

    /** Streams every response of the edition into the tally, one pass, without holding them. */
    void tally(EditionNumber edition, EvaluationTally tally);

    /**
     * The edition's registrations by the normalised key of their e-mail address ({@code EmailAddress#key}), to link
     * responses to them for counting; erased registrations are left out.
     */
    Map<String, Long> registrationsByEmailKey(EditionNumber edition);
}
