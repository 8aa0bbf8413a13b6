package gr.etwinning.synedrio.domain;

/**
 * Values that are each fine but break a rule together: a session outside the conference's days, a speaker in two
 * overlapping slots, a chair who is neither an NSS member nor an ambassador.
 */
public final class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String item, String rule, String message) {
        super(item, message);
        this.rule = rule;
    }

    /** A short, stable name of the rule, for scripts: "session-within-conference-days". */
    public String rule() {
        return rule;
    }
}
