package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An edition's call for papers: until when it takes submissions (the server's clock decides, the time is shown in
 * Europe/Athens), which types, how long an abstract may be, the criteria reviewers score (1–5 each), and whether
 * an operator has closed it early.
 */
public record CallForPapers(EditionNumber edition, Instant deadline, Set<SubmissionType> types, int maxWords,
                            List<String> criteria, boolean closed) {

    public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    public static final List<String> DEFAULT_CRITERIA = List.of("Πρωτοτυπία", "Σαφήνεια",
            "Συνάφεια με το eTwinning", "Αξιοποίηση στην τάξη");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public CallForPapers {
        Check.notNull(edition, "edition");
        Check.notNull(deadline, "deadline");
        if (types == null || types.isEmpty()) {
            throw new InvalidValueException("types", "a call takes at least one type: paper, workshop");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
        if (maxWords < 1 || maxWords > 10_000) {
            throw new InvalidValueException("maxWords", "the most words of an abstract is 1 to 10000");
        }
        criteria = Check.list(criteria, "criteria").stream().map(c -> Check.text(c, "criteria", 100)).toList();
        if (criteria.isEmpty() || criteria.size() > 12) {
            throw new InvalidValueException("criteria", "a call has 1 to 12 review criteria");
        }
        if (criteria.stream().anyMatch(c -> c.contains("=") || c.contains("\n"))) {
            throw new InvalidValueException("criteria", "a criterion holds no '=' and no line break");
        }
        if (criteria.stream().distinct().count() != criteria.size()) {
            throw new InvalidValueException("criteria", "a criterion is named twice");
        }
    }

    /** The deadline as Greek clocks show it, e.g. {@code 2026-12-15 23:59 (ώρα Ελλάδας)}. */
    public String deadlineShown() {
        return SHOWN.format(deadline.atZone(ATHENS)) + " (ώρα Ελλάδας)";
    }

    public boolean takesSubmissions(Instant now) {
        return !closed && now.isBefore(deadline);
    }

    /** Refuses a submission or a change of one once the call is closed or its deadline has passed. */
    public void requireOpen(Instant now) {
        if (closed) {
            throw new RuleViolationException("call", "call-open", "the call for papers of edition " + edition
                    + " is closed: submissions cannot be made or changed");
        }
        if (!now.isBefore(deadline)) {
            throw new RuleViolationException("deadline", "submission-deadline", "the deadline of the call for "
                    + "papers of edition " + edition + " was " + deadlineShown()
                    + ": submissions cannot be made or changed after it");
        }
    }

    /** Refuses a type the call does not take and an abstract longer than it allows. */
    public void check(SubmissionContent content) {
        if (!types.contains(content.type())) {
            throw new InvalidValueException("type", "the call of edition " + edition + " does not take "
                    + content.type().code() + " submissions");
        }
        int words = content.abstractWords();
        if (words > maxWords) {
            throw new InvalidValueException("abstract", "the abstract has " + words + " words; the call allows "
                    + maxWords);
        }
    }
}
