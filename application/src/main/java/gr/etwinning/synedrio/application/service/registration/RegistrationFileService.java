package gr.etwinning.synedrio.application.service.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.registration.BookingData;
import gr.etwinning.synedrio.application.port.in.registration.ExportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsFileUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsCommand;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.RefusedRow;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.Row;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.RegistrationLine;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.RegistrationsFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Registrations in and out of spreadsheet files: the file's format is the files adapter's, the rules the import's. */
@Singleton
public final class RegistrationFileService implements ImportRegistrationsFileUseCase, ExportRegistrationsUseCase {

    private final ImportRegistrationsUseCase importer;
    private final ListRegistrationsUseCase list;
    private final RegistrationFilePort files;
    private final gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository registrations;
    private final gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository conferences;
    private final gr.etwinning.synedrio.application.port.out.common.TransactionPort transactions;

    @Inject
    public RegistrationFileService(ImportRegistrationsUseCase importer, ListRegistrationsUseCase list,
                                   RegistrationFilePort files,
                                   gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository
                                           registrations,
                                   gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository
                                           conferences,
                                   gr.etwinning.synedrio.application.port.out.common.TransactionPort transactions) {
        this.importer = Objects.requireNonNull(importer, "'importer' must not be null");
        this.list = Objects.requireNonNull(list, "'list' must not be null");
        this.files = Objects.requireNonNull(files, "'files' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    /**
     * Streams: the file is read as it goes, inside the import's one transaction, and its rows written a batch at
     * a time; rows the file cannot give count like rows the import refuses (all or nothing, unless skipRefused).
     */
    @Override
    public ImportRegistrationsFileReport importRegistrationsFile(ImportRegistrationsFileCommand command) {
        List<List<String>> ignored = new ArrayList<>(List.of(List.of()));
        ImportRegistrationsReport report = importer.importRegistrations(command.edition(), sink ->
                ignored.set(0, files.stream(command.content(), command.source(), new RegistrationFilePort.FileRowSink() {
                    @Override
                    public void row(gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.FileRow r) {
                        sink.row(new Row(r.line(), new RegistrationData(r.fullName(), r.email(), r.school(),
                                r.specialty(), r.level(), r.consent(), r.consentAt())));
                    }

                    @Override
                    public void refused(
                            gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.FileRefusal r) {
                        sink.refused(new RefusedRow(r.line(), r.reason()));
                    }
                })), command.skipRefused());
        return new ImportRegistrationsFileReport(report, report.refused(), ignored.get(0));
    }

    /** The former way, the whole file in memory: kept for small files read from elsewhere than a stream. */
    ImportRegistrationsFileReport importWhole(ImportRegistrationsFileCommand command) {
        RegistrationsFile file = files.read(command.content(), command.source());
        List<Row> rows = file.rows().stream().map(r -> new Row(r.line(), new RegistrationData(r.fullName(),
                r.email(), r.school(), r.specialty(), r.level(), r.consent(), r.consentAt()))).toList();
        // Rows refused while reading the file count like rows the import refuses: without skipRefused nothing is
        // written if there is any, and every row is still checked so that all are reported.
        ImportRegistrationsReport report = importer.importRegistrations(new ImportRegistrationsCommand(
                command.edition(), rows, command.skipRefused(), !command.skipRefused() && !file.refused().isEmpty()));
        List<RefusedRow> refused = new ArrayList<>();
        file.refused().forEach(r -> refused.add(new RefusedRow(r.line(), r.reason())));
        refused.addAll(report.refused());
        refused.sort(Comparator.comparingInt(RefusedRow::line));
        return new ImportRegistrationsFileReport(report, refused, file.ignoredColumns());
    }

    @Override
    public RegistrationsExport exportRegistrations(int edition, char separator) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("separator '" + separator + "' is neither ';' nor ','");
        }
        List<RegistrationView> registrations = list.listRegistrations(edition);
        List<RegistrationLine> lines = registrations.stream().map(r -> new RegistrationLine(r.fullName(), r.email(),
                r.school(), r.specialty(), r.level(), r.consentAt(), r.registeredAt(),
                workshops(r.bookings(), "confirmed"), workshops(r.bookings(), "waiting"))).toList();
        return new RegistrationsExport(files.write(lines, separator), registrations.size());
    }

    @Override
    public int exportRegistrations(int edition, char separator, Appendable out) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("separator '" + separator + "' is neither ';' nor ','");
        }
        gr.etwinning.synedrio.domain.conference.EditionNumber number =
                gr.etwinning.synedrio.domain.conference.EditionNumber.of(edition);
        return transactions.reading(() -> {
            if (!conferences.exists(number)) {
                throw gr.etwinning.synedrio.application.service.conference.ConferenceService.notFound(number);
            }
            RegistrationFilePort.LineWriter lines = files.writer(out, separator);
            int[] n = {0};
            registrations.forEachExported(number, x -> {
                var d = x.registration().details();
                lines.write(new RegistrationLine(d.fullName(), d.email().value(), d.school().name(), d.specialty(),
                        gr.etwinning.synedrio.application.service.mapping.Enums.write(d.level()), d.consentAt(),
                        x.registration().registeredAt(), x.confirmed(), x.waiting()));
                n[0]++;
            });
            return n[0];
        });
    }

    private static List<String> workshops(List<BookingData> bookings, String status) {
        return bookings.stream().filter(b -> b.status().equals(status)).map(BookingData::workshop).distinct()
                .toList();
    }
}
