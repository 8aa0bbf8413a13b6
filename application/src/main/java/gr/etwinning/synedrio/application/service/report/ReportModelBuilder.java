package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource.CountedFigure;
import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.application.report.ReportModel.AwardCategory;
import gr.etwinning.synedrio.application.report.ReportModel.AwardRow;
import gr.etwinning.synedrio.application.report.ReportModel.Awards;
import gr.etwinning.synedrio.application.report.ReportModel.Change;
import gr.etwinning.synedrio.application.report.ReportModel.Community;
import gr.etwinning.synedrio.application.report.ReportModel.Count;
import gr.etwinning.synedrio.application.report.ReportModel.Day;
import gr.etwinning.synedrio.application.report.ReportModel.Evaluations;
import gr.etwinning.synedrio.application.report.ReportModel.FigureValue;
import gr.etwinning.synedrio.application.report.ReportModel.Item;
import gr.etwinning.synedrio.application.report.ReportModel.Provenance;
import gr.etwinning.synedrio.application.report.ReportModel.Totals;
import gr.etwinning.synedrio.application.report.ReportModel.YearOverYear;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.report.FigureSource;
import gr.etwinning.synedrio.domain.programme.Chair;
import gr.etwinning.synedrio.domain.programme.ChairRole;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.Qualifier;
import gr.etwinning.synedrio.domain.text.Gender;
import gr.etwinning.synedrio.domain.text.GreekArticles;
import gr.etwinning.synedrio.domain.text.GreekCase;
import gr.etwinning.synedrio.domain.text.GreekNoun;
import gr.etwinning.synedrio.domain.text.GreekDates;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import gr.etwinning.synedrio.domain.report.FigureKey;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds one {@link ReportModel}: counts what the programme and the contest hold, takes the rest from the recorded
 * figures, words every number in Greek, and notes where each came from. Nothing about any one edition is written
 * here: titles, names, dates and figures all come from the data.
 */
final class ReportModelBuilder {

    /** What the report counts as talks: the release's "ομιλίες και επιστημονικές ανακοινώσεις". */
    static final Set<ContributionKind> TALKS = EnumSet.of(ContributionKind.TALK,
            ContributionKind.SCIENTIFIC_ANNOUNCEMENT);

    private final Conference conference;
    private final ConferenceDetails details;
    private final Programme programme;
    private final Map<String, Person> people;
    private final Map<String, Figure> figures = new HashMap<>();
    private final Optional<Contest> contest;
    private final List<String> comments;
    private final Optional<Conference> previous;
    private final Map<String, Figure> previousFigures = new HashMap<>();
    private final List<Provenance> provenance = new ArrayList<>();

    /** The charts drawn from the evaluations and the attendance. */
    private List<ReportModel.Chart> charts = List.of();

    /** Figures the report counted from data Synedrio holds rather than took from the recorded ones. */
    private final Set<String> countedFigures = new java.util.HashSet<>();

    /** Counted figures that were not used because a recorded one stands (or was chosen), by key: shown beside it. */
    private final Map<String, CountedFigure> countedBeside = new HashMap<>();
    /** Every counted figure, by key. */
    private final Map<String, CountedFigure> countedByKey = new HashMap<>();

    /**
     * @param counted what Synedrio counted for the edition ({@link CountedFigures}), by key
     * @param choices the operators' choices between recorded and counted, by key; without one a recorded figure
     *                stands and the counted one is only shown beside it in the provenance table
     */
    ReportModelBuilder(Conference conference, Map<String, Person> people, List<Figure> figures,
                       Map<String, CountedFigure> counted, Map<String, FigureSource> choices,
                       Optional<Contest> contest, List<String> comments, Optional<Conference> previous,
                       List<Figure> previousFigures) {
        this.conference = conference;
        this.details = conference.details();
        this.programme = conference.programme();
        this.people = people;
        figures.forEach(f -> this.figures.put(f.key().value(), f));
        countedByKey.putAll(counted);
        for (CountedFigure c : counted.values()) {
            FigureSource use = FigureSource.use(this.figures.containsKey(c.key()), true, choices.get(c.key()));
            if (use == FigureSource.COUNTED) {
                this.figures.put(c.key(), new Figure(FigureKey.of(c.key()), c.value(), Qualifier.EXACT,
                        GreekNumerals.grouped(c.value()), c.description(), null));
                countedFigures.add(c.key());
            } else {
                countedBeside.put(c.key(), c);
            }
        }
        this.contest = contest;
        this.comments = comments;
        this.previous = previous;
        previousFigures.forEach(f -> this.previousFigures.put(f.key().value(), f));
    }

