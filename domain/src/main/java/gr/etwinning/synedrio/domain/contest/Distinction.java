package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Optional;

/**
 * What a project won in its category: a place (1st, 2nd, …), or the special category's one prize ("Βραβείο"),
 * which may go to more than one project.
 */
public record Distinction(Integer place) {

    private static final Distinction PRIZE = new Distinction(null);

    public Distinction {
        if (place != null && (place < 1 || place > 20)) {
            throw new InvalidValueException("award", "a place must be from 1 to 20, not " + place);
        }
    }

    public static Distinction place(int place) {
        return new Distinction(place);
    }

    public static Distinction prize() {
        return PRIZE;
    }

    /** From the code files and the API use: "1", "2", … or "prize". */
    public static Distinction parse(String code) {
        String c = code == null ? "" : code.strip();
        if (c.equalsIgnoreCase("prize") || c.equals("Βραβείο")) {
            return PRIZE;
        }
        if (c.matches("\\d{1,2}")) {
            return place(Integer.parseInt(c));
        }
        throw new InvalidValueException("award", "award '" + code + "' is neither a place (1, 2, …) nor 'prize'");
    }

    public boolean isPrize() {
        return place == null;
    }

    public Optional<Integer> placeNumber() {
        return Optional.ofNullable(place);
    }

    /** "1", "2", … or "prize". */
    public String code() {
        return place == null ? "prize" : Integer.toString(place);
    }

    /** As the press release prints it: "1 <sup>ο</sup>" or "Βραβείο". */
    public String pressRelease() {
        return place == null ? "Βραβείο" : place + " <sup>ο</sup>";
    }

    /** For people: "1ο βραβείο" or "Βραβείο". */
    public String label() {
        return place == null ? "Βραβείο" : place + "ο βραβείο";
    }

    @Override
    public String toString() {
        return code();
    }
}
