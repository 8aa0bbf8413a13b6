package gr.etwinning.synedrio.application.port.out.attendance;

import java.time.Instant;

/**
 * One row of a platform's attendance export, as the reader understood it: one join and leave of one person.
 *
 * @param line         the file's line where the row starts (1 = the first line), for messages
 * @param name         the name the platform shows (suffixes like "(Guest)" removed), or null
 * @param originalName the person's name before they renamed themselves (Zoom's "Name (Original Name)"), or null
 * @param email        the e-mail address (or the address a Teams UPN stands for), or null
 * @param join         when they joined; null for a staff or absent row, whose times are not read
 * @param leave        when they left (not before {@code join}); null when {@code join} is
 * @param role         whether they took part, ran the meeting, or registered without attending
 */
public record AttendanceRow(long line, String name, String originalName, String email, Instant join, Instant leave,
                            Role role) {

    /** What a row says about its person. */
    public enum Role {
        /** Attended the meeting as a participant. */
        PARTICIPANT,
        /** Ran it: organiser, host, co-host, panelist, presenter of a webinar, moderator. Not attendance. */
        STAFF,
        /** A webinar registrant with {@code Attended = No}: not attendance. */
        ABSENT
    }
}
