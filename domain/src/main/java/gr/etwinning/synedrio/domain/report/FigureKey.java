package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a recorded figure measures, from a fixed catalogue (documented in {@code docs/report.md}) so that a typo is
 * refused instead of silently never reaching the report:
 * <ul>
 * <li>{@code registrations} — teachers who registered for the conference;</li>
 * <li>{@code mode.years-in-a-row} — the how-manieth year in a row the conference is held this way (online …);</li>
 * <li>{@code stream.day<N>.live-viewers} — who watched day N's live stream;</li>
 * <li>{@code participants.day<N>}, {@code participants.day<N>.parallel}, {@code participants.<session>} — who took
 * part in day N's sessions, in its parallel sessions together, or in one session;</li>
 * <li>{@code workshops.unique-participants} — distinct teachers in the workshops;</li>
 * <li>{@code video.day<N>.views}, {@code video.<session>.views} — views of a day's or a session's recording;</li>
 * <li>{@code evaluations.count} — evaluations received;</li>
 * <li>{@code community.europe.teachers|schools|projects}, {@code community.greece.teachers|schools|projects} — the
 * eTwinning community's size.</li>
 * </ul>
 * Where a key names a day or a session, the service checks that the edition has it.
 */
public record FigureKey(String value) {

    /** The catalogue, as operators read it in error messages and in {@code figures --help}. */
    public static final List<String> CATALOGUE = List.of("registrations", "mode.years-in-a-row",
            "stream.day<N>.live-viewers", "participants.day<N>", "participants.day<N>.parallel",
            "participants.<session-id>", "workshops.unique-participants", "video.day<N>.views",
            "video.<session-id>.views", "evaluations.count", "community.europe.teachers",
            "community.europe.schools", "community.europe.projects", "community.greece.teachers",
            "community.greece.schools", "community.greece.projects");

    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,99}";
    private static final Pattern FIXED = Pattern.compile("registrations|mode\\.years-in-a-row"
            + "|workshops\\.unique-participants|evaluations\\.count"
            + "|community\\.(europe|greece)\\.(teachers|schools|projects)");
    private static final Pattern DAY = Pattern.compile("(stream\\.day([1-9][0-9]?)\\.live-viewers)"
            + "|(participants\\.day([1-9][0-9]?)(\\.parallel)?)|(video\\.day([1-9][0-9]?)\\.views)");
    private static final Pattern SESSION = Pattern.compile("participants\\.(" + SLUG + ")|video\\.(" + SLUG
            + ")\\.views");

    public FigureKey {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("figure", "the figure's key is missing; known keys: "
                    + String.join(", ", CATALOGUE));
        }
        value = value.strip();
        if (!FIXED.matcher(value).matches() && !DAY.matcher(value).matches()
                && !SESSION.matcher(value).matches()) {
            throw new InvalidValueException("figure '" + value + "'", "'" + value + "' is not a figure Synedrio"
                    + " knows; known keys: " + String.join(", ", CATALOGUE));
        }
    }

    public static FigureKey of(String value) {
        return new FigureKey(value);
    }

    /** The conference day (1 for the first) this key is about, or 0 when it names none. */
    public int day() {
        var m = DAY.matcher(value);
        if (!m.matches()) {
            return 0;
        }
        String n = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(7);
        return Integer.parseInt(n);
    }

    /** The programme session this key is about, or {@code null}. */
    public String session() {
        if (FIXED.matcher(value).matches() || DAY.matcher(value).matches()) {
            return null;
        }
        var m = SESSION.matcher(value);
        m.matches();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
