package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A category of one contest, with its title exactly as that year's press release prints it ("Κατηγορία:
 * Νηπιαγωγείο (ηλικία 4-5)") and the pupils' ages when it states them.
 */
public record Category(CategoryKind kind, String title, Integer minAge, Integer maxAge) {

    private static final Pattern AGES = Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})");

    public Category {
        Check.notNull(kind, "category");
        title = Check.text(title, "category title", 300);
        if ((minAge == null) != (maxAge == null)) {
            throw new InvalidValueException("category '" + title + "'", "category '" + title
                    + "' gives one age bound but not the other; give both or neither");
        }
        if (minAge != null && (minAge < 3 || maxAge > 99 || maxAge < minAge)) {
            throw new InvalidValueException("category '" + title + "'", "category '" + title + "' ages " + minAge
                    + "-" + maxAge + " are not a range of pupils' ages");
        }
    }

    /** The category a press-release title names, with the ages it states; refused if the title names none. */
    public static Category fromTitle(String title) {
        String t = Check.text(title, "category title", 300);
        CategoryKind kind = CategoryKind.recognise(t).orElseThrow(() -> new InvalidValueException("category",
                "category '" + t + "' is none of the contest's categories (" + Arrays.stream(CategoryKind.values())
                        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")) + ")"));
        Matcher m = AGES.matcher(t);
        return m.find() ? new Category(kind, t, Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)))
                : new Category(kind, t, null, null);
    }

    public Optional<String> ages() {
        return minAge == null ? Optional.empty() : Optional.of(minAge + "-" + maxAge);
    }
}
