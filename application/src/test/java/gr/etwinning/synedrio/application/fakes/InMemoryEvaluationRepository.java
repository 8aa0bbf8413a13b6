package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.evaluation.EvaluationRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.EvaluationResponse;
import gr.etwinning.synedrio.domain.evaluation.EvaluationTally;
import gr.etwinning.synedrio.domain.evaluation.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An edition's survey questions and responses in memory; rolled back by {@link FakeTransactionPort}. */
public final class InMemoryEvaluationRepository implements EvaluationRepository, Snapshotting {

    private Map<EditionNumber, TreeMap<Integer, Question>> questions = new HashMap<>();
    private Map<EditionNumber, List<EvaluationResponse>> responses = new HashMap<>();
    /** Registrations by e-mail key, as the registration store would answer. */
    public final Map<String, Long> registrations = new HashMap<>();

    @Override
    public List<Question> questions(EditionNumber edition) {
        return new ArrayList<>(questions.getOrDefault(edition, new TreeMap<>()).values());
    }

    @Override
    public void saveQuestion(EditionNumber edition, Question question) {
        questions.computeIfAbsent(edition, e -> new TreeMap<>()).put(question.number(), question);
    }

    @Override
    public Set<String> responseKeys(EditionNumber edition) {
        return responses(edition).stream().map(EvaluationResponse::key).collect(Collectors.toSet());
    }

    @Override
    public void addResponses(EditionNumber edition, List<EvaluationResponse> added) {
        responses.computeIfAbsent(edition, e -> new ArrayList<>()).addAll(added);
    }

    @Override
    public long countResponses(EditionNumber edition) {
        return responses(edition).size();
    }

    @Override
    public void tally(EditionNumber edition, EvaluationTally tally) {
        responses(edition).forEach(r -> tally.add(r.answers(), r.registrationId() != null));
    }

    @Override
    public Map<String, Long> registrationsByEmailKey(EditionNumber edition) {
        return Map.copyOf(registrations);
    }

    public List<EvaluationResponse> responses(EditionNumber edition) {
        return List.copyOf(responses.getOrDefault(edition, List.of()));
    }

    @Override
    public Runnable snapshot() {
        Map<EditionNumber, TreeMap<Integer, Question>> q = new HashMap<>();
        questions.forEach((k, v) -> q.put(k, new TreeMap<>(v)));
        Map<EditionNumber, List<EvaluationResponse>> r = new HashMap<>();
        responses.forEach((k, v) -> r.put(k, new ArrayList<>(v)));
        return () -> {
            questions = q;
            responses = r;
        };
    }
}
