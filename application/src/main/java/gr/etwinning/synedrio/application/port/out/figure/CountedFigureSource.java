package gr.etwinning.synedrio.application.port.out.figure;

import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;
import java.util.Objects;

/**
 * Something that can count a figure of the report from data Synedrio holds: registrations, attendance files,
 * evaluation forms. Each feature contributes one source (in bootstrap, with a Guice multibinder); the report asks
 * {@code CountedFigures} for all of them. A counted figure never replaces a recorded one by itself: the recorded
 * one stands unless the operator chose {@code figures use EDITION KEY counted}, and the report shows both.
 */
public interface CountedFigureSource {

    /** The figures this source counts for the edition; a figure it has nothing to count for is left out. */
    List<CountedFigure> count(EditionNumber edition);

    /**
     * One counted figure: its key in the report's catalogue ({@code registrations}), its value, and how it was
     * counted in words for the report's provenance table ("καταμετρήθηκε από 12 αρχεία παρουσιών").
     */
    record CountedFigure(String key, long value, String description) {
        public CountedFigure {
            Objects.requireNonNull(key, "'key' must not be null");
            Objects.requireNonNull(description, "'description' must not be null");
            if (value < 0) {
                throw new IllegalArgumentException("a counted figure is never negative: " + key + " = " + value);
            }
        }
    }
}
