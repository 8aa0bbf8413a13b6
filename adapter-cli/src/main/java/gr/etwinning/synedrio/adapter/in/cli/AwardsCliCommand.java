package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.contest.AwardsFormat;
import gr.etwinning.synedrio.application.port.in.contest.AwardsImportReport;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.CategoryData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.PartnerData;
import gr.etwinning.synedrio.application.port.in.contest.ContestData.ProjectData;
import gr.etwinning.synedrio.application.port.in.contest.GetAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetPrizesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase.ImportAwardsCommand;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase.ReplaceAwardsCommand;
import gr.etwinning.synedrio.application.port.in.contest.SetPrizePolicyUseCase;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.text.GreekNoun;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code synedrio awards …}: the national contest's awards and prizes. */
@Command(name = "awards", mixinStandardHelpOptions = true, description = "The national contest's awards and prizes.",
        subcommands = {AwardsCliCommand.ImportCliCommand.class, AwardsCliCommand.ExportCliCommand.class,
                AwardsCliCommand.ListCliCommand.class, AwardsCliCommand.PrizesCliCommand.class,
                AwardsCliCommand.PolicyCliCommand.class, AwardsCliCommand.BookletCliCommand.class})
public final class AwardsCliCommand {

    /** {@code synedrio awards booklet CONTEST --output FILE.pdf}. */
    @Command(name = "booklet", mixinStandardHelpOptions = true,
            description = {"Write the contest's good-practice booklet as PDF.",
                    "The awarded projects by category, in the awards table's order, with their",
                    "schools and teachers."})
    public static final class BookletCliCommand implements java.util.concurrent.Callable<Integer> {

        private final jakarta.inject.Provider<gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase>
                booklet;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "CONTEST", description = "Contest number, e.g. 15")
        int contest;

        @picocli.CommandLine.Option(names = "--output", paramLabel = "FILE.pdf", required = true,
                description = "The PDF to write")
        java.nio.file.Path output;

        @jakarta.inject.Inject
        public BookletCliCommand(jakarta.inject.Provider<
                gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase> booklet) {
            this.booklet = booklet;
        }

