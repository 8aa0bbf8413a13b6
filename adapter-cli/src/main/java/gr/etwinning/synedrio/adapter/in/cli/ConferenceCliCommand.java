package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;

/** {@code synedrio conference …}: the editions. */
@Command(name = "conference", mixinStandardHelpOptions = true, description = "Conference editions.",
        subcommands = ConferenceCliCommand.ListCliCommand.class)
public final class ConferenceCliCommand {

    /** {@code synedrio conference list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every edition: number, dates, mode, size of its programme, title.")
    public static final class ListCliCommand implements java.util.concurrent.Callable<Integer> {

        private final Provider<ListConferencesUseCase> list;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table")
        boolean json;

        @Inject
        public ListCliCommand(Provider<ListConferencesUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            List<ConferenceSummaryData> all = list.get().listConferences();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(all));
                return ExitCodes.OK;
            }
            if (all.isEmpty()) {
                out.println("no editions yet; import one with 'synedrio import FILE'");
                return ExitCodes.OK;
            }
            out.println(String.format("%-7s  %-10s  %-10s  %-7s  %8s  %13s  %s", "EDITION", "START", "END", "MODE",
                    "SESSIONS", "CONTRIBUTIONS", "TITLE"));
            for (ConferenceSummaryData c : all) {
                out.println(String.format("%-7d  %-10s  %-10s  %-7s  %8d  %13d  %s", c.edition(), c.startDate(),
                        c.endDate(), c.mode(), c.sessions(), c.contributions(), c.title()));
            }
            return ExitCodes.OK;
        }
    }
}
