package gr.etwinning.synedrio.application.service.evaluation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.evaluation.EvaluationRepository;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;
import gr.etwinning.synedrio.application.service.evaluation.SurveyColumns.Column;
import gr.etwinning.synedrio.application.service.evaluation.SurveyColumns.Row;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.AnswerPattern;
import gr.etwinning.synedrio.domain.evaluation.EvaluationResponse;
import gr.etwinning.synedrio.domain.evaluation.EvaluationTally;
import gr.etwinning.synedrio.domain.evaluation.LikertScale;
import gr.etwinning.synedrio.domain.evaluation.Question;
import gr.etwinning.synedrio.domain.evaluation.QuestionSummary;
import gr.etwinning.synedrio.domain.evaluation.QuestionType;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluation surveys: an export is read whole first (compactly, see {@link SurveyColumns}) and only then, in one
 * transaction, checked against the questions already stored and written — so a file that fails anywhere writes
 * nothing, and no connection is held while a large file is read.
 *
 * <p>A response is told from another by a digest of its submission time and its e-mail address (the form's
 * timestamp is to the second, the address is the respondent's); when the form collected no address, by its
 * submission time, its answers and its place among identical responses of the file. Neither the address nor the answers' author is stored: the digest is one-way,
 * the link to a registration serves counting only, and free-text answers become evaluation comments apart from the
 * responses that gave them.
 */
@Singleton
public final class EvaluationService implements ImportEvaluationsUseCase, SummariseEvaluationsUseCase {

    private final ConferenceRepository conferences;
    private final EvaluationRepository evaluations;
    private final CommentRepository comments;
    private final SurveyExportPort surveys;
    private final TransactionPort transactions;

    @Inject
    public EvaluationService(ConferenceRepository conferences, EvaluationRepository evaluations,
                             CommentRepository comments, SurveyExportPort surveys, TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.evaluations = Objects.requireNonNull(evaluations, "'evaluations' must not be null");
        this.comments = Objects.requireNonNull(comments, "'comments' must not be null");
        this.surveys = Objects.requireNonNull(surveys, "'surveys' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public EvaluationImportReport importEvaluations(ImportEvaluationsCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        Map<String, QuestionType> overrides = new LinkedHashMap<>();
        Map<String, String> overrideTexts = new HashMap<>();
        command.questionTypes().forEach((text, type) -> {
            overrides.put(GreekText.key(text), QuestionType.of(type));
            overrideTexts.put(GreekText.key(text), text);
        });
        SurveyColumns file = new SurveyColumns();
        SurveyFormat format = surveys.read(command.content(), command.fileName(), command.format(), file);
        for (String key : overrides.keySet()) {
            if (file.columns.stream().noneMatch(c -> GreekText.key(c.question).equals(key))) {
                throw new InvalidValueException("--question", "the file asks no question '" + overrideTexts.get(key)
                        + "'; its questions: " + String.join(" | ", file.columns.stream().map(c -> c.question)
                        .toList()));
            }
        }
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            List<Question> stored = new ArrayList<>(evaluations.questions(edition));
            List<Question> planned = plan(file, stored, overrides);
            int[][] codes = codes(file, planned);
            int width = stored.size();
            for (Question q : planned) {
                width = Math.max(width, q.number());
            }
            Set<String> known = evaluations.responseKeys(edition);
            Map<String, Long> registered = evaluations.registrationsByEmailKey(edition);
            Set<String> commentTexts = new HashSet<>();
            List<EvaluationComment> storedComments = comments.list(edition);
            storedComments.forEach(c -> commentTexts.add(c.text()));
            int nextComment = storedComments.stream().mapToInt(EvaluationComment::number).max().orElse(0) + 1;
            List<EvaluationComment> newComments = new ArrayList<>();
            List<EvaluationResponse> added = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<String, Integer> anonymousCopies = new HashMap<>();
            MessageDigest sha256 = sha256(); // one for the whole file: looking a digest up costs more than using it
            long already = 0;
            long copies = 0;
            long linked = 0;
            for (Row row : file.rows) {
                String key = key(row, file, anonymousCopies, sha256);
                if (known.contains(key)) {
                    already++;
                    continue;
                }
                if (!seen.add(key)) {
                    copies++;
                    continue;
                }
                int[] answers = new int[width];
                for (int c = 0; c < file.columns.size(); c++) {
                    int v = row.answers()[c];
                    Question q = planned.get(c);
                    answers[q.number() - 1] = v == 0 ? 0 : codes[c][v - 1];
                    if (v != 0 && q.type() == QuestionType.TEXT) {
                        String text = comment(file.columns.get(c), v, row.line());
                        if (commentTexts.add(text)) {
                            newComments.add(new EvaluationComment(nextComment++, text, false));
                        }
                    }
                }
                Long registration = row.emailKey() == null ? null : registered.get(row.emailKey());
                if (registration != null) {
                    linked++;
                }
                added.add(new EvaluationResponse(key, row.submitted(), registration, answers));
            }
            for (Question q : planned) {
                if (!stored.contains(q)) {
                    evaluations.saveQuestion(edition, q);
                }
            }
            if (!added.isEmpty()) {
                evaluations.addResponses(edition, added);
            }
            if (!newComments.isEmpty()) {
                comments.addAll(edition, newComments);
            }
            return new EvaluationImportReport(edition.value(), format.code(), file.rows.size(), added.size(), already,
                    copies, linked, newComments.size(), planned.stream().map(EvaluationService::toData).toList());
        });
    }

    /**
     * The question each column asks: the stored one with the same text (its type kept; a choice question's new
     * answers become new options), or a new one numbered after the stored, typed by the operator or by its answers.
     */
    private static List<Question> plan(SurveyColumns file, List<Question> stored, Map<String, QuestionType> overrides) {
        List<Question> planned = new ArrayList<>();
        int next = stored.stream().mapToInt(Question::number).max().orElse(0) + 1;
        Set<String> keys = new HashSet<>();
        for (Column column : file.columns) {
            String key = GreekText.key(column.question);
            if (!keys.add(key)) {
                throw new InvalidValueException("column " + column.fileColumn, "column " + column.fileColumn
                        + " asks '" + column.question + "' a second time; every question must be asked once");
            }
            QuestionType wanted = overrides.get(key);
            AnswerPattern pattern = new AnswerPattern(column.pattern());
            Optional<Question> same = stored.stream().filter(q -> q.key().equals(key)).findFirst();
            Question q;
            if (same.isPresent()) {
                q = same.get();
                if (wanted != null && wanted != q.type()) {
                    throw new InvalidValueException("question", "question '" + column.question + "' was imported"
                            + " before as " + q.type().code() + "; it cannot become " + wanted.code());
                }
            } else {
                QuestionType type = wanted != null ? wanted : pattern.type();
                q = switch (type) {
                    case LIKERT -> Question.likert(next, column.question, scale(column, pattern));
                    case TEXT -> new Question(next, column.question, type, null, List.of());
                    case CHOICE, CHECKBOX -> new Question(next, column.question, type, null, List.of());
                };
                next++;
            }
            if (q.type() == QuestionType.CHOICE || q.type() == QuestionType.CHECKBOX) {
                try {
                    q = q.withOptions(pattern.options(q.type()));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("column " + column.fileColumn, "column " + column.fileColumn
                            + ": " + e.getMessage());
                }
            }
            planned.add(q);
        }
        return planned;
    }

    /** The scale of a column the operator calls Likert: the one its answers are on, or the line that is not. */
    private static LikertScale scale(Column column, AnswerPattern pattern) {
        Optional<LikertScale> scale = pattern.scale();
        if (scale.isPresent()) {
            return scale.get();
        }
        List<LikertScale> candidates = new ArrayList<>(LikertScale.WORDED);
        candidates.add(LikertScale.numeric(1, 5));
        LikertScale best = candidates.stream().max(java.util.Comparator.comparingLong(s -> column.values.stream()
                .filter(v -> s.position(v) >= 0).count())).orElseThrow();
        for (int i = 0; i < column.values.size(); i++) {
            if (best.position(column.values.get(i)) < 0) {
                throw new InvalidValueException("line " + column.firstLines.get(i), "line "
                        + column.firstLines.get(i) + ", column " + column.fileColumn + ": '" + column.values.get(i)
                        + "' is on no Likert scale Synedrio knows (the nearest: " + String.join(" … ",
                        best.labels()) + "); question '" + column.question + "'");
            }
        }
        return best;
    }

    /** For each column, each of its different answers as stored: option number, bits of options, or 1 (text). */
    private static int[][] codes(SurveyColumns file, List<Question> planned) {
        int[][] codes = new int[file.columns.size()][];
        for (int c = 0; c < codes.length; c++) {
            Column column = file.columns.get(c);
            Question q = planned.get(c);
            codes[c] = new int[column.values.size()];
            for (int i = 0; i < column.values.size(); i++) {
                String answer = column.values.get(i);
                codes[c][i] = switch (q.type()) {
                    case LIKERT, CHOICE -> {
                        int o = q.option(answer);
                        if (o < 0) {
                            throw new InvalidValueException("line " + column.firstLines.get(i), "line "
                                    + column.firstLines.get(i) + ", column " + column.fileColumn + ": '"
                                    + answer.strip() + "' is none of the answers of '" + q.text() + "': "
                                    + String.join(", ", q.options()));
                        }
                        yield o + 1;
                    }
                    case CHECKBOX -> {
                        int bits = 0;
                        for (String part : Question.parts(answer)) {
                            bits |= 1 << q.option(part);
                        }
                        yield bits;
                    }
                    case TEXT -> 1;
                };
            }
        }
        return codes;
    }

    /** A free-text answer as a comment: as written, line ends made plain, at most as long as a comment may be. */
    private static String comment(Column column, int value, int line) {
        String text = column.values.get(value - 1).replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.length() > EvaluationComment.MAX_LENGTH) {
            throw new InvalidValueException("line " + line, "line " + line + ", column " + column.fileColumn
                    + ": the answer is " + text.length() + " characters long; a comment holds at most "
                    + EvaluationComment.MAX_LENGTH);
        }
        return text;
    }

    /**
     * The digest that tells a response from another: its submission time and e-mail address; without an address,
     * its time, its answers and how many identical ones came before it in the file — two people may well give the
     * same answers in the same minute (real exports show it), and both count, while the same file read again gives
     * the same keys.
     */
    static String key(Row row, SurveyColumns file, Map<String, Integer> anonymousCopies, MessageDigest sha256) {
        StringBuilder s = new StringBuilder(row.submitted()).append('\n');
        if (row.emailKey() != null) {
            s.append(row.emailKey());
        } else {
            for (int c = 0; c < row.answers().length; c++) {
                int v = row.answers()[c];
                s.append('\u001f').append(v == 0 ? "" : file.columns.get(c).values.get(v - 1).strip());
            }
            s.append("\n#").append(anonymousCopies.merge(s.toString(), 1, Integer::sum));
        }
        byte[] d = sha256.digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public EvaluationSummary summariseEvaluations(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(e);
            EvaluationTally tally = new EvaluationTally(evaluations.questions(e));
            evaluations.tally(e, tally);
            return new EvaluationSummary(edition, tally.responses(), tally.registered(), tally.summaries().stream()
                    .map(EvaluationService::toData).toList());
        });
    }

    private static QuestionSummaryData toData(QuestionSummary s) {
        Question q = s.question();
        return new QuestionSummaryData(q.number(), q.text(), q.type().code(), s.answered(), s.countsByOption(),
                s.percentages(), s.mean().isPresent() ? s.mean().getAsDouble() : null, s.median());
    }

    private static QuestionData toData(Question q) {
        return new QuestionData(q.number(), q.text(), q.type().code(), q.scale(), q.options());
    }

    private void requireEdition(EditionNumber edition) {
        if (!conferences.exists(edition)) {
            throw new NotFoundException("edition " + edition, "there is no edition " + edition);
        }
    }
}
