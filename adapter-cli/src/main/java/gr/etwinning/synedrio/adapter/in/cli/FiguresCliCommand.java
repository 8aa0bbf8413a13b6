package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase;
import gr.etwinning.synedrio.application.port.in.figure.FigureData;
import gr.etwinning.synedrio.application.port.in.figure.ListFiguresUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase.RecordFigureCommand;
import gr.etwinning.synedrio.application.port.in.figure.RemoveFigureUseCase;
import gr.etwinning.synedrio.domain.text.GreekNumerals;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio figures …}: the figures operators record for an edition's report. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Figures the report needs that Synedrio cannot count: registrations, viewers, participants,",
                "video views, evaluations, the eTwinning community. Keys: docs/report.md."},
        subcommands = {FiguresCliCommand.SetCliCommand.class, FiguresCliCommand.ListCliCommand.class,
                FiguresCliCommand.UnsetCliCommand.class, FiguresCliCommand.UseCliCommand.class})
public final class FiguresCliCommand {

    /** {@code synedrio figures set EDITION KEY VALUE …}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Record a figure of an edition (again to change it). VALUE is written as the source",
                    "writes it: 7.000 or 4500 (the report prints it so)."},
            footer = {"", "Keys: registrations, mode.years-in-a-row, stream.day<N>.live-viewers, participants.day<N>,",
                    "participants.day<N>.parallel, participants.<session-id>, workshops.unique-participants,",
                    "video.day<N>.views, video.<session-id>.views, evaluations.count,",
                    "community.europe|greece.teachers|schools|projects."})
    public static final class SetCliCommand implements Callable<Integer> {

        private final Provider<RecordFigureUseCase> record;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "KEY", description = "What the figure measures, e.g. registrations")
        String key;

        @Parameters(index = "2", paramLabel = "VALUE", description = "The number, e.g. 7.000 or 4500")
        String value;

        @ArgGroup(exclusive = true)
        Exactness exactness;

        static final class Exactness {
            @Option(names = "--approx", description = "An approximate figure: «περίπου 600»")
            boolean approximately;

            @Option(names = "--more-than", description = "A lower bound: «ξεπέρασαν τις 7.000»")
            boolean moreThan;
        }

        @Option(names = "--source", paramLabel = "TEXT", description = "Where the figure comes from")
        String source;

        @Option(names = "--as-of", paramLabel = "DATE", description = "When it was true: 2021-11-22 or 22-11-2021")
        String asOf;

        @Inject
        public SetCliCommand(Provider<RecordFigureUseCase> record) {
            this.record = record;
        }

        @Override
        public Integer call() {
            long number = GreekNumerals.parse(value, "value");
            String typed = value.strip();
            String written = typed.equals(GreekNumerals.grouped(number)) ? null : typed;
            String qualifier = exactness == null ? "exact" : exactness.approximately ? "approximately" : "more-than";
            FigureData saved = record.get().recordFigure(new RecordFigureCommand(edition, new FigureData(key,
                    number, qualifier, written, source, date(asOf))));
            spec.commandLine().getOut().println("figure '" + saved.key() + "' of edition " + edition + " recorded: "
                    + describe(saved));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio figures list EDITION}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List an edition's recorded figures: key, value, qualifier, as of, source.")
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<ListFiguresUseCase> list;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--json", description = "As the API returns it")
        boolean json;

        @Inject
        public ListCliCommand(Provider<ListFiguresUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() throws Exception {
            List<FigureData> all = list.get().listFigures(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.MAPPER.writeValueAsString(all));
                return ExitCodes.OK;
            }
            if (all.isEmpty()) {
                out.println("edition " + edition + " has no recorded figures; record one with 'synedrio figures set "
                        + edition + " KEY VALUE'");
                return ExitCodes.OK;
            }
            out.println(String.format("%-32s  %-12s  %-13s  %-10s  %s", "KEY", "VALUE", "QUALIFIER", "AS OF",
                    "SOURCE"));
            for (FigureData f : all) {
                out.println(String.format("%-32s  %-12s  %-13s  %-10s  %s", f.key(), f.display(), f.qualifier(),
                        f.asOf() == null ? "-" : f.asOf(), f.source() == null ? "-" : f.source()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio figures unset EDITION KEY}. */
    @Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Remove a recorded figure; the report shows its gap again.")
    public static final class UnsetCliCommand implements Callable<Integer> {

        private final Provider<RemoveFigureUseCase> remove;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "KEY", description = "The figure's key")
        String key;

        @Inject
        public UnsetCliCommand(Provider<RemoveFigureUseCase> remove) {
            this.remove = remove;
        }

        @Override
        public Integer call() {
            remove.get().removeFigure(edition, key);
            spec.commandLine().getOut().println("figure '" + key.strip() + "' of edition " + edition + " removed");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio figures use EDITION KEY counted|recorded}. */
    @Command(name = "use", mixinStandardHelpOptions = true,
            description = {"Choose whether the report shows the recorded figure or the one Synedrio counted",
                    "(registrations, and whatever else it counts). Without a choice a recorded figure stands",
                    "and the counted one is shown beside it in the report's provenance table."})
    public static final class UseCliCommand implements Callable<Integer> {

        private final Provider<ChooseFigureSourceUseCase> choose;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "KEY", description = "The figure's key, e.g. registrations")
        String key;

        @Parameters(index = "2", paramLabel = "counted|recorded", description = "Which value the report uses")
        String choice;

        @Inject
        public UseCliCommand(Provider<ChooseFigureSourceUseCase> choose) {
            this.choose = choose;
        }

        @Override
        public Integer call() {
            ChooseFigureSourceUseCase.Chosen c = choose.get().choose(
                    new ChooseFigureSourceUseCase.ChooseFigureSourceCommand(edition, key, choice));
            PrintWriter out = spec.commandLine().getOut();
            out.println("figure '" + c.key() + "' of edition " + c.edition() + ": the report uses the " + c.choice()
                    + " value where there is one");
            out.println("  recorded: " + (c.recorded() == null ? "none" : c.recorded()));
            out.println("  counted:  " + (c.counted() == null ? "none" : c.counted() + " (" + c.countedHow() + ")"));
            out.println("  used now: " + (c.used() == null ? "neither (the report shows a gap)" : c.used()));
            return ExitCodes.OK;
        }
    }

    static String describe(FigureData f) {
        String q = switch (f.qualifier()) {
            case "approximately" -> "περίπου ";
            case "more-than" -> "πάνω από ";
            default -> "";
        };
        return q + f.display() + (f.asOf() == null ? "" : " (as of " + f.asOf() + ")");
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t)
                    : LocalDate.parse(t, DateTimeFormatter.ofPattern("d-M-uuuu"));
        } catch (DateTimeParseException e) {
            throw new RefusedException("--as-of '" + text + "' is not a date like 2021-11-22 or 22-11-2021");
        }
    }
}
