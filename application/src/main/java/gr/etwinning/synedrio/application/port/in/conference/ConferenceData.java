package gr.etwinning.synedrio.application.port.in.conference;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference edition as the API and datasets write it. {@code mode} is {@code online}, {@code onsite} or
 * {@code hybrid}; {@code timeZone} an IANA zone (default Europe/Athens). {@code version} is the stored version on
 * output; on input it is optional and, when given, the version the change is based on.
 */
public record ConferenceData(Integer edition, String title, String theme, LocalDate startDate, LocalDate endDate,
                             String mode, String organiser, String venue, String timeZone, List<DayData> days,
                             Long version) {

    public ConferenceData {
        days = days == null ? List.of() : days;
    }
}
