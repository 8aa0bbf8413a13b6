package gr.etwinning.synedrio.application.port.in.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The exchange formats of a programme: how conference apps, pretalx, frab and calendars take it. */
public enum ScheduleFormat {
    /** schedule.xml, as frab and pentabarf write it (c3voc schedule.xml.xsd). */
    FRAB_XML("frab-xml", "schedule.xml", "application/xml; charset=utf-8"),
    /** schedule.json, as pretalx writes it (c3voc schema.json). */
    SCHEDULE_JSON("schedule-json", "schedule.json", "application/json; charset=utf-8"),
    /** iCalendar (RFC 5545), for calendars; written only. */
    ICAL("ical", "schedule.ics", "text/calendar; charset=utf-8"),
    /** schedule.json 2.0, as the 38C3 hub writes it (c3voc schema2.json): events and persons at the top level. */
    SCHEDULE_JSON2("schedule-json2", "schedule2.json", "application/json; charset=utf-8");

    private final String code;
    private final String fileName;
    private final String mediaType;

    ScheduleFormat(String code, String fileName, String mediaType) {
        this.code = code;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a code ("frab-xml") or a file name ("schedule.json"); an operator-readable error otherwise. */
    public static ScheduleFormat of(String codeOrFileName) {
        String v = codeOrFileName == null ? "" : codeOrFileName.strip().toLowerCase(Locale.ROOT);
        for (ScheduleFormat f : values()) {
            if (f.code.equals(v) || f.fileName.equals(v)) {
                return f;
            }
        }
        throw new gr.etwinning.synedrio.domain.InvalidValueException("format", "format '" + codeOrFileName + "' is not one of "
                + Arrays.stream(values()).map(ScheduleFormat::code).collect(Collectors.joining(", ")));
    }
}
