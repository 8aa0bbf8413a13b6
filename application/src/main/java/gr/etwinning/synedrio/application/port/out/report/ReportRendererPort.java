package gr.etwinning.synedrio.application.port.out.report;

import gr.etwinning.synedrio.application.report.ReportModel;

/**
 * Turns the report model into text with a template an operator can edit. The adapter keeps a built-in template per
 * format (and may let a configured directory override it); a template given to {@link #render} wins over both.
 * A template that cannot be read or compiled is refused with an
 * {@link gr.etwinning.synedrio.domain.InvalidValueException} naming it and the line.
 */
public interface ReportRendererPort {

    enum Format { MARKDOWN, HTML }

    /**
     * @param template the text of a template to use instead of the built-in one, or {@code null}
     * @param templateName what to call that template in errors (a file name)
     */
    String render(ReportModel model, Format format, String template, String templateName);
}
