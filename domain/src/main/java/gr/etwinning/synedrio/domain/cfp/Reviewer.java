package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.school.SchoolName;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member of the scientific committee who reviews: the name of their {@code review} token, who they are (so that
 * they never review their own submission or one from their school) and what they review (levels, keywords).
 */
public record Reviewer(String token, String fullName, EmailAddress email, String school,
                       Set<EducationLevel> levels, List<String> keywords) {

    public Reviewer {
        token = Check.text(token, "reviewer", 100);
        fullName = Check.text(fullName, "name", 200);
        Check.notNull(email, "email");
        school = Check.optionalText(school, "school", 300);
        if (levels == null || levels.isEmpty()) {
            throw new InvalidValueException("levels", "a reviewer reviews at least one level: primary, secondary");
        }
        levels = Set.copyOf(EnumSet.copyOf(levels));
        keywords = keywords == null ? List.of() : keywords.stream().map(k -> Check.text(k, "keywords", 100))
                .distinct().toList();
    }

    public String schoolKey() {
        return school == null ? null : SchoolName.key(school);
    }

    /**
     * Why this reviewer may not review that submission, or empty: they wrote it (the same e-mail address or name),
     * or an author is from their school.
     */
    public Optional<String> conflictWith(SubmissionContent s) {
        String myName = GreekText.key(fullName);
        String mySchool = schoolKey();
        for (Author a : s.authors()) {
            if (a.email().key().equals(email.key()) || a.nameKey().equals(myName)) {
                return Optional.of("is an author");
            }
            if (mySchool != null && !mySchool.isBlank() && mySchool.equals(a.schoolKey())) {
                return Optional.of("is from an author's school");
            }
        }
        return Optional.empty();
    }

    /** How many of the submission's keywords this reviewer named (folded). */
    public int keywordMatches(SubmissionContent s) {
        Set<String> mine = new java.util.HashSet<>(keywords.stream().map(GreekText::key).toList());
        return (int) s.keywords().stream().map(GreekText::key).filter(mine::contains).count();
    }
}
