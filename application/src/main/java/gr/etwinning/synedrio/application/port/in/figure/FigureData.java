package gr.etwinning.synedrio.application.port.in.figure;

import java.time.LocalDate;

/**
 * A recorded figure as the API, the CLI and datasets speak it: {@code key} from the catalogue
 * ({@code docs/report.md}), {@code value}, {@code qualifier} ({@code exact} — the default —, {@code approximately},
 * {@code more-than}), {@code written} (how the source writes the number, "4500", when it should be kept),
 * {@code source} and {@code asOf}. On the way out, {@code display} is the number as the report prints it.
 */
public record FigureData(String key, Long value, String qualifier, String written, String source, LocalDate asOf,
                         String display) {

    public FigureData(String key, Long value, String qualifier, String written, String source, LocalDate asOf) {
        this(key, value, qualifier, written, source, asOf, null);
    }
}
