package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewAssignmentTest {

    private static final String[] SCHOOLS = {"1ο Γυμνάσιο Πατρών", "3ο Δημοτικό Σχολείο Λάρισας",
            "2ο ΕΠΑΛ Χανίων", "Πρότυπο Λύκειο Ηρακλείου", "5ο Νηπιαγωγείο Βόλου", "Μουσικό Σχολείο Κέρκυρας"};

    static Reviewer reviewer(int i, String school, Set<EducationLevel> levels) {
        return new Reviewer("rev-" + i, "Κριτής Αριθμός" + i, new EmailAddress("rev" + i + "@uni.gr"), school, levels,
                List.of());
    }

    static SubmissionContent content(int n, EducationLevel level, List<Author> authors) {
        return new SubmissionContent("Εργασία " + n, SubmissionType.PAPER, level, "Περίληψη.", List.of(), authors);
    }

    @RepeatedTest(20)
    void everyConflictIsAvoidedAndLoadsStayWithinOneWhenTheConflictsAllowIt() {
        Random random = new Random();
        List<Reviewer> reviewers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            reviewers.add(reviewer(i, SCHOOLS[i - 1], EnumSet.allOf(EducationLevel.class)));
        }
        List<ReviewAssignment.Candidate> candidates = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            List<Author> authors = new ArrayList<>();
            authors.add(new Author("Συγγραφέας " + n, new EmailAddress("a" + n + "@sch.gr"),
                    SCHOOLS[random.nextInt(SCHOOLS.length)].toUpperCase(java.util.Locale.forLanguageTag("el")), true));
            if (random.nextBoolean()) {
                authors.add(new Author("Συνεργάτης " + n, new EmailAddress("b" + n + "@sch.gr"),
                        SCHOOLS[random.nextInt(SCHOOLS.length)], false));
            }
            if (n == 5) {
                authors.add(new Author("Κριτής Αριθμός3", new EmailAddress("other@uni.gr"), null, false));
            }
            candidates.add(new ReviewAssignment.Candidate(n, content(n, n % 2 == 0 ? EducationLevel.PRIMARY
                    : EducationLevel.SECONDARY, authors)));
        }
        ReviewAssignment.Plan plan = ReviewAssignment.plan(candidates, reviewers, List.of(), 2);
        Map<Integer, Set<String>> on = new HashMap<>();
        for (ReviewAssignment.Pair p : plan.added()) {
            assertThat(on.computeIfAbsent(p.number(), k -> new HashSet<>()).add(p.reviewer())).isTrue();
            Reviewer r = reviewers.stream().filter(x -> x.token().equals(p.reviewer())).findFirst().orElseThrow();
            assertThat(r.conflictWith(candidates.get(p.number() - 1).content())).isEmpty();
        }
        assertThat(on.get(5)).doesNotContain("rev-3");
        for (ReviewAssignment.Candidate c : candidates) {
            long eligible = reviewers.stream().filter(r -> r.conflictWith(c.content()).isEmpty()).count();
            assertThat(on.getOrDefault(c.number(), Set.of())).hasSize((int) Math.min(2, eligible));
        }
        assertThat(plan.load().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(plan.added().size());
        assertThat(plan.removed()).isEmpty();
        assertThat(plan.spread()).as("loads %s", plan.load()).isLessThanOrEqualTo(1);
    }

    @Test
    void levelsAreMatchedAndASecondRunOnlyFillsGaps() {
        List<Reviewer> reviewers = List.of(reviewer(1, null, EnumSet.of(EducationLevel.PRIMARY)),
                reviewer(2, null, EnumSet.of(EducationLevel.SECONDARY)),
                reviewer(3, null, EnumSet.allOf(EducationLevel.class)));
        List<ReviewAssignment.Candidate> candidates = List.of(
                new ReviewAssignment.Candidate(1, content(1, EducationLevel.PRIMARY, List.of(new Author("Α",
                        new EmailAddress("a@sch.gr"), null, true)))),
                new ReviewAssignment.Candidate(2, content(2, EducationLevel.SECONDARY, List.of(new Author("Β",
                        new EmailAddress("b@sch.gr"), null, true)))));
        ReviewAssignment.Plan plan = ReviewAssignment.plan(candidates, reviewers, List.of(), 2);
        assertThat(plan.added()).containsExactlyInAnyOrder(new ReviewAssignment.Pair(1, "rev-1", false),
                new ReviewAssignment.Pair(1, "rev-3", false), new ReviewAssignment.Pair(2, "rev-2", false),
                new ReviewAssignment.Pair(2, "rev-3", false));
        ReviewAssignment.Plan again = ReviewAssignment.plan(candidates, reviewers, plan.added(), 2);
        assertThat(again.added()).isEmpty();
        assertThat(again.removed()).isEmpty();
    }

    @Test
    void aSchoolIsOneHoweverTyped() {
        Reviewer r = reviewer(1, "1ο Γυμνάσιο Πατρών", EnumSet.allOf(EducationLevel.class));
        assertThat(r.conflictWith(content(1, EducationLevel.SECONDARY, List.of(new Author("Α",
                new EmailAddress("a@sch.gr"), "1ο ΓΥΜΝΑΣΙΟ ΠΑΤΡΩΝ", true))))).hasValue("is from an author's school");
        assertThat(r.conflictWith(content(1, EducationLevel.SECONDARY, List.of(new Author("Α",
                new EmailAddress("REV1@uni.gr"), null, true))))).hasValue("is an author");
    }
}
