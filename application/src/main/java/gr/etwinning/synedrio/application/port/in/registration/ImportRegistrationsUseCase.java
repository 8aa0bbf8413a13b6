package gr.etwinning.synedrio.application.port.in.registration;

import java.util.List;
import java.util.Objects;

/**
 * Registers many participants at once, each row as {@link RegisterUseCase} would. Every row is checked first and
 * every bad one reported with its line and reason. Then, in one transaction: by default nothing is written if any
 * row was refused; with {@code skipRefused} the good rows are written and exactly the refused ones are left out.
 */
public interface ImportRegistrationsUseCase {

    ImportRegistrationsReport importRegistrations(ImportRegistrationsCommand command);

    /**
     * The same for rows that come one by one from a file read as it goes (a national edition's million rows are
     * never all in memory): every row checked and written in batches, in one transaction that is rolled back whole
     * if a row is refused, unless {@code skipRefused}. The refused rows are reported in the order they came, the
     * first {@value #LISTED_REFUSALS} of them one by one.
     */
    ImportRegistrationsReport importRegistrations(int edition, RowSource rows, boolean skipRefused);

    /** How many refused rows a report lists; the rest are counted in one last entry. */
    int LISTED_REFUSALS = 10_000;

    /** Rows as they are read: each row, or each row that could not be read, to the sink. */
    @FunctionalInterface
    interface RowSource {
        void forEach(RowSink sink);
    }

    /** Takes the rows of a {@link RowSource}. */
    interface RowSink {
        void row(Row row);

        void refused(RefusedRow refused);
    }

    /** A row of the file and the line it starts on. */
    record Row(int line, RegistrationData registration) {
        public Row {
            Objects.requireNonNull(registration, "'registration' must not be null");
        }
    }

    /** A row that was not imported, and why, in words that name no personal datum. */
    record RefusedRow(int line, String reason) {
    }

    /** {@code checkOnly}: check every row and report, but write nothing. */
    record ImportRegistrationsCommand(int edition, List<Row> rows, boolean skipRefused, boolean checkOnly) {
        public ImportRegistrationsCommand {
            rows = List.copyOf(Objects.requireNonNull(rows, "'rows' must not be null"));
        }
    }

    /** What happened: counts of created, updated and unchanged registrations, and the refused rows. */
    record ImportRegistrationsReport(int created, int updated, int unchanged, List<RefusedRow> refused,
                                     boolean written) {
        public ImportRegistrationsReport {
            refused = List.copyOf(refused);
        }
    }
}
