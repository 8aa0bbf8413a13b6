package gr.etwinning.synedrio.application.port.out.evaluation;

import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;

import java.io.InputStream;
import java.util.List;

/**
 * Reads a survey tool's export of responses, streaming: the questions first, then one row per response, so that a
 * file of 100,000 responses is never held whole. Columns that are not questions (Google Forms' timestamp and
 * e-mail, Microsoft Forms' ID, times, name, points and feedback) are taken out. A file that is not such an export is
 * refused with an {@link gr.etwinning.synedrio.domain.InvalidValueException} whose message names the line and
 * column ("line 7, column 3: …").
 */
public interface SurveyExportPort {

    /**
     * @param format {@code AUTO} to tell the tool from the file (its name's ending and its header)
     * @return the format that was read
     */
    SurveyFormat read(InputStream content, String fileName, SurveyFormat format, Sink sink);

    /** Receives the export as it is read. */
    interface Sink {

        /**
         * The questions, in the file's column order, and the column of the file (1 = the first) each is in;
         * called once, before any response.
         */
        void questions(List<String> questions, List<Integer> columns);

        /** One response; {@code answers} holds one text per question (empty when not answered). */
        void response(SurveyRow row);
    }

    /**
     * One response as the file has it.
     *
     * @param line      the line (CSV) or row (Excel) it is on, 1 = the first
     * @param submitted when it was submitted, as the tool wrote it (Excel dates as ISO {@code 2020-07-02T11:00:22});
     *                  never blank
     * @param email     the respondent's e-mail address when the form collected it, else {@code null}
     */
    record SurveyRow(int line, String submitted, String email, List<String> answers) {
    }
}
