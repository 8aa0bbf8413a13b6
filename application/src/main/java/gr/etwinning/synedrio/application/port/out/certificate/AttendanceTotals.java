package gr.etwinning.synedrio.application.port.out.certificate;

import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;
import java.util.Map;

/**
 * What each registered participant of an edition attended, as imported from the meeting platforms: the figures a
 * certificate's eligibility rule reads. Minutes count each minute once per session or contribution (reconnections
 * and overlapping exports merged).
 */
public interface AttendanceTotals {

    /** Every registered participant of the edition who attended anything, by registration id. */
    List<ParticipantAttendance> totals(EditionNumber edition);

    /**
     * @param registrationId the registration's id
     * @param email          the address registered (null once the registration is erased)
     * @param totalMinutes   minutes attended over every session and contribution
     * @param minutesByKind  minutes per kind, lower case: {@code workshop}, {@code talk}, {@code keynote}, or a
     *                       session's kind ({@code parallel}, {@code workshops}) when a meeting carried a whole session
     * @param sessions       distinct sessions and contributions attended
     */
    record ParticipantAttendance(long registrationId, String email, long totalMinutes, Map<String, Long> minutesByKind,
                                 int sessions) {
        public ParticipantAttendance {
            minutesByKind = Map.copyOf(minutesByKind);
        }
    }
}