    /** The charts the report shows with the evaluations. */
    ReportModelBuilder charts(List<ReportModel.Chart> charts) {
        this.charts = List.copyOf(charts);
        return this;
    }

    ReportModel build() {
        String mode = details.mode().name().toLowerCase(Locale.ROOT);
        FigureValue registrations = figure("registrations");
        FigureValue yearsInARow = figure("mode.years-in-a-row");
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < details.days().size(); i++) {
            days.add(day(i + 1, details.days().get(i), i == details.days().size() - 1));
        }
        List<ReportModel.Session> roundTables = sessions(s -> s.kind() == SessionKind.ROUND_TABLE);
        Totals totals = new Totals(
                counted("talks.total", "ομιλίες και επιστημονικές ανακοινώσεις σε όλο το πρόγραμμα",
                        contributions(programme.sessions(), TALKS), GreekNoun.TALK),
                counted("workshops.total", "βιωματικά εργαστήρια σε όλο το πρόγραμμα",
                        contributions(programme.sessions(), EnumSet.of(ContributionKind.WORKSHOP)), GreekNoun.HANDS_ON_WORKSHOP),
                counted("round-tables.total", "στρογγυλές τράπεζες στο πρόγραμμα",
                        programme.sessions().stream().filter(s -> s.kind() == SessionKind.ROUND_TABLE).count(), GreekNoun.ROUND_TABLE),
                counted("sessions.total", "συνεδρίες στο πρόγραμμα", programme.sessions().size(), GreekNoun.SESSION));
        Evaluations evaluations = new Evaluations(figure("evaluations.count"), comments, !comments.isEmpty(),
                charts, !charts.isEmpty());
        Community community = community();
        return new ReportModel(conference.edition().value(), details.title(), details.theme(),
                GreekDates.range(details.startDate(), details.endDate()), details.startDate().getYear(), mode,
                mode.equals("online"), mode.equals("onsite"), mode.equals("hybrid"), switch (details.mode()) {
                    case ONLINE -> "διαδικτυακά";
                    case ONSITE -> "δια ζώσης";
                    case HYBRID -> "υβριδικά";
                }, yearsInARow, details.organiser(), details.venue(), registrations,
                items(SessionKind.OPENING), items(SessionKind.GREETINGS),
                items(SessionKind.ADDRESSES, SessionKind.KEYNOTE),
                sessions(s -> s.kind() == SessionKind.AWARD_CEREMONY), awards(), days, roundTables, totals,
                evaluations, community, yearOverYear(registrations, totals), List.copyOf(provenance));
    }

    // ---- days and sessions

    private Day day(int number, ConferenceDay day, boolean last) {
        LocalDate date = day.date();
        List<Session> held = programme.sessions().stream().filter(s -> s.day().equals(date)).toList();
        boolean opens = held.stream().anyMatch(s -> s.kind() == SessionKind.OPENING);
        boolean parallel = !opens && held.stream().anyMatch(s -> s.kind() == SessionKind.PARALLEL
                || s.kind() == SessionKind.WORKSHOPS);
        List<ReportModel.Session> all = held.stream().map(this::session).toList();
        List<ReportModel.Session> parallelSessions = all.stream().filter(s -> s.parallel() || s.workshops())
                .toList();
        List<ReportModel.Session> videoSessions = all.stream().filter(ReportModel.Session::parallel).toList();
        String key = "day" + number;
        long sessionsHeld = held.stream().filter(s -> s.kind() != SessionKind.ROUND_TABLE)
                .filter(s -> s.contributions().stream().anyMatch(c -> TALKS.contains(c.kind())
                        || c.kind() == ContributionKind.WORKSHOP)).count();
        List<String> levels = videoSessions.stream().map(ReportModel.Session::levelGenitive)
                .filter(Objects::nonNull).distinct().toList();
        return new Day(number, GreekNumerals.ordinalFeminine(number), number == 1, last, GreekDates.weekday(date),
                GreekDates.numeric(date), GreekDates.longDate(date), day.label(),
                span(held, details.hoursOf(date).start()), opens, parallel, !opens && !parallel, levels.isEmpty() ? null : String.join(" και ", levels),
                all.stream().anyMatch(ReportModel.Session::workshops),
                all.stream().anyMatch(ReportModel.Session::roundTable), all, parallelSessions, videoSessions,
                counted("sessions." + key, "συνεδρίες με ομιλίες ή εργαστήρια της ημέρας " + number, sessionsHeld, GreekNoun.SESSION),
                counted("talks." + key, "ομιλίες και επιστημονικές ανακοινώσεις της ημέρας " + number,
                        contributions(held, TALKS), GreekNoun.TALK),
                counted("workshops." + key, "βιωματικά εργαστήρια της ημέρας " + number,
                        contributions(held, EnumSet.of(ContributionKind.WORKSHOP)), GreekNoun.HANDS_ON_WORKSHOP),
                counted("round-tables." + key, "στρογγυλές τράπεζες της ημέρας " + number,
                        held.stream().filter(s -> s.kind() == SessionKind.ROUND_TABLE).count(), GreekNoun.ROUND_TABLE),
                figure("stream." + key + ".live-viewers"), figure("video." + key + ".views"),
                figure("participants." + key), figure("participants." + key + ".parallel"),
                figure("workshops.unique-participants"), GreekDates.weekdayGenitive(date),
                date.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? "του" : "της");
    }

    private List<ReportModel.Session> sessions(Predicate<Session> which) {
        return programme.sessions().stream().filter(which).map(this::session).toList();
    }

    private ReportModel.Session session(Session s) {
        String id = s.id().value();
        Optional<EducationLevel> level = s.level();
        return new ReportModel.Session(id, s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                s.title().orElse(null), level.map(l -> l.name().toLowerCase(Locale.ROOT)).orElse(null),
                level.map(l -> l == EducationLevel.PRIMARY ? "Πρωτοβάθμιας" : "Δευτεροβάθμιας").orElse(null),
                s.time().map(ReportModelBuilder::span).orElse(null), s.kind() == SessionKind.PARALLEL,
                s.kind() == SessionKind.WORKSHOPS, s.kind() == SessionKind.PLENARY,
                s.kind() == SessionKind.ROUND_TABLE, s.kind() == SessionKind.AWARD_CEREMONY,
                counted("talks." + id, "ομιλίες και επιστημονικές ανακοινώσεις της συνεδρίας '" + id + "'",
                        contributions(List.of(s), TALKS), GreekNoun.TALK),
                counted("workshops." + id, "βιωματικά εργαστήρια της συνεδρίας '" + id + "'",
                        contributions(List.of(s), EnumSet.of(ContributionKind.WORKSHOP)), GreekNoun.HANDS_ON_WORKSHOP),
                counted("positions." + id, "εισηγήσεις της συνεδρίας '" + id + "'",
                        contributions(List.of(s), EnumSet.of(ContributionKind.ROUND_TABLE_POSITION)), ContributionKind.ROUND_TABLE_POSITION.noun()),
                s.contributions().stream().map(this::item).toList(), chairs(s, ChairRole.MODERATOR),
                chairs(s, ChairRole.CHAIR), figure("participants." + id), figure("video." + id + ".views"));
    }

    private List<ReportModel.Person> chairs(Session s, ChairRole role) {
        return s.chairs().stream().filter(c -> c.role() == role).map(Chair::person)
                .map(p -> person(p.value())).toList();
    }

    private List<Item> items(SessionKind... kinds) {
        Set<SessionKind> wanted = EnumSet.of(kinds[0], kinds);
        return programme.sessions().stream().filter(s -> wanted.contains(s.kind()))
                .flatMap(s -> s.contributions().stream()).map(this::item).toList();
    }

    private Item item(Contribution c) {
        List<ReportModel.Person> speakers = c.speakers().stream().map(p -> person(p.value())).toList();
        return new Item(c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), c.title().orElse(null),
                c.subject().orElse(null), speakers, speakers.isEmpty() ? null
                : speakers.stream().map(ReportModel.Person::fullName).collect(Collectors.joining(", ")));
    }

    private ReportModel.Person person(String id) {
        Person p = people.get(id);
        if (p == null) {
            return new ReportModel.Person(null, id, id, null, null, null, null, null, null);
        }
        String description = Stream.of(p.role(), p.affiliation()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        Optional<Gender> gender = GreekArticles.genderOf(p.honorific(), p.name());
        String roleOf = description.isEmpty() ? null : description;
        if (p.role() != null && p.affiliation() != null) {
            roleOf = GreekArticles.genitive(p.affiliation()).map(of -> p.role() + " " + of).orElse(roleOf);
        }
        return new ReportModel.Person(p.honorific(), p.name(), p.displayName(), p.role(), p.affiliation(),
                description.isEmpty() ? null : description,
                gender.map(g -> GreekArticles.definite(g, GreekCase.NOMINATIVE)).orElse(null),
                gender.map(g -> GreekArticles.definite(g, GreekCase.ACCUSATIVE)).orElse(null), roleOf);
    }

    /** From the day's first start to its last end, times of the night after its evening (issue 21). */
    private static String span(List<Session> sessions, LocalTime dayStart) {
        Optional<TimeRange> first = sessions.stream().flatMap(s -> s.time().stream())
                .min(Comparator.comparing(t -> t.startAfter(dayStart)));
        Optional<TimeRange> last = sessions.stream().flatMap(s -> s.time().stream())
                .max(Comparator.comparing(t -> t.startAfter(dayStart).plus(t.length())));
        return first.isEmpty() ? null : GreekDates.time(first.get().start()) + " μέχρι "
                + GreekDates.time(last.get().end());
    }

    private static String span(TimeRange t) {
        return GreekDates.time(t.start()) + " μέχρι " + GreekDates.time(t.end());
    }

    private static long contributions(List<Session> sessions, Set<ContributionKind> kinds) {
        return sessions.stream().flatMap(s -> s.contributions().stream()).filter(c -> kinds.contains(c.kind()))
                .count();
    }

    // ---- counts and figures

    /** A count from the programme, or the gap when there is no programme to count from. */
    private Count counted(String key, String what, long value, GreekNoun noun) {
        if (programme.sessions().isEmpty()) {
            return missingCount("programme");
        }
        if (value > 0 && provenance.stream().noneMatch(p -> p.key().equals(key))) {
            provenance.add(new Provenance(key, Long.toString(value), true, "καταμετρήθηκε από το πρόγραμμα: "
                    + what, null, null));
        }
        return count(value, noun);
    }

    static Count count(long value) {
        return count(value, null);
    }

    static Count count(long value, GreekNoun noun) {
        String m = GreekNumerals.counted(value, Gender.MASCULINE);
        String f = GreekNumerals.counted(value, Gender.FEMININE);
        String n = GreekNumerals.counted(value, Gender.NEUTER);
        return new Count(value, true, value == 1, value > 0, m, f, n, GreekNumerals.capitalised(m),
                GreekNumerals.capitalised(f), GreekNumerals.capitalised(n), GreekNumerals.grouped(value),
                noun == null ? null : noun.inWords(value));
    }

    private static Count missingCount(String key) {
        String gap = ReportModel.gap(key);
        return new Count(0, false, false, true, gap, gap, gap, gap, gap, gap, gap, gap);
    }

    private FigureValue figure(String key) {
        Figure f = figures.get(key);
        if (f == null) {
            String gap = ReportModel.gap(key);
            return new FigureValue(key, false, true, gap, gap, false, false, false, null, null, null);
        }
        if (provenance.stream().noneMatch(p -> p.key().equals(key))) {
            boolean counted = countedFigures.contains(key);
            CountedFigure c = countedByKey.get(key);
            provenance.add(new Provenance(key, qualified(f), counted, counted ? f.source() : "καταγράφηκε",
                    counted ? null : f.source(), f.asOf() == null ? null : GreekDates.dashed(f.asOf()),
                    c == null ? null : GreekNumerals.grouped(c.value()), c == null ? null : c.description()));
        }
        return value(f);
    }

    static FigureValue value(Figure f) {
        String ordinal = f.value() >= 1 && f.value() <= 1000 ? GreekNumerals.ordinalFeminine((int) f.value()) : null;
        return new FigureValue(f.key().value(), true, false, f.display(), qualified(f),
                f.qualifier() == Qualifier.EXACT, f.qualifier() == Qualifier.APPROXIMATELY,
                f.qualifier() == Qualifier.MORE_THAN, f.source(), f.asOf() == null ? null
                : GreekDates.dashed(f.asOf()), ordinal);
    }

    /** The figure with its qualifier in words that suit any noun: "περίπου 650", "πάνω από 8.000", "2500". */
    static String qualified(Figure f) {
        return switch (f.qualifier()) {
            case EXACT -> f.display();
            case APPROXIMATELY -> "περίπου " + f.display();
            case MORE_THAN -> "πάνω από " + f.display();
        };
    }

    private Community community() {
        return new Community(figure("community.europe.teachers"), figure("community.europe.schools"),
                figure("community.europe.projects"), latest("community.europe."),
                figure("community.greece.teachers"), figure("community.greece.schools"),
                figure("community.greece.projects"), latest("community.greece."));
    }

    /** The latest "as of" date of the figures under a prefix, as the release writes it ("01-12-2024"). */
    private String latest(String prefix) {
        return figures.values().stream().filter(f -> f.key().value().startsWith(prefix)).map(Figure::asOf)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).map(GreekDates::dashed).orElse(null);
    }

    // ---- the contest

    private Awards awards() {
        if (contest.isEmpty()) {
            String gap = ReportModel.gap("contest");
            return new Awards(false, gap, null, null, null, List.of(), missingCount("contest"),
                    missingCount("contest"));
        }
        Contest c = contest.get();
        List<AwardCategory> categories = new ArrayList<>();
        for (Category category : c.categories()) {
            List<AwardRow> rows = new ArrayList<>();
            Project before = null;
            for (Project p : c.projects()) {
                if (p.category() != category.kind()) {
                    continue;
                }
                boolean sharesPrize = before != null && p.distinction().isPrize() && before.distinction().isPrize();
                String award = sharesPrize ? "" : p.distinction().placeNumber().map(n -> n + "ο").orElse("Βραβείο");
                for (int i = 0; i < p.partners().size(); i++) {
                    Partner partner = p.partners().get(i);
                    rows.add(new AwardRow(i == 0 ? award : "", i == 0 ? p.title() : "", partner.schoolName(),
                            String.join(", ", partner.teachers())));
                }
                before = p;
            }
            categories.add(new AwardCategory(category.title(), rows));
        }
        String what = "του " + c.number().value() + "ου διαγωνισμού";
        provenance.add(new Provenance("awards.projects", Integer.toString(c.projects().size()), true,
                "καταμετρήθηκε από τα βραβεία " + what, null, null));
        provenance.add(new Provenance("awards.schools", Integer.toString(c.schools().size()), true,
                "καταμετρήθηκε από τα βραβεία " + what, null, null));
        return new Awards(true, null, c.number().value(), c.schoolYear().map(Object::toString).orElse(null),
                c.prizePolicy().map(p -> p.source()).orElse(null), categories, count(c.projects().size()),
                count(c.schools().size()));
    }

    // ---- year over year

    private YearOverYear yearOverYear(FigureValue registrations, Totals totals) {
        if (previous.isEmpty()) {
            return new YearOverYear(false, null, null, null, null, null);
        }
        Conference p = previous.get();
        Programme pp = p.programme();
        Figure before = previousFigures.get("registrations");
        Figure now = figures.get("registrations");
        String gapBefore = ReportModel.gap("edition" + p.edition() + ".registrations");
        Change reg = before == null || now == null ? unknownChange(before == null ? gapBefore : qualified(before),
                registrations.qualified()) : change(before.value(), now.value(), qualified(before), qualified(now));
        boolean counts = !pp.sessions().isEmpty() && totals.talks().known();
        long talksBefore = contributions(pp.sessions(), TALKS);
        long workshopsBefore = contributions(pp.sessions(), EnumSet.of(ContributionKind.WORKSHOP));
        Change talks = counts ? change(talksBefore, totals.talks().value(), GreekNumerals.grouped(talksBefore),
                GreekNumerals.grouped(totals.talks().value()))
                : unknownChange(before(pp, p, talksBefore), totals.talks().digits());
        Change workshops = counts ? change(workshopsBefore, totals.workshops().value(),
                GreekNumerals.grouped(workshopsBefore), GreekNumerals.grouped(totals.workshops().value()))
                : unknownChange(before(pp, p, workshopsBefore), totals.workshops().digits());
        return new YearOverYear(true, p.edition().value(), p.details().startDate().getYear(), reg, talks, workshops);
    }

    private static Change change(long before, long now, String beforeText, String nowText) {
        long difference = now - before;
        String sign = difference > 0 ? "+" : difference < 0 ? "-" : "";
        String percent = before == 0 ? "—" : sign + GreekNumerals.decimal(Math.abs(difference) * 100.0 / before, 1)
                + "%";
        return new Change(true, beforeText, nowText, sign + GreekNumerals.grouped(Math.abs(difference)), percent,
                difference > 0, difference < 0, difference == 0);
    }

    private static String before(Programme pp, Conference p, long count) {
        return pp.sessions().isEmpty() ? ReportModel.gap("edition" + p.edition() + ".programme")
                : GreekNumerals.grouped(count);
    }

    private static Change unknownChange(String before, String now) {
        return new Change(false, before, now, "", "", false, false, false);
    }
}
