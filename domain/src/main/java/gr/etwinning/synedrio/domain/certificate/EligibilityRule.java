package gr.etwinning.synedrio.domain.certificate;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who gets a certificate of an edition: at least {@code minMinutes} minutes attended — counting only the kinds
 * named, or every minute when none is — and at least {@code minSessions} distinct sessions attended. Exactly at a
 * threshold qualifies. E.g. "30 minutes in total" is (30, 0, {}), "45 minutes in workshops" (45, 0, {workshop}).
 *
 * @param kinds lower-case kinds of session or contribution ({@code workshop}, {@code talk}, {@code keynote}, …)
 */
public record EligibilityRule(int minMinutes, int minSessions, Set<String> kinds) {

    public static final int MAX_MINUTES = 60 * 24 * 31;

    public EligibilityRule {
        if (minMinutes < 0 || minMinutes > MAX_MINUTES) {
            throw new InvalidValueException("min-minutes", "the minutes must be between 0 and " + MAX_MINUTES);
        }
        if (minSessions < 0 || minSessions > 1000) {
            throw new InvalidValueException("min-sessions", "the sessions must be between 0 and 1000");
        }
        if (minMinutes == 0 && minSessions == 0) {
            throw new InvalidValueException("min-minutes", "a rule needs at least one minute or one session: "
                    + "otherwise everyone registered would qualify without attending");
        }
        TreeSet<String> normal = new TreeSet<>();
        for (String k : kinds == null ? Set.<String>of() : kinds) {
            String kind = k == null ? "" : k.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!kind.matches("[a-z][a-z-]{0,39}")) {
                throw new InvalidValueException("kinds", "a kind is a word like workshop, talk or keynote");
            }
            normal.add(kind);
        }
        kinds = Set.copyOf(normal);
    }

    /** How one participant stands against the rule. */
    public Standing judge(long totalMinutes, Map<String, Long> minutesByKind, int sessions) {
        long counted = kinds.isEmpty() ? totalMinutes : kinds.stream()
                .mapToLong(k -> minutesByKind.getOrDefault(k, 0L)).sum();
        long minutesShort = Math.max(0, minMinutes - counted);
        int sessionsShort = Math.max(0, minSessions - sessions);
        return new Standing(counted, sessions, minutesShort, sessionsShort);
    }

    /** The kinds in a stable order, comma-separated ({@code ""} for every kind). */
    public String kindsText() {
        return String.join(",", new TreeSet<>(kinds));
    }

    /**
     * @param countedMinutes the minutes the rule counts (of its kinds)
     * @param minutesShort   how many more minutes it would have needed (0 if enough)
     * @param sessionsShort  how many more sessions (0 if enough)
     */
    public record Standing(long countedMinutes, int sessions, long minutesShort, int sessionsShort) {

        public boolean eligible() {
            return minutesShort == 0 && sessionsShort == 0;
        }
    }
}
