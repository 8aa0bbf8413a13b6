package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.evaluation.EvaluationRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.EvaluationResponse;
import gr.etwinning.synedrio.domain.evaluation.EvaluationTally;
import gr.etwinning.synedrio.domain.evaluation.Question;
import gr.etwinning.synedrio.domain.evaluation.QuestionType;
import org.jooq.Cursor;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.EVALUATION_OPTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.EVALUATION_QUESTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.EVALUATION_RESPONSE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;

/**
 * An edition's survey in {@code evaluation_question}, {@code evaluation_option} and {@code evaluation_response}
 * (see V9). Responses are written as one JDBC batch (rewritten into multi-row inserts on MariaDB) with the statement
 * jOOQ renders once, and read back through a cursor, so that neither an import nor a summary of 100,000 responses
 * holds them all or pays for a statement per row.
 */
@Singleton
public final class JooqEvaluationRepository implements EvaluationRepository {

    private static final int BATCH = 1000;
    private static final int FETCH = 2000;

    private final Database database;

    @Inject
    public JooqEvaluationRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Question> questions(EditionNumber edition) {
        var dsl = database.dsl();
        Map<Integer, List<String>> options = new HashMap<>();
        dsl.select(EVALUATION_OPTION.QUESTION, EVALUATION_OPTION.LABEL).from(EVALUATION_OPTION)
                .where(EVALUATION_OPTION.EDITION.eq(edition.value()))
                .orderBy(EVALUATION_OPTION.QUESTION, EVALUATION_OPTION.NUMBER)
                .forEach(r -> options.computeIfAbsent(r.value1(), q -> new ArrayList<>()).add(r.value2()));
        return dsl.selectFrom(EVALUATION_QUESTION).where(EVALUATION_QUESTION.EDITION.eq(edition.value()))
                .orderBy(EVALUATION_QUESTION.NUMBER)
                .fetch(r -> new Question(r.getNumber(), r.getQuestionText(),
                        QuestionType.of(r.getQuestionType()), r.getScale(),
                        options.getOrDefault(r.getNumber(), List.of())));
    }

