package gr.etwinning.synedrio.application.port.in.schedule;

import java.util.Objects;

/**
 * An edition's programme as schedule.xml, schedule.json or iCalendar. Exporting the same programme twice gives the
 * same bytes: event GUIDs are UUID v5 of the edition and the item's id.
 */
public interface ExportScheduleUseCase {

    ScheduleFile exportSchedule(ExportScheduleQuery query);

    /** {@code baseUrl} is where the public page is served ("http://127.0.0.1:7070"); events link to it. */
    record ExportScheduleQuery(int edition, ScheduleFormat format, String baseUrl) {
        public ExportScheduleQuery {
            Objects.requireNonNull(format, "'format' must not be null");
            if (baseUrl == null || !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
                throw new gr.etwinning.synedrio.domain.InvalidValueException("base URL", "base URL '" + baseUrl + "' must be an http:// or https:// URL");
            }
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
    }

    /** The exported file: its usual name, its media type and its UTF-8 text. */
    record ScheduleFile(String fileName, String mediaType, String content) {
    }
}
