package gr.etwinning.synedrio.application.port.out.attendance;

import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.MatchedBy;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where imported attendance is kept: per edition, per session or contribution, per imported file (known by the
 * SHA-256 of its bytes) the persons it names with their merged intervals; and, derived from those, each person's
 * presence in the session or contribution over all its files, which every count reads.
 *
 * <p>The names and addresses stored here are personal data of the registration they matched:
 * {@link gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository#erase} removes them with the rest.
 */
public interface AttendanceRepository {

    /** One imported file's facts. */
    record ImportedFile(String sha256, String fileName, Platform platform, long rowsRead, long staffRows,
                        Instant importedAt) {
    }

    /** One person of one file: who they are, how they were matched, their identity as the file gave it. */
    record FilePerson(PersonKey key, Long registrationId, MatchedBy matchedBy, String name, String email,
                      Presence presence) {
    }

    /**
     * One person's presence in a session or contribution over every file imported for it; {@code person} is the
     * person's {@link PersonKey#number() number}.
     */
    record TargetPresence(long person, Long registrationId, long seconds) {
    }

    /** A registration as matching reads it (either text may be null: erased). */
    record RegisteredName(long registrationId, String email, String fullName) {
    }

    /** The edition's registrations that are not erased, id, e-mail address and full name only. */
    List<RegisteredName> registeredNames(EditionNumber edition);

    /**
     * A value that changes whenever a registration of the edition is added, changed or erased: an import of many
     * files matches them all against the same registrations, read and folded once.
     */
    String registrationsStamp(EditionNumber edition);

    /**
     * Makes the imports of one session or contribution take turns: the first thing an import's transaction does,
     * before it reads anything, so that an import that waited sees the other's file (a second file decides whether
     * the session's presences are stored apart from its files' persons). Does nothing where nothing runs at once.
     */
    default void lockTarget(EditionNumber edition, String targetId) {
    }

    /**
     * The SHA-256 of every file imported for this session or contribution: whether these bytes were imported before,
     * and whether the session is of several files (whose presences are stored apart), in one read.
     */
    List<String> fileHashes(EditionNumber edition, String targetId);

    /** Whether a file with these bytes was imported for this session or contribution before. */
    default boolean hasFile(EditionNumber edition, String targetId, String sha256) {
        return fileHashes(edition, targetId).contains(sha256);
    }

    /**
     * Stores a file's persons for the session or contribution, replacing those of an earlier import of the same
     * bytes; the target's kind, session and day are stored with them so that counts need not read the programme.
     */
    void replaceFile(EditionNumber edition, AttendanceTarget target, ImportedFile file,
                     Collection<FilePerson> persons);

    /**
     * The presence of the persons of every other file of this session or contribution, merged per person, by
     * {@link PersonKey#number() number} (for merging across files); a mutable map.
     */
    Map<Long, Presence> otherFilesPresence(EditionNumber edition, String targetId, String exceptSha256);

    /**
     * Replaces the derived presences of the session or contribution. {@code presences} may be made when first read:
     * a repository that stores none for the target (its one file's persons being its presences) need not read them.
     */
    void replacePresence(EditionNumber edition, AttendanceTarget target, Collection<TargetPresence> presences);

    /** Every count the overview and the report need, for one edition. */
    AttendanceCounts counts(EditionNumber edition);

    /**
     * The counts of one edition's attendance: per target; distinct persons overall, per kind, per day, per session,
     * per day in parallel sessions, and in workshops (workshop contributions and workshop sessions together).
     */
    record AttendanceCounts(List<TargetCounts> targets, long uniqueParticipants, Map<String, Long> uniqueByKind,
                            Map<java.time.LocalDate, Long> uniqueByDay, Map<String, Long> uniqueBySession,
                            Map<java.time.LocalDate, Long> uniqueParallelByDay, long uniqueInWorkshops, long files) {
    }

    /** One session or contribution's counts. */
    record TargetCounts(String targetId, String kind, String sessionId, java.time.LocalDate day, long participants,
                        long registered, long personMinutes, long files) {
    }
}
