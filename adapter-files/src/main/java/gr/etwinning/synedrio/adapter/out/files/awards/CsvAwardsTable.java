package gr.etwinning.synedrio.adapter.out.files.awards;

import gr.etwinning.synedrio.adapter.out.files.csv.CsvFormatException;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvReader;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvRecord;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvWriter;
import gr.etwinning.synedrio.application.port.out.contest.ParsedAwards;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.CategoryKind;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Distinction;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The awards as plain CSV (RFC 4180, comma, UTF-8; read and written with the project's one CSV reader and writer), one row per partner school, teachers listed explicitly and
 * separated by semicolons:
 * {@code category,category title,award,project,school,teachers}. {@code category} is a kind
 * ({@code kindergarten}, …, {@code stem}); its title is needed on its first row; {@code award} is 1, 2, … or
 * {@code prize}; consecutive rows of the same category, award and project are one project.
 */
final class CsvAwardsTable {

    static final List<String> HEADER = List.of("category", "category title", "award", "project", "school",
            "teachers");

    private CsvAwardsTable() {
    }

    static ParsedAwards parse(String text, String source) {
        List<CsvRecord> rows = rows(text, source);
        if (rows.isEmpty()) {
            throw new InvalidValueException(source, source + ": the file is empty; expected the header "
                    + String.join(",", HEADER));
        }
        CsvRecord header = rows.get(0);
        List<String> names = header.fields().stream().map(f -> GreekText.key(f.replace('_', ' '))).toList();
        if (!names.equals(HEADER)) {
            throw new InvalidValueException(source + " line " + header.line(), source + " line " + header.line()
                    + ": the header must be " + String.join(",", HEADER));
        }
        Map<CategoryKind, Category> categories = new EnumMap<>(CategoryKind.class);
        List<Category> order = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Draft draft = null;
        for (CsvRecord row : rows.subList(1, rows.size())) {
            String where = source + " line " + row.line();
            List<String> f = row.fields();
            if (f.size() != HEADER.size()) {
                throw new InvalidValueException(where, where + ": " + f.size() + " fields, but the header has "
                        + HEADER.size());
            }
            CategoryKind kind = InContext.run(where, () -> Enums.parse(CategoryKind.class, f.get(0), "category"));
            String title = f.get(1).strip();
            Category known = categories.get(kind);
            if (known == null) {
                if (title.isEmpty()) {
                    throw new InvalidValueException(where, where + ": category '" + f.get(0).strip() + "' appears"
                            + " first here, without its title");
                }
                Category read = InContext.run(where, () -> Category.fromTitle(title));
                known = new Category(kind, read.title(), read.minAge(), read.maxAge());
                categories.put(kind, known);
                order.add(known);
            } else if (!title.isEmpty() && !title.equals(known.title())) {
                throw new InvalidValueException(where, where + ": category '" + f.get(0).strip() + "' is titled '"
                        + known.title() + "' above and '" + title + "' here");
            }
            Distinction distinction = InContext.run(where, () -> Distinction.parse(f.get(2)));
            String project = f.get(3).strip();
            if (draft == null || draft.kind != kind || !draft.distinction.equals(distinction)
                    || !GreekText.key(draft.title).equals(GreekText.key(project))) {
                addProject(draft, order, projects, source);
                draft = new Draft(kind, distinction, project, row.line());
            }
            List<String> teachers = new ArrayList<>();
            for (String t : f.get(5).split(";")) {
                if (!t.isBlank()) {
                    teachers.add(t.strip());
                }
            }
            String school = f.get(4);
            draft.partners.add(InContext.run(where, () -> new Partner(school, teachers)));
        }
        addProject(draft, order, projects, source);
        if (projects.isEmpty()) {
            throw new InvalidValueException(source, source + ": the file has no projects");
        }
        return new ParsedAwards(order, projects, List.of());
    }

    private static final class Draft {
        final CategoryKind kind;
        final Distinction distinction;
        final String title;
        final int line;
        final List<Partner> partners = new ArrayList<>();

        Draft(CategoryKind kind, Distinction distinction, String title, int line) {
            this.kind = kind;
            this.distinction = distinction;
            this.title = title;
            this.line = line;
        }
    }

    private static void addProject(Draft draft, List<Category> categories, List<Project> projects, String source) {
        if (draft == null) {
            return;
        }
        String where = source + " line " + draft.line;
        Project p = InContext.run(where, () -> new Project(draft.kind, draft.distinction, draft.title,
                draft.partners));
        List<Project> with = new ArrayList<>(projects);
        with.add(p);
        InContext.run(where, () -> Contest.create(ContestNumber.of(1), null, null, categories, with, null));
        projects.add(p);
    }

    static String format(Contest contest) {
        StringBuilder out = new StringBuilder();
        CsvWriter csv = new CsvWriter(out, CsvWriter.Style.plain()).write(HEADER);
        for (Project p : contest.projects()) {
            Category category = contest.category(p.category()).orElseThrow();
            boolean first = true;
            for (Partner partner : p.partners()) {
                csv.write(List.of(Enums.write(p.category()), first ? category.title() : "", p.distinction().code(),
                        p.title(), partner.schoolName(), String.join("; ", partner.teachers())));
                first = false;
            }
        }
        return out.toString();
    }

    /** The file's records, read by the project's one CSV reader (commas, as the format says). */
    private static List<CsvRecord> rows(String text, String source) {
        try (CsvReader reader = CsvReader.of(text, CsvReader.Options.defaults().withSeparator(','))) {
            return reader.records().toList();
        } catch (CsvFormatException e) {
            throw new InvalidValueException(source + " line " + e.line(), source + " " + e.getMessage());
        }
    }
}
