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

        @Option(names = "--lang", paramLabel = "el|en", defaultValue = "el",
                description = "The language of the table's words: el (Greek, the default) or en (English).")
        Lang lang;

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
                out.println(lang.word("δεν υπάρχει ακόμη κανένα συνέδριο· εισαγάγετέ το με 'synedrio import ΑΡΧΕΙΟ'",
                        "no editions yet; import one with 'synedrio import FILE'"));
                return ExitCodes.OK;
            }
            out.println(String.format("%-8s  %-10s  %-10s  %-11s  %-14s  %-17s  %s", lang.word("ΣΥΝΕΔΡΙΟ", "EDITION"),
                    lang.word("ΑΡΧΗ", "START"), lang.word("ΤΕΛΟΣ", "END"), lang.word("ΤΡΟΠΟΣ", "MODE"),
                    lang.word("ΣΥΝΕΔΡΙΕΣ", "SESSIONS"), lang.word("ΠΑΡΟΥΣΙΑΣΕΙΣ", "CONTRIBUTIONS"),
                    lang.word("ΤΙΤΛΟΣ", "TITLE")));
            for (ConferenceSummaryData c : all) {
                out.println(String.format("%-8d  %-10s  %-10s  %-11s  %-14s  %-17s  %s", c.edition(), c.startDate(),
                        c.endDate(), lang.mode(c.mode()), lang.sessions(c.sessions()),
                        lang.contributions(c.contributions()), c.title()));
            }
            return ExitCodes.OK;
        }
    }
}
