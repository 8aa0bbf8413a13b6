package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.EvaluationCommentRecord;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import org.jooq.exception.DataAccessException;

import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.EVALUATION_COMMENT;

/** An edition's evaluation comments in {@code evaluation_comment}, by number. */
@Singleton
public final class JooqCommentRepository implements CommentRepository {

    private final Database database;

    @Inject
    public JooqCommentRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<EvaluationComment> list(EditionNumber edition) {
        return database.dsl().selectFrom(EVALUATION_COMMENT).where(EVALUATION_COMMENT.EDITION.eq(edition.value()))
                .orderBy(EVALUATION_COMMENT.NUMBER)
                .fetch(r -> new EvaluationComment(r.getNumber(), r.getCommentText(), r.getSelected()));
    }

    @Override
    public void save(EditionNumber edition, EvaluationComment c) {
        var dsl = database.dsl();
        EvaluationCommentRecord r = new EvaluationCommentRecord();
        r.setEdition(edition.value());
        r.setNumber(c.number());
        r.setCommentText(c.text());
        r.setSelected(c.selected());
        try {
            if (dsl.update(EVALUATION_COMMENT).set(r).where(EVALUATION_COMMENT.EDITION.eq(edition.value()))
                    .and(EVALUATION_COMMENT.NUMBER.eq(c.number())).execute() == 0) {
                dsl.insertInto(EVALUATION_COMMENT).set(r).execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    /** New comments in one multi-row insert per thousand: an evaluation import brings thousands at once. */
    @Override
    public void addAll(EditionNumber edition, List<EvaluationComment> comments) {
        var dsl = database.dsl();
        try {
            for (int from = 0; from < comments.size(); from += 1000) {
                var insert = dsl.insertInto(EVALUATION_COMMENT, EVALUATION_COMMENT.EDITION, EVALUATION_COMMENT.NUMBER,
                        EVALUATION_COMMENT.COMMENT_TEXT, EVALUATION_COMMENT.SELECTED);
                for (EvaluationComment c : comments.subList(from, Math.min(comments.size(), from + 1000))) {
                    insert = insert.values(edition.value(), c.number(), c.text(), c.selected());
                }
                insert.execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }
}
