package gr.etwinning.synedrio.application.port.in.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports one meeting platform's attendance export for a session or contribution of an edition: all or nothing;
 * the same file again for the same session or contribution replaces its earlier import (nothing counted twice).
 */
public interface ImportAttendanceUseCase {

    AttendanceImportReport importAttendance(ImportAttendanceCommand command) throws IOException;

    /**
     * Imports several exports in their order, each as {@link #importAttendance} imports it — all or nothing, its own
     * transaction — while the next is read: a national edition's hundred meetings in one go. Each import's report
     * goes to {@code imported} as soon as it is committed. The first file that cannot be imported stops the run: its
     * failure is thrown, the files before it stay imported (importing them again replaces them), none after it is
     * opened.
     */
    void importAll(List<? extends AttendanceFile> files, java.util.function.Consumer<AttendanceImportReport> imported)
            throws IOException;

    /**
     * Of these session or contribution ids, those the edition's programme does not have, in their order (checked
     * before a list of files is imported); refused if there is no such edition.
     */
    List<String> unknownTargets(int edition, java.util.Collection<String> targets);

    /** An export to import, opened when its turn comes (its stream is closed by the import). */
    @FunctionalInterface
    interface AttendanceFile {
        ImportAttendanceCommand open() throws IOException;
    }

    /**
     * @param target   the session or contribution id the meeting carried, e.g. {@code d2-workshop-01}
     * @param fileName the file's name, for the record (may be null)
     * @param file     the export's bytes, read once as a stream
     * @param platform {@code auto} (or null), {@code zoom}, {@code zoom-webinar}, {@code teams}, {@code webex},
     *                 {@code bbb}
     * @param columns  the operator's column mapping ({@code name}, {@code email}, {@code join}, {@code leave}): the
     *                 header text of each, for a layout or language the reader does not know
     * @param timezone the zone the export's times are in (null: Europe/Athens)
     */
    record ImportAttendanceCommand(int edition, String target, String fileName, InputStream file, String platform,
                                   Map<String, String> columns, String timezone) {
        public ImportAttendanceCommand {
            Objects.requireNonNull(target, "'target' must not be null");
            Objects.requireNonNull(file, "'file' must not be null");
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /**
     * What an import found and stored.
     *
     * @param persons        distinct persons who attended (staff and absent registrants left out)
     * @param unregistered   persons matched to no registration
     * @param ambiguousNames names that several registrations share: not guessed, counted as unregistered
     * @param replaced       whether the same file had been imported for the same target before
     */
    record AttendanceImportReport(String platform, String target, String kind, LocalDate day, long rowsRead,
                                  long persons, long matchedByEmail, long matchedByName, long unregistered,
                                  long staffRowsIgnored, long absentRowsIgnored, long personMinutes,
                                  List<AmbiguousName> ambiguousNames, boolean replaced) {
    }

    /** A name in the file that several registrations share. */
    record AmbiguousName(String name, int registrations) {
    }
}
