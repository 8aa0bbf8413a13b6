package gr.etwinning.synedrio.application.port.out.contest;

import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.Project;

import java.util.List;

/**
 * An awards table as read from text: its categories and projects, and every teachers cell whose split is not
 * certain, with its line.
 */
public record ParsedAwards(List<Category> categories, List<Project> projects, List<Doubt> doubts) {

    /** A teachers cell on {@code line} that could not be split with confidence. */
    public record Doubt(int line, String cell, List<String> proposal, String why) {

        public String describe() {
            return "line " + line + " '" + cell + "' (" + why + (proposal.isEmpty() ? "; no split to propose"
                    : "; proposed: " + String.join(" + ", proposal)) + ")";
        }
    }
}
