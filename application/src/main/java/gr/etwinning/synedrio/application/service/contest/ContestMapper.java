package gr.etwinning.synedrio.application.service.contest;

import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.CategoryData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.PartnerData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.PrizePolicyData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.PrizeRuleData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.ProjectData;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
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

import java.util.ArrayList;
import java.util.List;

/** A contest and its plain records, both ways; every refusal names the item. */
public final class ContestMapper {

    private ContestMapper() {
    }

    /** The contest the data describes, as contest {@code number}; refused if the data names another number. */
    public static Contest toContest(int number, ContestData d) {
        ContestNumber n = ContestNumber.of(number);
        if (d.number() != null && d.number() != number) {
            throw new InvalidValueException("number", "the body is contest " + d.number() + " but the request is"
                    + " for contest " + number);
        }
        return InContext.run("contest " + n, () -> Contest.create(n, schoolYear(d.schoolYear()),
                d.conference() == null ? null : EditionNumber.of(d.conference()), categories(d.categories()),
                projects(d.projects()), policy(d.prizePolicy())));
    }

    public static SchoolYear schoolYear(String text) {
        return text == null || text.isBlank() ? null : SchoolYear.parse(text);
    }

    static List<Category> categories(List<CategoryData> data) {
        List<Category> result = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            CategoryData c = Check.notNull(data.get(i), "category #" + (i + 1));
            String item = "category #" + (i + 1);
            CategoryKind kind = Enums.parse(CategoryKind.class, c.kind(), item + " kind");
            if (c.minAge() == null && c.maxAge() == null && c.title() != null && !c.title().isBlank()) {
                Category read = InContext.run(item, () -> Category.fromTitle(c.title()));
                result.add(new Category(kind, read.title(), read.minAge(), read.maxAge()));
            } else {
                result.add(new Category(kind, c.title(), c.minAge(), c.maxAge()));
            }
        }
        return result;
    }

    static List<Project> projects(List<ProjectData> data) {
        List<Project> result = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            ProjectData p = Check.notNull(data.get(i), "project #" + (i + 1));
            String item = "project #" + (i + 1) + (p.title() == null ? "" : " '" + p.title() + "'");
            result.add(InContext.run(item, () -> {
                List<Partner> partners = new ArrayList<>();
                for (int j = 0; j < p.partners().size(); j++) {
                    PartnerData partner = Check.notNull(p.partners().get(j), "partner #" + (j + 1));
                    partners.add(new Partner(partner.school(), partner.teachers()));
                }
                return new Project(Enums.parse(CategoryKind.class, p.category(), "category"),
                        Distinction.parse(p.award()), p.title(), partners);
            }));
        }
        return result;
    }

    static PrizePolicy policy(PrizePolicyData data) {
        if (data == null) {
            return null;
        }
        List<PrizeRule> rules = new ArrayList<>();
        for (int i = 0; i < data.rules().size(); i++) {
            PrizeRuleData r = Check.notNull(data.rules().get(i), "prize rule #" + (i + 1));
            String item = "prize rule #" + (i + 1);
            rules.add(new PrizeRule(Enums.parse(EducationLevel.class, r.level(), item + " level"),
                    Check.notNull(r.quantity(), item + " quantity"), r.item()));
        }
        return new PrizePolicy(data.source(), rules);
    }

    public static ContestData toData(Contest c) {
        List<CategoryData> categories = c.categories().stream()
                .map(k -> new CategoryData(Enums.write(k.kind()), k.title(), k.minAge(), k.maxAge())).toList();
        List<ProjectData> projects = c.projects().stream()
                .map(p -> new ProjectData(Enums.write(p.category()), p.distinction().code(), p.title(),
                        p.partners().stream().map(x -> new PartnerData(x.schoolName(), x.teachers())).toList()))
                .toList();
        PrizePolicyData policy = c.prizePolicy().map(pp -> new PrizePolicyData(pp.source(), pp.rules().stream()
                .map(r -> new PrizeRuleData(Enums.write(r.level()), r.quantity(), r.item())).toList()))
                .orElse(null);
        return new ContestData(c.number().value(), c.schoolYear().map(Object::toString).orElse(null),
                c.presentedAt().map(EditionNumber::value).orElse(null), policy, categories, projects,
                c.version());
    }
}
