package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;

/** What every awarded school unit of one education level receives: {@code quantity} × {@code item}. */
public record PrizeRule(EducationLevel level, int quantity, String item) {

    public PrizeRule {
        Check.notNull(level, "prize level");
        if (quantity < 1 || quantity > 1000) {
            throw new InvalidValueException("prize quantity", "a prize's quantity must be from 1 to 1000, not "
                    + quantity);
        }
        item = Check.text(item, "prize item", 100);
    }

    /** "10 × tablet". */
    public String describe() {
        return quantity + " × " + item;
    }
}
