package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.school.School;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One national eTwinning contest: its number (the 15th), its school year, the conference whose award ceremony
 * presents its winners (the 7th), its categories as that year's press release titles them, its awarded projects and
 * its prize policy. The number is its natural key.
 *
 * <p>Invariants: a category is listed once; every project is in a listed category; a category ranked by age gives
 * places, each to one project, and a special category gives only its prize, to one project or more; a project title
 * appears once per category. Projects are kept in category order, and within a category in the order given.
 */
public final class Contest {

    private final ContestNumber number;
    private SchoolYear schoolYear;
    private EditionNumber presentedAt;
    private List<Category> categories;
    private List<Project> projects;
    private PrizePolicy prizePolicy;
    private final long version;

    private Contest(ContestNumber number, long version) {
        this.number = Check.notNull(number, "contest");
        this.version = version;
    }

    public static Contest create(ContestNumber number, SchoolYear schoolYear, EditionNumber presentedAt,
                                 List<Category> categories, List<Project> projects, PrizePolicy prizePolicy) {
        return restore(number, schoolYear, presentedAt, categories, projects, prizePolicy, 0);
    }

    /** A contest as stored, at the given version; checked again like a new one. */
    public static Contest restore(ContestNumber number, SchoolYear schoolYear, EditionNumber presentedAt,
                                  List<Category> categories, List<Project> projects, PrizePolicy prizePolicy,
                                  long version) {
        Contest c = new Contest(number, version);
        c.revise(schoolYear, presentedAt, categories, projects, prizePolicy);
        return c;
    }

    /** Replaces everything but the number, after checking the whole. */
    public void revise(SchoolYear schoolYear, EditionNumber presentedAt, List<Category> categories,
                       List<Project> projects, PrizePolicy prizePolicy) {
        List<Category> cats = Check.list(categories, "category");
        Map<CategoryKind, Category> byKind = new EnumMap<>(CategoryKind.class);
        for (Category c : cats) {
            if (byKind.put(c.kind(), c) != null) {
                throw new InvalidValueException("category '" + c.title() + "'", "contest " + number
                        + " lists category " + code(c.kind()) + " twice ('" + byKind.get(c.kind()).title() + "')");
            }
        }
        List<Project> given = Check.list(projects, "project");
        Map<CategoryKind, List<Project>> grouped = new LinkedHashMap<>();
        cats.forEach(c -> grouped.put(c.kind(), new ArrayList<>()));
        for (Project p : given) {
            Category category = byKind.get(p.category());
            if (category == null) {
                throw new RuleViolationException("project '" + p.title() + "'", "project-in-listed-category",
                        "project '" + p.title() + "' is in category " + code(p.category())
                                + ", which contest " + number + " does not list");
            }
            checkAward(category, grouped.get(p.category()), p);
            grouped.get(p.category()).add(p);
        }
        List<Project> ordered = new ArrayList<>();
        grouped.values().forEach(ordered::addAll);
        this.schoolYear = schoolYear;
        this.presentedAt = presentedAt;
        this.categories = List.copyOf(cats);
        this.projects = List.copyOf(ordered);
        this.prizePolicy = prizePolicy;
    }

    /** Whether {@code project} may join {@code earlier}, the projects already in its category. */
    private static void checkAward(Category category, List<Project> earlier, Project project) {
        String item = "project '" + project.title() + "'";
        Distinction d = project.distinction();
        if (category.kind().special() && !d.isPrize()) {
            throw new RuleViolationException(item, "special-category-gives-its-prize", item + " gets place "
                    + d.place() + " in '" + category.title() + "', a special category, which gives one prize"
                    + " ('Βραβείο') and no places");
        }
        if (!category.kind().special() && d.isPrize()) {
            throw new RuleViolationException(item, "category-ranks-its-projects", item + " gets the special prize"
                    + " ('Βραβείο') in '" + category.title() + "', which ranks its projects 1st, 2nd, …");
        }
        for (Project e : earlier) {
            if (!d.isPrize() && d.equals(e.distinction())) {
                throw new RuleViolationException(item, "one-project-per-place", "'" + category.title()
                        + "' gives place " + d.place() + " to both '" + e.title() + "' and '" + project.title() + "'");
            }
            if (GreekText.key(e.title()).equals(GreekText.key(project.title()))) {
                throw new InvalidValueException(item, item + " is listed twice in '" + category.title() + "'");
            }
        }
    }

