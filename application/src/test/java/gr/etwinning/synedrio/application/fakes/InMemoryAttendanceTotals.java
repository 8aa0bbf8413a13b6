package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attendance totals set by the test, per registration id (edition 7 only). */
public final class InMemoryAttendanceTotals implements AttendanceTotals {

    private final Map<Long, ParticipantAttendance> byRegistration = new LinkedHashMap<>();

    /** Records what a participant attended: minutes per kind (their sum is the total) and distinct sessions. */
    public InMemoryAttendanceTotals attended(long registrationId, Map<String, Long> minutesByKind, int sessions) {
        long total = minutesByKind.values().stream().mapToLong(Long::longValue).sum();
        byRegistration.put(registrationId, new ParticipantAttendance(registrationId, null, total, minutesByKind,
                sessions));
        return this;
    }

    @Override
    public List<ParticipantAttendance> totals(EditionNumber edition) {
        return edition.value() == 7 ? new ArrayList<>(byRegistration.values()) : List.of();
    }
}
