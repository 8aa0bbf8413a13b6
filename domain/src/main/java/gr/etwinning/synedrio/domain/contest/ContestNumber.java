package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.InvalidValueException;

/** A national contest's natural key: the 15th National eTwinning Contest is contest 15. */
public record ContestNumber(int value) implements Comparable<ContestNumber> {

    public ContestNumber {
        if (value < 1 || value > 999) {
            throw new InvalidValueException("contest", "contest must be a whole number from 1 to 999, not " + value);
        }
    }

    public static ContestNumber of(int value) {
        return new ContestNumber(value);
    }

    @Override
    public int compareTo(ContestNumber o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
