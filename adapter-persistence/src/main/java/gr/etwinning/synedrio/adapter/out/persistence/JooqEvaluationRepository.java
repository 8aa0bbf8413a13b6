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
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;

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
 * (see V9; keyed by response key since V15_3). Responses are written in key order in multi-row inserts
 * ({@link MultiRowInsert}), and read back through a cursor, so that neither an import nor a summary of 100,000 responses
 * holds them all or pays for a statement per row.
 */
@Singleton
public final class JooqEvaluationRepository implements EvaluationRepository {

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
        streamed(dsl -> {
            try (Cursor<Record1<String>> c = dsl.select(EVALUATION_RESPONSE.RESPONSE_KEY)
                    .from(EVALUATION_RESPONSE).where(EVALUATION_RESPONSE.EDITION.eq(edition.value()))
                    .fetchSize(FETCH).fetchLazy()) {
                for (Record1<String> r : c) {
                    keys.add(r.value1());
                }
            }
        });
        return keys;
    }

    /**
     * Runs a query through a cursor as a stream on H2 too: H2 otherwise computes the whole result before the first
     * row (and past 40,000 rows writes it to a temporary file), which was most of a 100,000-response summary's time.
     * The connection's setting is put back after.
     */
    private void streamed(java.util.function.Consumer<org.jooq.DSLContext> query) {
        if (!database.settings().isH2()) {
            query.accept(database.dsl());
            return;
        }
        database.dsl().connection(c -> {
            var one = org.jooq.impl.DSL.using(c, database.dialect()); // the setting is the connection's
            one.execute("set lazy_query_execution true");
            try {
                query.accept(one);
            } finally {
                one.execute("set lazy_query_execution false");
            }
        });
    }

    @Override
    public void addResponses(EditionNumber edition, List<EvaluationResponse> responses) {
        var dsl = database.dsl();
        // in key order: each B-tree of the table grows at its edge instead of splitting pages anywhere
        List<EvaluationResponse> sorted = new ArrayList<>(responses);
        sorted.sort(java.util.Comparator.comparing(EvaluationResponse::key));
        try {
            // multi-row inserts: H2 executes a JDBC batch row by row, each a statement of its own, and that
            // overhead was most of the import's time after the page writes
            dsl.connection(connection -> MultiRowInsert.insert(connection, "evaluation_response",
                    "edition, response_key, submitted, registration_id, answers", 5, sorted, (ps, i, r) -> {
                        ps.setInt(i, edition.value());
                        ps.setString(i + 1, r.key());
                        ps.setString(i + 2, r.submitted());
                        if (r.registrationId() == null) {
                            ps.setNull(i + 3, Types.BIGINT);
                        } else {
                            ps.setLong(i + 3, r.registrationId());
                        }
                        ps.setString(i + 4, encode(r.answers()));
                    }));
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
        streamed(dsl -> {
            try (Cursor<Record2<String, Long>> c = dsl.select(EVALUATION_RESPONSE.ANSWERS,
                            EVALUATION_RESPONSE.REGISTRATION_ID).from(EVALUATION_RESPONSE)
                    .where(EVALUATION_RESPONSE.EDITION.eq(edition.value())).fetchSize(FETCH).fetchLazy()) {
                for (Record2<String, Long> r : c) {
                    tally.add(decode(r.value1()), r.value2() != null);
                }
            }
        });
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
