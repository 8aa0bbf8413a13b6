package gr.etwinning.synedrio.application.port.in.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A session as the API and datasets write it; missing {@code start}/{@code end} mean its time is unknown. */
public record SessionData(String id, String kind, String title, LocalDate day, LocalTime start, LocalTime end,
                          String room, String level, String notes, List<ChairData> chairs,
                          List<ContributionData> contributions) {

    public SessionData {
        chairs = chairs == null ? List.of() : chairs;
        contributions = contributions == null ? List.of() : contributions;
    }
}
