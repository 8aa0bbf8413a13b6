package gr.etwinning.synedrio.application.service.report;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase;
import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.application.port.in.comment.ListCommentsUseCase;
import gr.etwinning.synedrio.application.port.in.comment.SelectCommentUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport.Outcome;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.EvaluationComment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluation comments, recorded as written and numbered per edition; the organisers choose which the report
 * quotes. A text is recorded once per edition (compared exactly, after trimming), so a dataset imports idempotently.
 */
@Singleton
public final class CommentService implements AddCommentUseCase, ListCommentsUseCase, SelectCommentUseCase {

    private final ConferenceRepository conferences;
    private final CommentRepository comments;
    private final TransactionPort transactions;

    @Inject
    public CommentService(ConferenceRepository conferences, CommentRepository comments,
                          TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.comments = Objects.requireNonNull(comments, "'comments' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public CommentData addComment(AddCommentCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        EvaluationComment checked = new EvaluationComment(1, command.text(), command.selected());
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            List<EvaluationComment> stored = comments.list(edition);
            Optional<EvaluationComment> same = stored.stream().filter(c -> c.text().equals(checked.text()))
                    .findFirst();
            if (same.isPresent()) {
                throw new ConflictException("comment " + same.get().number(), "edition " + edition
                        + " has this comment already, as number " + same.get().number());
            }
            EvaluationComment c = new EvaluationComment(next(stored), checked.text(), checked.selected());
            comments.save(edition, c);
            return toData(c);
        });
    }

    @Override
    public List<CommentData> listComments(int edition, boolean selectedOnly) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(e);
            return comments.list(e).stream().filter(c -> !selectedOnly || c.selected())
                    .map(CommentService::toData).toList();
        });
    }

    @Override
    public List<CommentData> selectComments(int edition, List<Integer> numbers, boolean selected) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(e);
            List<EvaluationComment> stored = comments.list(e);
            List<CommentData> result = new java.util.ArrayList<>();
            for (int number : numbers) {
                EvaluationComment c = stored.stream().filter(x -> x.number() == number).findFirst()
                        .orElseThrow(() -> new NotFoundException("comment " + number, "edition " + e
                                + " has no comment " + number));
                EvaluationComment changed = c.select(selected);
                if (!changed.equals(c)) {
                    comments.save(e, changed);
                }
                result.add(toData(changed));
            }
            return result;
        });
    }

    /** Stores a dataset's comments inside the caller's transaction: new texts added, choices brought in line. */
    public Outcome store(EditionNumber edition, List<CommentData> given) {
        List<EvaluationComment> stored = new java.util.ArrayList<>(comments.list(edition));
        boolean wasEmpty = stored.isEmpty();
        boolean changed = false;
        for (CommentData d : given) {
            EvaluationComment checked = toComment(d);
            Optional<EvaluationComment> same = stored.stream().filter(c -> c.text().equals(checked.text()))
                    .findFirst();
            if (same.isPresent()) {
                if (same.get().selected() != checked.selected()) {
                    comments.save(edition, same.get().select(checked.selected()));
                    changed = true;
                }
                continue;
            }
            EvaluationComment c = new EvaluationComment(next(stored), checked.text(), checked.selected());
            comments.save(edition, c);
            stored.add(c);
            changed = true;
        }
        return !changed ? Outcome.UNCHANGED : wasEmpty ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Refuses an empty or blank comment of a dataset before anything is written. */
    public static void checkComment(CommentData d) {
        toComment(d);
    }

    /** A dataset's comment, checked; its number is given on storing. */
    static EvaluationComment toComment(CommentData d) {
        if (d == null) {
            throw new InvalidValueException("comment", "a comment is empty");
        }
        return new EvaluationComment(1, d.text(), Boolean.TRUE.equals(d.selected()));
    }

    private static int next(List<EvaluationComment> stored) {
        return stored.stream().mapToInt(EvaluationComment::number).max().orElse(0) + 1;
    }

    private void requireEdition(EditionNumber edition) {
        if (!conferences.exists(edition)) {
            throw new NotFoundException("edition " + edition, "there is no edition " + edition);
        }
    }

    static CommentData toData(EvaluationComment c) {
        return new CommentData(c.number(), c.text(), c.selected());
    }
}
