package gr.etwinning.synedrio.application.port.in.cfp;

import java.time.Instant;
import java.util.List;

/**
 * A call for papers: the deadline as an instant and as shown in Greece, the types and levels (tracks) it takes, the
 * most words of an abstract, the review criteria, and whether it takes submissions now.
 */
public record CallData(int edition, String conferenceTitle, Instant deadline, String deadlineAthens,
                       String timeZone, List<String> types, List<String> levels, int maxWords, List<String> criteria,
                       boolean closed, boolean open) {
}
