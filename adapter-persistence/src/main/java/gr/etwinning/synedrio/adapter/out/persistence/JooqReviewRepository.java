package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ReviewAssignmentRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ReviewerRecord;
import gr.etwinning.synedrio.application.port.out.cfp.ReviewRepository;
import gr.etwinning.synedrio.application.port.out.cfp.StoredAssignment;
import gr.etwinning.synedrio.domain.cfp.Recommendation;
import gr.etwinning.synedrio.domain.cfp.Review;
import gr.etwinning.synedrio.domain.cfp.Reviewer;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository.instant;
import static gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository.utc;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REVIEWER;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REVIEW_ASSIGNMENT;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SUBMISSION;

/** Reviewers in {@code reviewer}; assignments and the reviews written for them in {@code review_assignment}. */
@Singleton
public final class JooqReviewRepository implements ReviewRepository {

    private final Database database;

    @Inject
    public JooqReviewRepository(Database database) {
        this.database = database;
    }

    @Override
    public void saveReviewer(Reviewer r) {
        var dsl = database.dsl();
        ReviewerRecord record = new ReviewerRecord();
        record.setTokenName(r.token());
        record.setFullName(r.fullName());
        record.setEmailKey(r.email().key());
        record.setSchool(r.school());
        record.setSchoolKey(r.schoolKey());
        record.setLevels(String.join(",", r.levels().stream().sorted().map(l -> l.name().toLowerCase(Locale.ROOT))
                .toList()));
        record.setKeywords(String.join("\n", r.keywords()));
        try {
            if (dsl.update(REVIEWER).set(record).where(REVIEWER.TOKEN_NAME.eq(r.token())).execute() == 0) {
                dsl.insertInto(REVIEWER).set(record).execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<Reviewer> findReviewer(String token) {
        return database.dsl().selectFrom(REVIEWER).where(REVIEWER.TOKEN_NAME.eq(token)).fetchOptional()
                .map(JooqReviewRepository::toReviewer);
    }

    @Override
    public List<Reviewer> reviewers() {
        return database.dsl().selectFrom(REVIEWER).orderBy(REVIEWER.TOKEN_NAME).fetch(JooqReviewRepository::toReviewer);
    }

    private static Reviewer toReviewer(ReviewerRecord r) {
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        for (String l : r.getLevels().split(",")) {
            levels.add(EducationLevel.valueOf(l.strip().toUpperCase(Locale.ROOT)));
        }
        return new Reviewer(r.getTokenName(), r.getFullName(), new EmailAddress(r.getEmailKey()), r.getSchool(),
                levels, r.getKeywords().isEmpty() ? List.of() : Arrays.asList(r.getKeywords().split("\n")));
    }

    @Override
    public List<StoredAssignment> assignments(EditionNumber edition) {
        return select(SUBMISSION.EDITION.eq(edition.value()));
    }

    @Override
    public List<StoredAssignment> assignmentsOf(EditionNumber edition, String reviewer) {
        return select(SUBMISSION.EDITION.eq(edition.value()).and(REVIEW_ASSIGNMENT.REVIEWER.eq(reviewer)));
    }

    @Override
    public Optional<StoredAssignment> find(long submissionId, String reviewer) {
        return select(REVIEW_ASSIGNMENT.SUBMISSION_ID.eq(submissionId).and(REVIEW_ASSIGNMENT.REVIEWER.eq(reviewer)))
                .stream().findFirst();
    }

    private List<StoredAssignment> select(Condition where) {
        return database.dsl().select(REVIEW_ASSIGNMENT.fields()).select(SUBMISSION.NUMBER).from(REVIEW_ASSIGNMENT)
                .join(SUBMISSION).on(SUBMISSION.ID.eq(REVIEW_ASSIGNMENT.SUBMISSION_ID)).where(where)
                .orderBy(SUBMISSION.NUMBER, REVIEW_ASSIGNMENT.REVIEWER)
                .fetch(JooqReviewRepository::toAssignment);
    }

    private static StoredAssignment toAssignment(Record row) {
        ReviewAssignmentRecord r = row.into(REVIEW_ASSIGNMENT);
        Review review = null;
        if (r.getRecommendation() != null) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String line : r.getScores().split("\n")) {
                int eq = line.lastIndexOf('=');
                scores.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1)));
            }
            review = new Review(scores, Recommendation.of(r.getRecommendation()), r.getToAuthors(),
                    r.getToCommittee());
        }
        return new StoredAssignment(r.getSubmissionId(), row.get(SUBMISSION.NUMBER), r.getReviewer(),
                instant(r.getAssignedAt()), review, instant(r.getReviewedAt()));
    }

    @Override
    public void assign(long submissionId, String reviewer, Instant at) {
        try {
            database.dsl().insertInto(REVIEW_ASSIGNMENT).set(REVIEW_ASSIGNMENT.SUBMISSION_ID, submissionId)
                    .set(REVIEW_ASSIGNMENT.REVIEWER, reviewer).set(REVIEW_ASSIGNMENT.ASSIGNED_AT, utc(at)).execute();
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public boolean unassign(long submissionId, String reviewer) {
        return database.dsl().deleteFrom(REVIEW_ASSIGNMENT).where(REVIEW_ASSIGNMENT.SUBMISSION_ID.eq(submissionId))
                .and(REVIEW_ASSIGNMENT.REVIEWER.eq(reviewer)).execute() > 0;
    }

    @Override
    public void saveReview(long submissionId, String reviewer, Review review, Instant at) {
        StringBuilder scores = new StringBuilder();
        review.scores().forEach((k, v) -> scores.append(scores.length() == 0 ? "" : "\n").append(k).append('=')
                .append(v));
        database.dsl().update(REVIEW_ASSIGNMENT).set(REVIEW_ASSIGNMENT.SCORES, scores.toString())
                .set(REVIEW_ASSIGNMENT.RECOMMENDATION, review.recommendation().code())
                .set(REVIEW_ASSIGNMENT.TO_AUTHORS, review.toAuthors())
                .set(REVIEW_ASSIGNMENT.TO_COMMITTEE, review.toCommittee())
                .set(REVIEW_ASSIGNMENT.REVIEWED_AT, utc(at))
                .where(REVIEW_ASSIGNMENT.SUBMISSION_ID.eq(submissionId)).and(REVIEW_ASSIGNMENT.REVIEWER.eq(reviewer))
                .execute();
    }
}
