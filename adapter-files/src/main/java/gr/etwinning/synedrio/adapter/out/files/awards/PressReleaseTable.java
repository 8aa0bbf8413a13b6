package gr.etwinning.synedrio.adapter.out.files.awards;

import gr.etwinning.synedrio.application.port.out.contest.ParsedAwards;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.CategoryKind;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Distinction;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.contest.TeacherNames;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The awards table exactly as the press release prints it: a header, then tab-separated rows of four cells (award,
 * project title, school, teachers). A category row is {@code <b>title</b>} with three empty cells; an award cell is
 * {@code 1 <sup>ο</sup>} or {@code Βραβείο}; a row with empty award and title adds a partner school to the project
 * above; a row with an empty award but a title starts a new project with the award of the one above; a teachers
 * cell lists full names separated by single spaces. The table may sit inside the whole press release: reading
 * starts at the header and stops at the next line starting with {@code #}.
 */
final class PressReleaseTable {

    static final String HEADER = "Βραβείο\tΤίτλος Έργου\tΣχολείο\tΕκπαιδευτικοί";

    private static final Pattern CATEGORY = Pattern.compile("<b>(.*)</b>");
    private static final Pattern PLACE = Pattern.compile("(\\d{1,2})\\s*(?:<sup>\\s*)?(?:ος|ο|η|o)?\\s*(?:</sup>)?");

    private PressReleaseTable() {
    }

    private static final class Draft {
        final CategoryKind category;
        final Distinction distinction;
        final String title;
        final int line;
        final List<Partner> partners = new ArrayList<>();

        Draft(CategoryKind category, Distinction distinction, String title, int line) {
            this.category = category;
            this.distinction = distinction;
            this.title = title;
            this.line = line;
        }
    }

    static ParsedAwards parse(String text, String source) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        int header = -1;
        String headerKey = GreekText.key(HEADER.replace('\t', ' '));
        for (int i = 0; i < lines.length && header < 0; i++) {
            if (lines[i].contains("\t") && GreekText.key(lines[i].replace('\t', ' ')).equals(headerKey)) {
                header = i;
            }
        }
        if (header < 0) {
            throw new InvalidValueException(source, source + ": no awards table: expected a header line '"
                    + HEADER.replace("\t", "<TAB>") + "'");
        }
        List<Category> categories = new ArrayList<>();
        Map<CategoryKind, Integer> categoryLines = new EnumMap<>(CategoryKind.class);
        List<Project> projects = new ArrayList<>();
        List<ParsedAwards.Doubt> doubts = new ArrayList<>();
        Category category = null;
        Draft draft = null;
        for (int i = header + 1; i < lines.length; i++) {
            int lineNo = i + 1;
            String where = source + " line " + lineNo;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.startsWith("#")) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int c = 4; c < cells.length; c++) {
                if (!cells[c].isBlank()) {
                    throw new InvalidValueException(where, where + ": " + cells.length + " cells, but the table"
                            + " has 4 columns (award, project title, school, teachers)");
                }
            }
            Matcher bold = CATEGORY.matcher(cells[0].strip());
            boolean restBlank = true;
            for (int c = 1; c < Math.min(cells.length, 4); c++) {
                restBlank &= cells[c].isBlank();
            }
            if (bold.matches() && restBlank) {
                draft = finish(draft, categories, projects, source);
                category = InContext.run(where, () -> Category.fromTitle(bold.group(1)));
                Integer earlier = categoryLines.put(category.kind(), lineNo);
                if (earlier != null) {
                    throw new InvalidValueException(where, where + ": category '" + category.title()
                            + "' appears again; it began on line " + earlier);
                }
                categories.add(category);
                continue;
            }
            if (cells.length < 4) {
                throw new InvalidValueException(where, where + ": " + cells.length + " cell" + (cells.length == 1
                        ? "" : "s") + ", but a row has 4 separated by tabs (award, project title, school, teachers)"
                        + " and a category row is <b>title</b>");
            }
            if (category == null) {
                throw new InvalidValueException(where, where + ": a project before any category row (<b>Κατηγορία:"
                        + " …</b>)");
            }
            String award = cells[0].strip();
            String title = cells[1].strip();
            String school = cells[2].strip();
            if (school.isEmpty()) {
                throw new InvalidValueException(where, where + ": the school cell is empty");
            }
            if (!award.isEmpty()) {
                Distinction d = distinction(award, where);
                if (title.isEmpty()) {
                    throw new InvalidValueException(where, where + ": award '" + award + "' but no project title");
                }
                draft = finish(draft, categories, projects, source);
                draft = new Draft(category.kind(), d, title, lineNo);
            } else if (!title.isEmpty()) {
                if (draft == null || draft.category != category.kind()) {
                    throw new InvalidValueException(where, where + ": project '" + title + "' has no award, and no"
                            + " project above it in this category shares one");
                }
                Distinction shared = draft.distinction;
                draft = finish(draft, categories, projects, source);
                draft = new Draft(category.kind(), shared, title, lineNo);
            } else if (draft == null || draft.category != category.kind()) {
                throw new InvalidValueException(where, where + ": a partner school without a project above it in"
                        + " this category");
            }
            TeacherNames.Split split = TeacherNames.split(cells[3]);
            List<String> teachers = split.names();
            if (!split.certain()) {
                doubts.add(new ParsedAwards.Doubt(lineNo, split.cell(), split.names(), split.doubt()));
            }
            Draft current = draft;
            current.partners.add(InContext.run(where, () -> new Partner(school, teachers)));
        }
        finish(draft, categories, projects, source);
        if (projects.isEmpty()) {
            throw new InvalidValueException(source, source + ": the awards table has no projects");
        }
        return new ParsedAwards(categories, projects, doubts);
    }

    private static Distinction distinction(String award, String where) {
        if (GreekText.key(award).equals("βραβειο")) {
            return Distinction.prize();
        }
        Matcher m = PLACE.matcher(award);
        if (m.matches()) {
            return InContext.run(where, () -> Distinction.place(Integer.parseInt(m.group(1))));
        }
        throw new InvalidValueException(where, where + ": award '" + award + "' is neither a place like '1 <sup>ο"
                + "</sup>' nor 'Βραβείο'");
    }

    /** Adds the finished project, checking it against the ones before it so that a broken rule names its line. */
    private static Draft finish(Draft draft, List<Category> categories, List<Project> projects, String source) {
        if (draft == null) {
            return null;
        }
        String where = source + " line " + draft.line;
        Project p = InContext.run(where, () -> new Project(draft.category, draft.distinction, draft.title,
                draft.partners));
        List<Project> with = new ArrayList<>(projects);
        with.add(p);
        InContext.run(where, () -> Contest.create(ContestNumber.of(1), null, null, categories, with, null));
        projects.add(p);
        return null;
    }

    /** The table as the press release prints it, header first, one line per partner school, each ending in \n. */
    static String format(Contest contest) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Category category : contest.categories()) {
            out.append("<b>").append(category.title()).append("</b>\t\t\t\n");
            Project previous = null;
            for (Project p : contest.projects()) {
                if (p.category() != category.kind()) {
                    continue;
                }
                boolean sharesAward = previous != null && previous.distinction().isPrize()
                        && previous.distinction().equals(p.distinction());
                for (int i = 0; i < p.partners().size(); i++) {
                    Partner partner = p.partners().get(i);
                    if (i == 0) {
                        out.append(sharesAward ? "" : p.distinction().pressRelease()).append('\t')
                                .append(p.title());
                    } else {
                        out.append('\t');
                    }
                    out.append('\t').append(partner.schoolName()).append('\t')
                            .append(String.join(" ", partner.teachers())).append('\n');
                }
                previous = p;
            }
        }
        return out.toString();
    }
}