        @Override
        public Integer call() throws java.io.IOException {
            gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase.BookletReport[] r =
                    new gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase.BookletReport[1];
            ProceedingsCliCommand.writeFile(output, out -> r[0] = booklet.get().booklet(contest, out));
            spec.commandLine().getOut().println("wrote the good-practice booklet of contest " + contest + " to "
                    + output + ": " + r[0].categories() + " categor" + (r[0].categories() == 1 ? "y" : "ies")
                    + ", " + r[0].projects() + " project(s), " + r[0].schools() + " school(s), " + r[0].teachers()
                    + " teacher(s)");
            return ExitCodes.OK;
        }
    }

    /** The formats a file may be in; by default, from its extension (.json, .csv, otherwise the press release's). */
    enum Format {
        PRESS_RELEASE, CSV, JSON;

        static Format parse(String text, Path file) {
            if (text == null || text.isBlank()) {
                String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") ? JSON : name.endsWith(".csv") ? CSV : PRESS_RELEASE;
            }
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "press-release":
                    return PRESS_RELEASE;
                case "csv":
                    return CSV;
                case "json":
                    return JSON;
                default:
                    throw new UsageException("--format '" + text + "' is none of press-release, csv, json");
            }
        }
    }

    /** {@code synedrio awards import FILE --contest N}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a contest's awards table: the press release's tab-separated table, CSV or JSON.",
                    "All or nothing; errors name the line. Teachers cells that cannot be split into persons with"
                            + " confidence are all listed and nothing is written."})
    public static final class ImportCliCommand implements Callable<Integer> {

        private final Provider<ImportAwardsUseCase> importTable;
        private final Provider<ReplaceAwardsUseCase> replace;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The awards table")
        Path file;

        @Option(names = "--contest", required = true, paramLabel = "N", description = "The contest's number, e.g. 15")
        int contest;

        @Option(names = "--conference", paramLabel = "EDITION",
                description = "The conference edition whose award ceremony presents the winners, e.g. 7")
        Integer conference;

        @Option(names = "--school-year", paramLabel = "YEAR", description = "The contest's school year, e.g. 2020-2021")
        String schoolYear;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "press-release, csv or json (default: from the file's extension; .tsv and others are"
                        + " read as the press release's table)")
        String format;

        @Option(names = "--accept-guesses",
                description = "Take the proposed split of teachers cells that are not certain (they are listed)")
        boolean acceptGuesses;

        @Inject
        public ImportCliCommand(Provider<ImportAwardsUseCase> importTable, Provider<ReplaceAwardsUseCase> replace) {
            this.importTable = importTable;
            this.replace = replace;
        }

        @Override
        public Integer call() {
            Format f = Format.parse(format, file);
            AwardsImportReport r;
            if (f == Format.JSON) {
                ContestData d = DatasetFiles.read(file, ContestData.class);
                ContestData merged = new ContestData(d.number(), schoolYear != null ? schoolYear : d.schoolYear(),
                        conference != null ? conference : d.conference(), d.prizePolicy(), d.categories(),
                        d.projects(), d.version());
                r = replace.get().replaceAwards(new ReplaceAwardsCommand(contest, merged, null));
            } else {
                r = importTable.get().importAwards(new ImportAwardsCommand(contest, conference, schoolYear,
                        f == Format.CSV ? AwardsFormat.CSV : AwardsFormat.PRESS_RELEASE, file.toString(),
                        DatasetFiles.readText(file), acceptGuesses));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("imported " + file.getFileName() + " as contest " + r.contest() + ": " + r.outcome() + " — "
                    + r.projects() + " projects, " + r.partners() + " partner schools, " + r.teachers() + " teachers");
            if (!r.guesses().isEmpty()) {
                out.println("teachers cells split by the accepted guess:");
                r.guesses().forEach(g -> out.println("  " + g));
            }
            if (!r.unclassifiedSchools().isEmpty()) {
                out.println("schools whose name reveals no type (their prize falls back to the category's level):");
                r.unclassifiedSchools().forEach(s -> out.println("  " + s));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio awards export N --format …}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print a contest's awards table: as the press release prints it, as CSV, or as JSON.")
    public static final class ExportCliCommand implements Callable<Integer> {

        private final Provider<GetAwardsUseCase> get;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "N", description = "The contest's number")
        int contest;

        @Option(names = "--format", defaultValue = "press-release", paramLabel = "FORMAT",
                description = "press-release (default), csv or json")
        String format;

        @Inject
        public ExportCliCommand(Provider<GetAwardsUseCase> get) {
            this.get = get;
        }

        @Override
        public Integer call() {
            Format f = Format.parse(format, null);
            PrintWriter out = spec.commandLine().getOut();
            if (f == Format.JSON) {
                out.println(DatasetFiles.write(get.get().getAwards(contest)));
            } else {
                out.print(get.get().exportAwards(contest, f == Format.CSV ? AwardsFormat.CSV
                        : AwardsFormat.PRESS_RELEASE));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio awards list N}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List a contest's awards: by category, each project with its partner schools and teachers.")
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<GetAwardsUseCase> get;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "N", description = "The contest's number")
        int contest;

        @Inject
        public ListCliCommand(Provider<GetAwardsUseCase> get) {
            this.get = get;
        }

        @Override
        public Integer call() {
            ContestData c = get.get().getAwards(contest);
            PrintWriter out = spec.commandLine().getOut();
            int partners = c.projects().stream().mapToInt(p -> p.partners().size()).sum();
            int teachers = c.projects().stream().flatMap(p -> p.partners().stream())
                    .mapToInt(p -> p.teachers().size()).sum();
            out.println("Contest " + c.number() + (c.schoolYear() == null ? "" : " (" + c.schoolYear() + ")")
                    + (c.conference() == null ? "" : ", presented at the award ceremony of edition " + c.conference())
                    + " · " + c.projects().size() + " projects · " + partners + " partner schools · " + teachers
                    + " teachers");
            for (CategoryData category : c.categories()) {
                out.println();
                out.println(category.title() + " [" + category.kind() + "]");
                for (ProjectData p : c.projects()) {
                    if (!p.category().equals(category.kind())) {
                        continue;
                    }
                    out.println("  " + (p.award().equals("prize") ? "Βραβείο" : p.award() + "ο βραβείο") + ": «"
                            + p.title() + "»");
                    for (PartnerData partner : p.partners()) {
                        out.println("      " + partner.school() + (partner.teachers().isEmpty() ? ""
                                : " — " + String.join(", ", partner.teachers())));
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio awards policy N --rule LEVEL=QUANTITY:ITEM …}. */
    @Command(name = "policy", mixinStandardHelpOptions = true,
            description = {"Set a contest's prize policy: one rule per education level, without JSON.",
                    "Example: awards policy 16 --rule primary=10:tablet --rule secondary=1:\"3D εκτυπωτής\".",
                    "A contest without its own policy uses the latest earlier contest's, carried over."})
    public static final class PolicyCliCommand implements Callable<Integer> {

        private final Provider<SetPrizePolicyUseCase> policies;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "N", description = "The contest's number")
        int contest;

        @Option(names = "--rule", required = true, paramLabel = "LEVEL=QUANTITY:ITEM",
                description = "What each awarded school unit of a level receives, e.g. primary=10:tablet;"
                        + " levels: primary, secondary. Repeat for each level.")
        java.util.List<String> rules;

        @Option(names = "--source", paramLabel = "TEXT",
                description = "The organisers' sentence the rules come from (shown beside the policy)")
        String source;

        @Inject
        public PolicyCliCommand(Provider<SetPrizePolicyUseCase> policies) {
            this.policies = policies;
        }

        @Override
        public Integer call() {
            String set = policies.get().setPrizePolicy(new SetPrizePolicyUseCase.SetPrizePolicyCommand(contest,
                    rules.stream().map(SetPrizePolicyUseCase::parseRule).toList(), source));
            spec.commandLine().getOut().println("Prize policy of contest " + contest + ": " + set);
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio awards prizes N}. */
    @Command(name = "prizes", mixinStandardHelpOptions = true,
            description = {"Each awarded school's prize: its level, how that was decided and the prize;",
                    "then the totals to procure per prize kind."})
    public static final class PrizesCliCommand implements Callable<Integer> {

        private final Provider<GetPrizesUseCase> prizes;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "N", description = "The contest's number")
        int contest;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Option(names = "--lang", paramLabel = "el|en", defaultValue = "el",
                description = "The language of the listing: el (Greek, the default) or en (English). Items and"
                        + " schools are printed as written.")
        Lang lang;

        @Inject
        public PrizesCliCommand(Provider<GetPrizesUseCase> prizes) {
            this.prizes = prizes;
        }

        @Override
        public Integer call() {
            PrizesData p = prizes.get().getPrizes(contest);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(p));
                return ExitCodes.OK;
            }
            if (lang == Lang.el) {
                greek(p, out);
                return ExitCodes.OK;
            }
            out.println("Prizes of contest " + p.contest() + " — policy" + (p.carriedOver()
                    ? " of contest " + p.policyOf() + ", carried over" : "") + ": " + p.policy());
            out.println();
            for (PrizesData.SchoolPrizeData s : p.schools()) {
                out.println(s.school());
                out.println("    level " + (s.level() == null ? "unknown" : s.level()) + " (" + decided(s) + ": "
                        + s.reason() + ") → " + (s.item() == null ? "UNDECIDED" : s.quantity() + " × " + s.item()));
            }
            out.println();
            out.println("To procure:");
            for (PrizesData.PrizeTotalData t : p.totals()) {
                out.println("  " + t.quantity() + " × " + t.item() + " (" + t.schools() + " school"
                        + (t.schools() == 1 ? "" : "s") + ")");
            }
            if (p.undecided() > 0) {
                out.println("  and " + p.undecided() + " school" + (p.undecided() == 1 ? "" : "s")
                        + " UNDECIDED: see above");
            }
            return ExitCodes.OK;
        }

        /**
         * The listing in Greek: the item as written after its quantity ("10 tablet", "1 3D εκτυπωτής"), Greek
         * counts of schools, the level and how it was decided in Greek words from the data (the English reason's
         * finer points, such as a category of another level, are in {@code --lang en}). The policy is told from the
         * prizes the schools of each level receive.
         */
        private static void greek(PrizesData p, PrintWriter out) {
            java.util.Map<String, String> perLevel = new java.util.TreeMap<>();
            for (PrizesData.SchoolPrizeData s : p.schools()) {
                if (s.level() != null && s.item() != null) {
                    perLevel.putIfAbsent(s.level(), level(s.level()) + ": " + s.quantity() + " " + s.item()
                            + " ανά σχολική μονάδα");
                }
            }
            out.println("Βραβεία του διαγωνισμού " + p.contest() + " — πολιτική" + (p.carriedOver()
                    ? " του διαγωνισμού " + p.policyOf() + ", που μεταφέρθηκε" : "") + ": "
                    + String.join("· ", perLevel.values()));
            out.println();
            for (PrizesData.SchoolPrizeData s : p.schools()) {
                out.println(s.school());
                out.println("    βαθμίδα " + (s.level() == null ? "άγνωστη" : level(s.level())) + " ("
                        + greekReason(s) + ") → " + (s.item() == null ? "ΑΝΑΠΟΦΑΣΙΣΤΟ"
                        : s.quantity() + " " + s.item()));
            }
            out.println();
            out.println("Για προμήθεια:");
            for (PrizesData.PrizeTotalData t : p.totals()) {
                out.println("  " + t.quantity() + " " + t.item() + " (" + GreekNoun.SCHOOL.count(t.schools()) + ")");
            }
            if (p.undecided() > 0) {
                out.println("  και " + GreekNoun.SCHOOL.count(p.undecided()) + " ΑΝΑΠΟΦΑΣΙΣΤ"
                        + (p.undecided() == 1 ? "Ο" : "Α") + ": δείτε παραπάνω");
            }
        }

        private static String level(String level) {
            return EducationLevel.valueOf(Lang.constant(level)).label();
        }

        private static String greekReason(PrizesData.SchoolPrizeData s) {
            String why = switch (s.decidedBy()) {
                case "school-type" -> "από τον τύπο του σχολείου: το όνομά του δηλώνει " + s.type();
                case "category-level" -> "από την κατηγορία: το όνομά του δεν δηλώνει τύπο"
                        + " σχολείου· η βαθμίδα της κατηγορίας του";
                default -> s.level() == null ? "αναποφάσιστο: το όνομά του δεν δηλώνει τύπο σχολείου και οι"
                        + " κατηγορίες του δεν έχουν μία βαθμίδα: ορίστε τη βαθμίδα με το χέρι"
                        : "αναποφάσιστο";
            };
            return s.level() != null && s.item() == null ? why + "· η πολιτική βραβείων δεν έχει βραβείο για τη"
                    + " βαθμίδα " + level(s.level()) : why;
        }

        private static String decided(PrizesData.SchoolPrizeData s) {
            switch (s.decidedBy()) {
                case "school-type":
                    return "by school type";
                case "category-level":
                    return "by category, unclassified school";
                default:
                    return "undecided";
            }
        }
    }
}
