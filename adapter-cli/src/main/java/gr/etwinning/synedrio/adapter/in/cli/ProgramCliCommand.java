package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code synedrio program …}: an edition's programme. */
@Command(name = "program", mixinStandardHelpOptions = true, description = "An edition's programme.",
        subcommands = {ProgramCliCommand.ShowCliCommand.class, ProgramCheckCliCommand.class,
                ProgramExportCliCommand.class, ProgramImportCliCommand.class})
public final class ProgramCliCommand {

    /** {@code synedrio program show EDITION}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print an edition's programme as a table, day by day in time order.")
    public static final class ShowCliCommand implements Callable<Integer> {

        private final Provider<GetConferenceUseCase> conference;
        private final Provider<GetProgrammeUseCase> programme;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--json", description = "Print the programme as JSON, as the API returns it")
        boolean json;

        @Option(names = "--lang", paramLabel = "el|en", defaultValue = "el",
                description = "The language of the table's words: el (Greek, the default) or en (English).")
        Lang lang;

        @Inject
        public ShowCliCommand(Provider<GetConferenceUseCase> conference, Provider<GetProgrammeUseCase> programme) {
            this.conference = conference;
            this.programme = programme;
        }

        @Override
        public Integer call() {
            if (json) {
                spec.commandLine().getOut().println(DatasetFiles.write(programme.get().getProgramme(edition)));
                return ExitCodes.OK;
            }
            ProgrammeData p = programme.get().getProgrammeInTimeOrder(edition);
            ConferenceData c = conference.get().getConference(edition);
            spec.commandLine().getOut().print(ProgrammeTable.render(c, p, lang));
            return ExitCodes.OK;
        }
    }
}
