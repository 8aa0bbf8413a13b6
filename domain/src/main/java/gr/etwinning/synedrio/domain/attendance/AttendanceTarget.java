package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.Check;

import java.time.LocalDate;

/**
 * The session or contribution a meeting carried, as attendance needs it: its id in the programme, its kind in
 * lower case ({@code workshop}, {@code keynote}, {@code parallel}…: a contribution's kind, or a session's when the
 * meeting carried a whole session) and its day. Unique counts per kind put, for instance, every workshop together.
 */
public record AttendanceTarget(String id, String kind, LocalDate day) {

    public AttendanceTarget {
        Check.text(id, "session or contribution id", 100);
        Check.text(kind, "kind", 40);
        Check.notNull(day, "day");
    }
}
