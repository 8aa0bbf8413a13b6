package gr.etwinning.synedrio.application.port.in.programme;

import gr.etwinning.synedrio.domain.programme.ProgrammeProblem;

import java.util.List;

/**
 * Lists every problem of an edition's programme at once, errors and warnings, each with the rule, the items
 * involved and a sentence for the operator. With a draft it checks the draft instead of the stored programme,
 * without storing anything: a draft may be broken in many ways at once, and each way is listed.
 */
public interface CheckProgrammeUseCase {

    ProgrammeCheckData checkProgramme(CheckProgrammeQuery query);

    /**
     * The same problems in the same order, as the model states them: with the named values each sentence was made
     * of, for a wording in another language than the API's English (the command line's Greek).
     */
    List<ProgrammeProblem> problems(CheckProgrammeQuery query);

    /** {@code draft} is {@code null} to check the stored programme. */
    record CheckProgrammeQuery(int edition, ProgrammeData draft) {
    }

    /** One problem: {@code severity} is {@code error} or {@code warning}. */
    record ProblemData(String severity, String rule, List<String> items, String message) {
    }

    /** The problems found, errors first, in programme order within each severity. */
    record ProgrammeCheckData(int edition, int errors, int warnings, List<ProblemData> problems) {

        public ProgrammeCheckData {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return errors > 0;
        }
    }
}
