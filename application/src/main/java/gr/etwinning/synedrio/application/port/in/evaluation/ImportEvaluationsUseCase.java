package gr.etwinning.synedrio.application.port.in.evaluation;

import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an evaluation survey's export (Google Forms CSV, Microsoft Forms Excel or CSV) into an edition's responses:
 * each question's answers counted by option, free-text answers recorded as evaluation comments as written. All or
 * nothing: a file that cannot be read is refused with the line and column of the problem and nothing is written.
 * Importing the same file again changes nothing; a response already stored (same submission time and e-mail
 * address) is not stored twice.
 */
public interface ImportEvaluationsUseCase {

    EvaluationImportReport importEvaluations(ImportEvaluationsCommand command);

    /**
     * @param content       the file, read once, start to end (the caller closes it)
     * @param fileName      names the file in messages; its ending helps tell the format ({@code .xlsx})
     * @param questionTypes question text → type ({@code likert}, {@code choice}, {@code checkbox}, {@code text})
     *                      where the operator overrides what the answers suggest
     */
    record ImportEvaluationsCommand(int edition, String fileName, InputStream content, SurveyFormat format,
                                    Map<String, String> questionTypes) {
        public ImportEvaluationsCommand {
            Objects.requireNonNull(fileName, "'fileName' must not be null");
            Objects.requireNonNull(content, "'content' must not be null");
            format = format == null ? SurveyFormat.AUTO : format;
            questionTypes = questionTypes == null ? Map.of() : Map.copyOf(questionTypes);
        }
    }

    /**
     * What the import did: the format read, the responses in the file, those added, those already stored and the
     * copies inside the file itself, how many belong to registered participants, the comments added, and each
     * question with its type and options.
     */
    record EvaluationImportReport(int edition, String format, long rows, long added, long alreadyStored,
                                  long duplicatesInFile, long registered, long commentsAdded,
                                  List<QuestionData> questions) {
        public EvaluationImportReport {
            questions = List.copyOf(questions);
        }
    }

    /** A question as stored: number, text, type code, Likert scale name (or null) and options in order. */
    record QuestionData(int number, String text, String type, String scale, List<String> options) {
        public QuestionData {
            options = List.copyOf(options);
        }
    }
}
