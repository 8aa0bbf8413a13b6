package gr.etwinning.synedrio.application.port.in.schedule;

import java.util.List;
import java.util.Objects;

/**
 * Reads a schedule.json or schedule.xml, as pretalx, frab or Synedrio write them, into an edition's programme: rooms,
 * days, events and persons. All or nothing: a bad file is refused with the line or JSON path of the problem and
 * nothing is written. An edition that does not exist yet is created from the file's conference data.
 */
public interface ImportScheduleUseCase {

    ScheduleImportReport importSchedule(ImportScheduleCommand command);

    /**
     * {@code fileName} names the file in messages and, by its ending, picks the format (".xml" or else JSON);
     * {@code mode} ({@code online}, {@code onsite}, {@code hybrid}) is used only when a new edition is created.
     */
    record ImportScheduleCommand(int edition, String fileName, String content, String mode) {
        public ImportScheduleCommand {
            Objects.requireNonNull(fileName, "'fileName' must not be null");
            Objects.requireNonNull(content, "'content' must not be null");
        }
    }

    /**
     * What the import did: and, never silently, what of the file it left aside ({@code ignored}: recording
     * licences, feedback URLs, links… with how many events had them) and what it changed to fit a programme
     * ({@code changed}: days' hours widened, an overlapping event joined the session before it…).
     */
    record ScheduleImportReport(int edition, boolean editionCreated, int sessions, int contributions,
                                List<String> personsCreated, List<String> ignored, List<String> changed) {
        public ScheduleImportReport {
            personsCreated = List.copyOf(personsCreated);
            ignored = ignored == null ? List.of() : List.copyOf(ignored);
            changed = changed == null ? List.of() : List.copyOf(changed);
        }
    }
}
