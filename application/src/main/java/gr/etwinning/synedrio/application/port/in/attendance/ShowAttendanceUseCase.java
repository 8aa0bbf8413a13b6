package gr.etwinning.synedrio.application.port.in.attendance;

import java.util.Map;

/** An edition's imported attendance, counted: per session or contribution, and unique persons overall. */
public interface ShowAttendanceUseCase {

    AttendanceOverview showAttendance(int edition);

    /**
     * @param sessions           per imported session or contribution id, in programme-id order
     * @param uniqueParticipants distinct persons over every imported meeting
     * @param uniqueByKind       distinct persons per kind ({@code workshop}: all workshops together)
     * @param uniqueByDay        distinct persons per day ({@code 2021-11-20})
     * @param files              attendance files imported
     */
    record AttendanceOverview(int edition, Map<String, SessionAttendance> sessions, long uniqueParticipants,
                              Map<String, Long> uniqueByKind, Map<String, Long> uniqueByDay, long files) {
    }

    /** One session or contribution: persons, registered ones among them, minutes summed over persons. */
    record SessionAttendance(long participants, long registered, long personMinutes, String kind, String day,
                             long files) {
    }
}
