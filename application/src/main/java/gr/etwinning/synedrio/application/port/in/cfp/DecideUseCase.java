package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;

/**
 * The committee's decisions: accepted submissions become contributions of the programme (their authors persons),
 * placed in their level's session; the authors are told by mail.
 */
public interface DecideUseCase {

    DecisionData decide(DecideCommand command);

    /** The edition's submissions ranked by mean score (best first), with their decisions. */
    List<RankedSubmission> decisions(int edition);

    /**
     * @param as      talk | workshop (null: by the submission's type)
     * @param session the session to place it in (null: the session of its level)
     */
    record DecideCommand(int edition, int number, boolean accept, String as, String session) {
    }

    record DecisionData(int edition, int number, String title, String status, String decidedAs, String session,
                        String contribution, Double mean, int mailsQueued) {
    }

    record RankedSubmission(int rank, int number, String title, String type, String level, int reviews,
                            Double mean, List<String> recommendations, String status, String decidedAs,
                            String session) {
    }
}
