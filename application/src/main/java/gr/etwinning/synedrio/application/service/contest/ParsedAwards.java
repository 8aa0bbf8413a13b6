package gr.etwinning.synedrio.application.service.contest;

import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.Project;

import java.util.List;

/**
 * An awards table as read from text: its categories and projects, and every teachers cell whose split is not
 * certain, with its line.
 */
record ParsedAwards(List<Category> categories, List<Project> projects, List<Doubt> doubts) {

    /** A teachers cell on {@code line} that could not be split with confidence. */
    record Doubt(int line, String cell, List<String> proposal, String why) {

        String describe() {
            return "line " + line + " '" + cell + "' (" + why + (proposal.isEmpty() ? "; no split to propose"
                    : "; proposed: " + String.join(" + ", proposal)) + ")";
        }
    }
}
