package gr.etwinning.synedrio.application.port.in.proceedings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code proceedings export EDITION --selected --format csv|json|zip}: what the e-journal needs of the chosen papers. */
public interface ExportSpecialIssueUseCase {

    /**
     * @param format       csv, json or zip
     * @param selectedOnly the papers chosen for the special issue (refused when none is); false: every paper of the
     *                     volume
     */
    ExportReport export(int edition, String format, boolean selectedOnly, OutputStream out) throws IOException;

    /**
     * @param missing one sentence per exported paper that lacks something ("d2-primary-01: title, full text
     *                missing"), and per chosen paper the programme no longer holds
     */
    record ExportReport(int articles, int files, List<String> missing) {
    }
}
