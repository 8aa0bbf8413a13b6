package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.EvaluationComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Evaluation comments per edition, by number; rolled back by {@link FakeTransactionPort}. */
public final class InMemoryCommentRepository implements CommentRepository, Snapshotting {

    private Map<EditionNumber, TreeMap<Integer, EvaluationComment>> rows = new TreeMap<>();

    @Override
    public List<EvaluationComment> list(EditionNumber edition) {
        return new ArrayList<>(rows.getOrDefault(edition, new TreeMap<>()).values());
    }

    @Override
    public void save(EditionNumber edition, EvaluationComment comment) {
        rows.computeIfAbsent(edition, e -> new TreeMap<>()).put(comment.number(), comment);
    }

    @Override
    public Runnable snapshot() {
        Map<EditionNumber, TreeMap<Integer, EvaluationComment>> copy = new TreeMap<>();
        rows.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        return () -> rows = copy;
    }
}
