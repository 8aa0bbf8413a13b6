package gr.etwinning.synedrio.application.port.in.report;

import java.util.List;

/**
 * A rendered report: its text and media type, and the keys of the figures it shows as gaps
 * ({@code [λείπει: registrations]}), so that the caller can warn about them.
 */
public record ReportData(String content, String mediaType, List<String> missing) {

    public ReportData {
        missing = List.copyOf(missing);
    }
}
