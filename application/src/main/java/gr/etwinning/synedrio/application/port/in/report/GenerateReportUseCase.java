package gr.etwinning.synedrio.application.port.in.report;

import java.util.Objects;

/**
 * The summary report of an edition, in the press release's structure and Greek, rendered with the operators'
 * template; {@link gr.etwinning.synedrio.application.NotFoundException} if there is no such edition.
 */
public interface GenerateReportUseCase {

    ReportData generateReport(ReportQuery query);

    /**
     * @param template     the text of a template to use instead of the configured one, or {@code null}
     * @param templateName what to call it in errors (its file), or {@code null}
     */
    record ReportQuery(int edition, ReportFormat format, String template, String templateName) {
        public ReportQuery {
            Objects.requireNonNull(format, "'format' must not be null");
        }

        public ReportQuery(int edition, ReportFormat format) {
            this(edition, format, null, null);
        }
    }
}
