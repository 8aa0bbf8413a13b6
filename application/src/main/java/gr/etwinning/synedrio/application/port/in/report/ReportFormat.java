package gr.etwinning.synedrio.application.port.in.report;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/** The report's formats: Markdown ({@code md}) and a standalone HTML page ({@code html}). */
public enum ReportFormat {
    MD("text/markdown"), HTML("text/html");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat of(String code) {
        String c = code == null ? "md" : code.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "md", "markdown" -> MD;
            case "html" -> HTML;
            default -> throw new InvalidValueException("format", "format '" + code + "' is none of md, html");
        };
    }
}
