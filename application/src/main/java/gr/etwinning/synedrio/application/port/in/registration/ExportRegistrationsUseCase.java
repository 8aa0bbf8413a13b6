package gr.etwinning.synedrio.application.port.in.registration;

/**
 * An edition's registrations as CSV in UTF-8 with a byte-order mark (so that Excel shows Greek), one line per
 * participant with their booked and waiting workshops. Personal data: for operators only.
 */
public interface ExportRegistrationsUseCase {

    /** @param separator ';' (what Excel expects in Greek locales) or ',' */
    RegistrationsExport exportRegistrations(int edition, char separator);

    record RegistrationsExport(String csv, int registrations) {
    }

    /**
     * The same CSV written to {@code out} line by line as the registrations are read (a national edition's million
     * are never all in memory); returns how many were written.
     */
    int exportRegistrations(int edition, char separator, Appendable out);
}
