package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;

import java.util.List;
import java.util.Map;

/**
 * One thing wrong with a programme, as the checks report it: how bad it is, the rule's stable name
 * ("one-place-at-a-time"), the items involved ("session 'd2-primary'", "person 'koppis-alexandros'") and a sentence
 * an operator understands. An error is something the write path refuses; a warning is a gap worth knowing about.
 * {@code values} are the named values the sentence was made of ("day", "time"…), so that an adapter may word the
 * same problem in another language; the sentence itself is English, as the API gives it.
 */
public record ProgrammeProblem(Severity severity, String rule, List<String> items, String message,
                               Map<String, String> values) {

    /** How bad a problem is. */
    public enum Severity {
        /** The programme cannot be stored like this. */
        ERROR,
        /** The programme can be stored, but something is missing or doubtful. */
        WARNING
    }

    /** Rules whose breach is a bad value rather than a clash between good values. */
    private static final List<String> INVALID_VALUE_RULES = List.of("unique-ids", "person-known", "valid-data");

    public ProgrammeProblem {
        Check.notNull(severity, "severity");
        Check.notNull(rule, "rule");
        items = Check.list(items, "item");
        Check.notNull(message, "message");
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static ProgrammeProblem error(String rule, List<String> items, String message) {
        return new ProgrammeProblem(Severity.ERROR, rule, items, message, Map.of());
    }

    public static ProgrammeProblem error(String rule, List<String> items, Map<String, String> values, String message) {
        return new ProgrammeProblem(Severity.ERROR, rule, items, message, values);
    }

    public static ProgrammeProblem warning(String rule, List<String> items, String message) {
        return new ProgrammeProblem(Severity.WARNING, rule, items, message, Map.of());
    }

    public static ProgrammeProblem warning(String rule, List<String> items, Map<String, String> values,
                                           String message) {
        return new ProgrammeProblem(Severity.WARNING, rule, items, message, values);
    }

    /** A model refusal as a problem: what a draft that would not construct reports instead of stopping. */
    public static ProgrammeProblem of(DomainException e) {
        String rule = e instanceof RuleViolationException r ? r.rule() : "valid-data";
        return error(rule, e.item() == null ? List.of() : List.of(e.item()), e.getMessage());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The exception the write path throws for this error, naming the same item and rule. */
    public DomainException toException() {
        String item = items.isEmpty() ? "programme" : items.get(0);
        DomainException e = INVALID_VALUE_RULES.contains(rule) ? new InvalidValueException(item, message)
                : new RuleViolationException(item, rule, message);
        return e.stated(new DomainException.Statement(rule, items, values));
    }

    /** Throws the first error among the problems, if there is one: how constructors keep their invariants. */
    public static void throwFirstError(List<ProgrammeProblem> problems) {
        for (ProgrammeProblem p : problems) {
            if (p.isError()) {
                throw p.toException();
            }
        }
    }
}