    @Override
    public void saveQuestion(EditionNumber edition, Question q) {
        var dsl = database.dsl();
        try {
            int updated = dsl.update(EVALUATION_QUESTION).set(EVALUATION_QUESTION.QUESTION_TEXT, q.text())
                    .set(EVALUATION_QUESTION.QUESTION_TYPE, q.type().code())
                    .set(EVALUATION_QUESTION.SCALE, q.scale())
                    .where(EVALUATION_QUESTION.EDITION.eq(edition.value()))
                    .and(EVALUATION_QUESTION.NUMBER.eq(q.number())).execute();
            if (updated == 0) {
                dsl.insertInto(EVALUATION_QUESTION).set(EVALUATION_QUESTION.EDITION, edition.value())
                        .set(EVALUATION_QUESTION.NUMBER, q.number())
                        .set(EVALUATION_QUESTION.QUESTION_TEXT, q.text())
                        .set(EVALUATION_QUESTION.QUESTION_TYPE, q.type().code())
                        .set(EVALUATION_QUESTION.SCALE, q.scale()).execute();
            }
            dsl.deleteFrom(EVALUATION_OPTION).where(EVALUATION_OPTION.EDITION.eq(edition.value()))
                    .and(EVALUATION_OPTION.QUESTION.eq(q.number())).execute();
            if (!q.options().isEmpty()) {
                var insert = dsl.insertInto(EVALUATION_OPTION, EVALUATION_OPTION.EDITION, EVALUATION_OPTION.QUESTION,
                        EVALUATION_OPTION.NUMBER, EVALUATION_OPTION.LABEL);
                for (int i = 0; i < q.options().size(); i++) {
                    insert = insert.values(edition.value(), q.number(), i + 1, q.options().get(i));
                }
                insert.execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Set<String> responseKeys(EditionNumber edition) {
        Set<String> keys = new HashSet<>();
        try (Cursor<Record2<String, Integer>> c = database.dsl().select(EVALUATION_RESPONSE.RESPONSE_KEY,
                        EVALUATION_RESPONSE.EDITION).from(EVALUATION_RESPONSE)
                .where(EVALUATION_RESPONSE.EDITION.eq(edition.value())).fetchSize(FETCH).fetchLazy()) {
            for (Record2<String, Integer> r : c) {
                keys.add(r.value1());
            }
        }
        return keys;
    }

    @Override
    public void addResponses(EditionNumber edition, List<EvaluationResponse> responses) {
        var dsl = database.dsl();
        Integer max = dsl.select(DSL.max(EVALUATION_RESPONSE.NUMBER)).from(EVALUATION_RESPONSE)
                .where(EVALUATION_RESPONSE.EDITION.eq(edition.value())).fetchOne(0, Integer.class);
        int next = (max == null ? 0 : max) + 1;
        String sql = dsl.render(dsl.insertInto(EVALUATION_RESPONSE, EVALUATION_RESPONSE.EDITION,
                EVALUATION_RESPONSE.NUMBER, EVALUATION_RESPONSE.RESPONSE_KEY, EVALUATION_RESPONSE.SUBMITTED,
                EVALUATION_RESPONSE.REGISTRATION_ID, EVALUATION_RESPONSE.ANSWERS)
                .values((Integer) null, null, null, null, null, null));
        int first = next;
        try {
            database.changed("evaluation_response"); // written over plain JDBC below: the report's data changes
            dsl.connection(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int n = first;
                    int pending = 0;
                    for (EvaluationResponse r : responses) {
                        ps.setInt(1, edition.value());
                        ps.setInt(2, n++);
                        ps.setString(3, r.key());
                        ps.setString(4, r.submitted());
                        if (r.registrationId() == null) {
                            ps.setNull(5, Types.BIGINT);
                        } else {
                            ps.setLong(5, r.registrationId());
                        }
                        ps.setString(6, encode(r.answers()));
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        ps.executeBatch();
                    }
                }
            });
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                throw new RetryTransaction("responses of the same survey were stored meanwhile");
            }
            throw Failures.translate(e);
        }
    }

    @Override
    public long countResponses(EditionNumber edition) {
        return database.dsl().fetchCount(EVALUATION_RESPONSE, EVALUATION_RESPONSE.EDITION.eq(edition.value()));
    }

    @Override
    public void tally(EditionNumber edition, EvaluationTally tally) {
        try (Cursor<Record2<String, Long>> c = database.dsl().select(EVALUATION_RESPONSE.ANSWERS,
                        EVALUATION_RESPONSE.REGISTRATION_ID).from(EVALUATION_RESPONSE)
                .where(EVALUATION_RESPONSE.EDITION.eq(edition.value())).fetchSize(FETCH).fetchLazy()) {
            for (Record2<String, Long> r : c) {
                tally.add(decode(r.value1()), r.value2() != null);
            }
        }
    }

    @Override
    public Map<String, Long> registrationsByEmailKey(EditionNumber edition) {
        Map<String, Long> m = new LinkedHashMap<>();
        database.dsl().select(REGISTRATION.EMAIL_KEY, REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EDITION.eq(edition.value())).and(REGISTRATION.EMAIL_KEY.isNotNull())
                .and(REGISTRATION.ERASED_AT.isNull())
                .forEach(r -> m.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        return m;
    }

    /** "5,3,0,1": one number per question. */
    static String encode(int[] answers) {
        StringBuilder s = new StringBuilder(answers.length * 3);
        for (int i = 0; i < answers.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(answers[i]);
        }
        return s.toString();
    }

    static int[] decode(String answers) {
        if (answers.isEmpty()) {
            return new int[0];
        }
        int count = 1;
        for (int i = 0; i < answers.length(); i++) {
            if (answers.charAt(i) == ',') {
                count++;
            }
        }
        int[] out = new int[count];
        int at = 0;
        int value = 0;
        for (int i = 0; i < answers.length(); i++) {
            char ch = answers.charAt(i);
            if (ch == ',') {
                out[at++] = value;
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        out[at] = value;
        return out;
    }
}
