package gr.etwinning.synedrio.application.port.out.chart;

import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;

/**
 * How many took part in each session of an edition, as counted from the meeting platforms' attendance files —
 * for the attendance chart. Attendance is imported by its own feature; until it is wired in, {@link #NONE} answers
 * that nothing was counted, and the chart is simply not offered.
 */
public interface SessionAttendancePort {

    /** Sessions or contributions with their participants, in programme order; empty when none was imported. */
    List<SessionAttendance> perSession(EditionNumber edition);

    /** No attendance imported (the binding until the attendance feature provides its own). */
    SessionAttendancePort NONE = edition -> List.of();

    /** @param label the session's title as the chart shows it */
    record SessionAttendance(String id, String label, long participants) {
    }
}
