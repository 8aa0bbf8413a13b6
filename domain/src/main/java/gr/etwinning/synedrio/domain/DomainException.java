package gr.etwinning.synedrio.domain;

/**
 * Base of every error the model raises. Its message is written for the operator who typed the data: it names
 * the item and the rule in plain words.
 */
public abstract class DomainException extends RuntimeException {

    private final String item;
    private Statement statement;

    protected DomainException(String item, String message) {
        super(message);
        this.item = item;
    }

    /** What the error is about, as the operator knows it: "session 'd2-primary'", "edition", "speaker #2". */
    public String item() {
        return item;
    }

    /**
     * What the message was made of, when the model knows it: the rule's stable name, the items and the named values,
     * so that an adapter may word the error in another language than the message's English.
     */
    public record Statement(String rule, java.util.List<String> items, java.util.Map<String, String> values) {
        public Statement {
            items = java.util.List.copyOf(items);
            values = java.util.Map.copyOf(values);
        }
    }

    /** This exception, stating what its message was made of. */
    public DomainException stated(Statement statement) {
        this.statement = statement;
        return this;
    }

    public java.util.Optional<Statement> statement() {
        return java.util.Optional.ofNullable(statement);
    }
}
