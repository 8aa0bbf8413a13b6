package gr.etwinning.synedrio.application.port.in.programme;

import java.time.LocalTime;
import java.util.List;

/**
 * A contribution as the API and datasets write it. A missing {@code title} means the source does not give one;
 * {@code subject} says what it was about where the source gives no title; missing {@code start}/{@code end} mean
 * its time is unknown.
 */
public record ContributionData(String id, String kind, String title, String subject, List<String> speakers,
                               String level, LocalTime start, LocalTime end) {

    public ContributionData {
        speakers = speakers == null ? List.of() : speakers;
    }
}
