package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An awarded eTwinning project: its title exactly as written, its category and distinction, and its partner schools
 * in the source's order, each with its teachers. A school is a partner once, however its name is typed.
 */
public record Project(CategoryKind category, Distinction distinction, String title, List<Partner> partners) {

    public Project {
        title = Check.text(title, "project title", 500);
        String item = "project '" + title + "'";
        Check.notNull(category, item + " category");
        Check.notNull(distinction, item + " award");
        partners = Check.list(partners, item + " partner");
        if (partners.isEmpty()) {
            throw new InvalidValueException(item, item + " has no partner school");
        }
        Map<String, String> seen = new HashMap<>();
        for (Partner p : partners) {
            String earlier = seen.putIfAbsent(p.school().key(), p.schoolName());
            if (earlier != null) {
                throw new InvalidValueException(item, item + " lists school '" + p.schoolName() + "' twice"
                        + (earlier.equals(p.schoolName()) ? "" : " (also as '" + earlier + "')"));
            }
        }
    }

    public int teacherCount() {
        return partners.stream().mapToInt(p -> p.teachers().size()).sum();
    }
}
