package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.Check;

import java.time.LocalDate;

/**
 * The session or contribution a meeting carried, as attendance needs it: its id in the programme, its kind in
 * lower case ({@code workshop}, {@code talk}, {@code keynote}: a contribution's kind, or a session's —
 * {@code workshops}, {@code parallel} — when the meeting carried a whole session), the session it belongs to with
 * that session's kind, and its day. Unique counts per kind put, for instance, every workshop together; per session
 * and per day they give the report's participants.
 */
public record AttendanceTarget(String id, String kind, String sessionId, String sessionKind, LocalDate day) {

    public AttendanceTarget {
        Check.text(id, "session or contribution id", 100);
        Check.text(kind, "kind", 40);
        Check.text(sessionId, "session id", 100);
        Check.text(sessionKind, "session kind", 40);
        Check.notNull(day, "day");
    }
}
