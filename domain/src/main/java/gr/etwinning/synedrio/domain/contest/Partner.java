package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.School;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A partner school of an awarded project, its name exactly as the source writes it, and its teachers' full names in
 * the source's order. The school itself is the registry's: see {@link #school()}.
 */
public record Partner(String schoolName, List<String> teachers) {

    public Partner {
        schoolName = School.named(schoolName).name();
        String item = "school '" + schoolName + "'";
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : Check.list(teachers, item + " teacher")) {
            String name = Check.text(t, item + " teacher", 200);
            if (!seen.add(GreekText.key(name))) {
                throw new InvalidValueException(item, item + " names teacher '" + name + "' twice");
            }
            names.add(name);
        }
        teachers = List.copyOf(names);
    }

    public School school() {
        return School.named(schoolName);
    }
}
