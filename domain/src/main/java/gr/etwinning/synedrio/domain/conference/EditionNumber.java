package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.InvalidValueException;

/** A conference's natural key: the 7th Panhellenic eTwinning Conference is edition 7. */
public record EditionNumber(int value) implements Comparable<EditionNumber> {

    public EditionNumber {
        if (value < 1 || value > 999) {
            throw new InvalidValueException("edition", "edition must be a whole number from 1 to 999, not " + value);
        }
    }

    public static EditionNumber of(int value) {
        return new EditionNumber(value);
    }

    @Override
    public int compareTo(EditionNumber o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