    private static String code(CategoryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public ContestNumber number() {
        return number;
    }

    public Optional<SchoolYear> schoolYear() {
        return Optional.ofNullable(schoolYear);
    }

    /** The conference edition whose award ceremony presents the winners, if known. */
    public Optional<EditionNumber> presentedAt() {
        return Optional.ofNullable(presentedAt);
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(CategoryKind kind) {
        return categories.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** In category order, then in the order given. */
    public List<Project> projects() {
        return projects;
    }

    public Optional<PrizePolicy> prizePolicy() {
        return Optional.ofNullable(prizePolicy);
    }

    public long version() {
        return version;
    }

    /** Every partner school once, by key, in the order of their first appearance. */
    public List<School> schools() {
        Map<String, School> schools = new LinkedHashMap<>();
        for (Project p : projects) {
            for (Partner partner : p.partners()) {
                schools.putIfAbsent(partner.school().key(), partner.school());
            }
        }
        return List.copyOf(schools.values());
    }

    public int partnerCount() {
        return projects.stream().mapToInt(p -> p.partners().size()).sum();
    }

    public int teacherCount() {
        return projects.stream().mapToInt(Project::teacherCount).sum();
    }

    /**
     * Each awarded school unit's prize under the contest's policy, once per school however many of its projects
     * won. The level follows the school: from its unit type when its name reveals one; otherwise from its category
     * (all its categories must agree); otherwise undecided. Empty when the contest has no prize policy.
     */
    public Optional<PrizeAllocation> allocatePrizes() {
        return prizePolicy == null ? Optional.empty() : Optional.of(allocatePrizes(prizePolicy));
    }

    /** Each awarded school unit's prize under the given policy (another contest's, carried over, say). */
    public PrizeAllocation allocatePrizes(PrizePolicy prizePolicy) {
        Check.notNull(prizePolicy, "prize policy");
        Map<String, School> schools = new LinkedHashMap<>();
        Map<String, List<Project>> awardedIn = new HashMap<>();
        for (Project p : projects) {
            for (Partner partner : p.partners()) {
                School s = partner.school();
                schools.putIfAbsent(s.key(), s);
                awardedIn.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(p);
            }
        }
        List<SchoolPrize> result = new ArrayList<>();
        for (School s : schools.values()) {
            List<Project> in = awardedIn.get(s.key());
            List<String> titles = in.stream().map(Project::title).toList();
            EducationLevel level;
            LevelBasis basis;
            String why;
            if (s.type().isPresent()) {
                level = s.type().get().level();
                basis = LevelBasis.SCHOOL_TYPE;
                why = "its name says " + s.type().get().officialName();
                EducationLevel schoolLevel = level;
                Optional<Project> other = in.stream()
                        .filter(p -> p.category().level().filter(l -> l != schoolLevel).isPresent()).findFirst();
                if (other.isPresent()) {
                    why += ", so " + level.name().toLowerCase(Locale.ROOT) + " although its category '"
                            + category(other.get().category()).orElseThrow().title() + "' is "
                            + other.get().category().level().orElseThrow().name().toLowerCase(Locale.ROOT)
                            + ": the prize follows the school";
                }
            } else {
                List<Optional<EducationLevel>> levels = in.stream().map(p -> p.category().level()).distinct()
                        .toList();
                Category first = category(in.get(0).category()).orElseThrow();
                if (levels.size() == 1 && levels.get(0).isPresent()) {
                    level = levels.get(0).get();
                    basis = LevelBasis.CATEGORY_LEVEL;
                    why = "its name reveals no school type; the level of its category '" + first.title() + "'";
                } else {
                    level = null;
                    basis = LevelBasis.UNDECIDED;
                    why = "its name reveals no school type and " + (levels.size() == 1
                            ? "its category '" + first.title() + "' has no single level"
                            : "its categories are of different levels") + ": decide its level by hand";
                }
            }
            PrizeRule rule = level == null ? null : prizePolicy.ruleFor(level).orElse(null);
            if (level != null && rule == null) {
                basis = LevelBasis.UNDECIDED;
                why = why + "; the prize policy has no prize for level " + level.name().toLowerCase(Locale.ROOT);
            }
            result.add(new SchoolPrize(s, titles, level, basis, rule, why));
        }
        return new PrizeAllocation(result);
    }

    /** Whether everything equals the other's, field for field: tells an unchanged re-import apart. */
    public boolean sameAs(Contest o) {
        return o != null && number.equals(o.number) && Objects.equals(schoolYear, o.schoolYear)
                && Objects.equals(presentedAt, o.presentedAt) && categories.equals(o.categories)
                && projects.equals(o.projects) && Objects.equals(prizePolicy, o.prizePolicy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contest c && c.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return "Contest[" + number + ", " + projects.size() + " projects]";
    }
}
