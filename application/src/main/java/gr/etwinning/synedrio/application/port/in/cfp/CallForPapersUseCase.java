package gr.etwinning.synedrio.application.port.in.cfp;

import java.time.LocalDateTime;
import java.util.List;

/** Opens, changes and closes an edition's call for papers, and tells what it is. */
public interface CallForPapersUseCase {

    /** Opens the call, or changes an open one (deadline, types, words, criteria). */
    CallData open(OpenCallCommand command);

    CallData close(int edition);

    /** The call as the public sees it. */
    CallData call(int edition);

    /**
     * @param until    the deadline as Greek clocks show it (Europe/Athens)
     * @param types    paper, workshop (null: both)
     * @param maxWords the most words of an abstract (null: 3000)
     * @param criteria the review criteria (null: the default four)
     */
    record OpenCallCommand(int edition, LocalDateTime until, List<String> types, Integer maxWords,
                           List<String> criteria) {
    }
}
