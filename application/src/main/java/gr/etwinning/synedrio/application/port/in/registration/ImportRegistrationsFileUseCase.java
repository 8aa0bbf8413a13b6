package gr.etwinning.synedrio.application.port.in.registration;

import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.RefusedRow;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Registers the participants of a CSV file (the README's "CSV import") as {@link ImportRegistrationsUseCase} does:
 * rows that cannot be read count like rows refused, so by default nothing is written if there is any, and every row
 * is still checked so that all are reported; with {@code skipRefused} the other rows are written.
 */
public interface ImportRegistrationsFileUseCase {

    ImportRegistrationsFileReport importRegistrationsFile(ImportRegistrationsFileCommand command);

    /** {@code source}: the file's name, for messages. */
    record ImportRegistrationsFileCommand(int edition, InputStream content, String source, boolean skipRefused) {
        public ImportRegistrationsFileCommand {
            Objects.requireNonNull(content, "'content' must not be null");
            Objects.requireNonNull(source, "'source' must not be null");
        }
    }

    /** The import's report, every refused row in line order, and the columns whose meaning is not known. */
    record ImportRegistrationsFileReport(ImportRegistrationsReport report, List<RefusedRow> refused,
                                         List<String> ignoredColumns) {
        public ImportRegistrationsFileReport {
            refused = List.copyOf(refused);
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }
}
