package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.Optional;

/**
 * A school unit, with its name exactly as written and its official type when known. Two schools are the same
 * school when their names fold to the same key, however they were typed.
 */
public record School(String name, SchoolType type) {

    public School {
        name = Check.text(name, "school name", 300);
    }

    public Optional<SchoolType> knownType() {
        return Optional.ofNullable(type);
    }

    /** The key that identifies the school whatever case, accents or look-alike letters were typed. */
    public String key() {
        return GreekText.key(name);
    }
}
