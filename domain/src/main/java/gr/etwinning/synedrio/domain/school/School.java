package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.util.Optional;
import java.util.Set;

/**
 * A school unit, with its name exactly as written. Its key, unit type and features are read from the name (see
 * {@link SchoolName}); two schools are the same school when their keys are equal, however they were typed:
 * "27ο ΓΕΛ ΑΘΗΝΩΝ" is "27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ".
 */
public final class School {

    private final String name;
    private final SchoolName.Reading reading;

    private School(String name) {
        this.name = Check.text(name, "school name", 300);
        this.reading = SchoolName.read(this.name);
        if (reading.key().isEmpty()) {
            throw new InvalidValueException("school name", "school name '" + name + "' has no letters or digits");
        }
    }

    public static School named(String name) {
        return new School(name);
    }

    /** The name exactly as written. */
    public String name() {
        return name;
    }

    /** The key that identifies the school whatever case, accents, abbreviations or look-alike letters were typed. */
    public String key() {
        return reading.key();
    }

    /** The unit type the name reveals, or empty when it reveals none (a private school's brand name). */
    public Optional<SchoolType> type() {
        return Optional.ofNullable(reading.type());
    }

    public boolean isClassified() {
        return reading.type() != null;
    }

    /** Primary or secondary, from the unit type; empty when the type is unknown. */
    public Optional<EducationLevel> level() {
        return type().map(SchoolType::level);
    }

    public Set<SchoolFeature> features() {
        return reading.features();
    }

    public boolean sameSchoolAs(School other) {
        return other != null && key().equals(other.key());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School s && s.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return "School[" + name + "]";
    }
}
