package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ContestRecord;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.CategoryKind;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Distinction;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.PrizePolicy;
import gr.etwinning.synedrio.domain.contest.PrizeRule;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.contest.SchoolYear;
import gr.etwinning.synedrio.domain.school.School;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTEST;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTEST_CATEGORY;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTEST_PROJECT;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PARTNER_TEACHER;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PRIZE_RULE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROJECT_PARTNER;

/**
 * Contests in {@code contest}, with {@code contest_category}, {@code prize_rule}, {@code contest_project},
 * {@code project_partner} and {@code partner_teacher}. A contest is stored whole, like a programme: an update
 * deletes its rows and writes them again after a conditional update of the version that refuses a stale write.
 * Partners refer to the schools registry by key; the caller records the schools first.
 */
@Singleton
public final class JooqContestRepository implements ContestRepository {

    private final Database database;

    @Inject
    public JooqContestRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Contest> listAll() {
        List<Contest> result = new ArrayList<>();
        for (Integer n : database.dsl().select(CONTEST.NUMBER).from(CONTEST).orderBy(CONTEST.NUMBER)
                .fetch(CONTEST.NUMBER)) {
            find(ContestNumber.of(n)).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public Optional<Contest> findPresentedAt(EditionNumber edition) {
        Integer number = database.dsl().select(CONTEST.NUMBER).from(CONTEST)
                .where(CONTEST.CONFERENCE_EDITION.eq(edition.value())).orderBy(CONTEST.NUMBER).limit(1)
                .fetchOne(CONTEST.NUMBER);
        return number == null ? Optional.empty() : find(ContestNumber.of(number));
    }

    @Override
    public Optional<Contest> find(ContestNumber number) {
        DSLContext dsl = database.dsl();
        int n = number.value();
        ContestRecord c = dsl.selectFrom(CONTEST).where(CONTEST.NUMBER.eq(n)).fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        List<Category> categories = dsl.selectFrom(CONTEST_CATEGORY).where(CONTEST_CATEGORY.CONTEST.eq(n))
                .orderBy(CONTEST_CATEGORY.POSITION).fetch(r -> new Category(CategoryKind.valueOf(r.getKind()),
                        r.getTitle(), r.getMinAge(), r.getMaxAge()));
        List<PrizeRule> rules = dsl.selectFrom(PRIZE_RULE).where(PRIZE_RULE.CONTEST.eq(n))
                .orderBy(PRIZE_RULE.POSITION).fetch(r -> new PrizeRule(EducationLevel.valueOf(r.getEducationLevel()),
                        r.getQuantity(), r.getItem()));
        Map<String, List<String>> teachers = new HashMap<>();
        dsl.selectFrom(PARTNER_TEACHER).where(PARTNER_TEACHER.CONTEST.eq(n))
                .orderBy(PARTNER_TEACHER.PROJECT_POSITION, PARTNER_TEACHER.PARTNER_POSITION, PARTNER_TEACHER.POSITION)
                .fetch().forEach(r -> teachers.computeIfAbsent(r.getProjectPosition() + "/" + r.getPartnerPosition(),
                        k -> new ArrayList<>()).add(r.getTeacherName()));
        Map<Integer, List<Partner>> partners = new HashMap<>();
        dsl.selectFrom(PROJECT_PARTNER).where(PROJECT_PARTNER.CONTEST.eq(n))
                .orderBy(PROJECT_PARTNER.PROJECT_POSITION, PROJECT_PARTNER.POSITION).fetch()
                .forEach(r -> partners.computeIfAbsent(r.getProjectPosition(), k -> new ArrayList<>())
                        .add(new Partner(r.getSchoolName(), teachers.getOrDefault(r.getProjectPosition() + "/"
                                + r.getPosition(), List.of()))));
        List<Project> projects = dsl.selectFrom(CONTEST_PROJECT).where(CONTEST_PROJECT.CONTEST.eq(n))
                .orderBy(CONTEST_PROJECT.POSITION).fetch(r -> new Project(CategoryKind.valueOf(r.getCategoryKind()),
                        r.getPlace() == null ? Distinction.prize() : Distinction.place(r.getPlace()), r.getTitle(),
                        partners.getOrDefault(r.getPosition(), List.of())));
        return Optional.of(Contest.restore(number,
                c.getSchoolYearStart() == null ? null : new SchoolYear(c.getSchoolYearStart()),
                c.getConferenceEdition() == null ? null : EditionNumber.of(c.getConferenceEdition()), categories,
                projects, rules.isEmpty() ? null : new PrizePolicy(c.getPolicySource(), rules), c.getVersion()));
    }

    @Override
    public void add(Contest contest) {
        DSLContext dsl = database.dsl();
        dsl.insertInto(CONTEST).set(record(contest, 1L)).execute();
        writeChildren(dsl, contest);
    }

    @Override
    public long update(Contest contest) {
        DSLContext dsl = database.dsl();
        int n = contest.number().value();
        int updated = dsl.update(CONTEST).set(record(contest, contest.version() + 1))
                .where(CONTEST.NUMBER.eq(n).and(CONTEST.VERSION.eq(contest.version()))).execute();
        if (updated != 1) {
            throw new ConflictException("contest " + n, "contest " + n + " was changed by somebody else while this"
                    + " change was being made; nothing was written: read it again and reapply your change");
        }
        dsl.deleteFrom(PARTNER_TEACHER).where(PARTNER_TEACHER.CONTEST.eq(n)).execute();
        dsl.deleteFrom(PROJECT_PARTNER).where(PROJECT_PARTNER.CONTEST.eq(n)).execute();
        dsl.deleteFrom(CONTEST_PROJECT).where(CONTEST_PROJECT.CONTEST.eq(n)).execute();
        dsl.deleteFrom(PRIZE_RULE).where(PRIZE_RULE.CONTEST.eq(n)).execute();
        dsl.deleteFrom(CONTEST_CATEGORY).where(CONTEST_CATEGORY.CONTEST.eq(n)).execute();
        writeChildren(dsl, contest);
        return contest.version() + 1;
    }

    private static ContestRecord record(Contest c, long version) {
        ContestRecord r = new ContestRecord();
        r.setNumber(c.number().value());
        r.setSchoolYearStart(c.schoolYear().map(SchoolYear::startYear).orElse(null));
        r.setConferenceEdition(c.presentedAt().map(EditionNumber::value).orElse(null));
        r.setPolicySource(c.prizePolicy().map(PrizePolicy::source).orElse(null));
        r.setVersion(version);
        return r;
    }

    private static void writeChildren(DSLContext dsl, Contest c) {
        int n = c.number().value();
        for (int i = 0; i < c.categories().size(); i++) {
            Category k = c.categories().get(i);
            dsl.insertInto(CONTEST_CATEGORY).set(CONTEST_CATEGORY.CONTEST, n).set(CONTEST_CATEGORY.POSITION, i)
                    .set(CONTEST_CATEGORY.KIND, k.kind().name()).set(CONTEST_CATEGORY.TITLE, k.title())
                    .set(CONTEST_CATEGORY.MIN_AGE, k.minAge()).set(CONTEST_CATEGORY.MAX_AGE, k.maxAge()).execute();
        }
        List<PrizeRule> rules = c.prizePolicy().map(PrizePolicy::rules).orElse(List.of());
        for (int i = 0; i < rules.size(); i++) {
            PrizeRule r = rules.get(i);
            dsl.insertInto(PRIZE_RULE).set(PRIZE_RULE.CONTEST, n).set(PRIZE_RULE.POSITION, i)
                    .set(PRIZE_RULE.EDUCATION_LEVEL, r.level().name()).set(PRIZE_RULE.QUANTITY, r.quantity())
                    .set(PRIZE_RULE.ITEM, r.item()).execute();
        }
        for (int i = 0; i < c.projects().size(); i++) {
            Project p = c.projects().get(i);
            dsl.insertInto(CONTEST_PROJECT).set(CONTEST_PROJECT.CONTEST, n).set(CONTEST_PROJECT.POSITION, i)
                    .set(CONTEST_PROJECT.CATEGORY_KIND, p.category().name())
                    .set(CONTEST_PROJECT.PLACE, p.distinction().place()).set(CONTEST_PROJECT.TITLE, p.title())
                    .execute();
            for (int j = 0; j < p.partners().size(); j++) {
                Partner partner = p.partners().get(j);
                School school = partner.school();
                dsl.insertInto(PROJECT_PARTNER).set(PROJECT_PARTNER.CONTEST, n)
                        .set(PROJECT_PARTNER.PROJECT_POSITION, i).set(PROJECT_PARTNER.POSITION, j)
                        .set(PROJECT_PARTNER.SCHOOL_KEY, school.key())
                        .set(PROJECT_PARTNER.SCHOOL_NAME, partner.schoolName()).execute();
                if (!partner.teachers().isEmpty()) {
                    var insert = dsl.insertInto(PARTNER_TEACHER, PARTNER_TEACHER.CONTEST,
                            PARTNER_TEACHER.PROJECT_POSITION, PARTNER_TEACHER.PARTNER_POSITION,
                            PARTNER_TEACHER.POSITION, PARTNER_TEACHER.TEACHER_NAME);
                    for (int t = 0; t < partner.teachers().size(); t++) {
                        insert = insert.values(n, i, j, t, partner.teachers().get(t));
                    }
                    insert.execute();
                }
            }
        }
    }
}
