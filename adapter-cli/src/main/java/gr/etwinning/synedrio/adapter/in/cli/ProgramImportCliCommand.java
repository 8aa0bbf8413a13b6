package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase.ImportScheduleCommand;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase.ScheduleImportReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code synedrio program import EDITION FILE}: a schedule.json or schedule.xml, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a schedule.json or schedule.xml, as pretalx, frab or 'program export' write them, as "
                + "an edition's programme (replacing it). An edition that does not exist is created from the file's "
                + "conference data.",
                "All or nothing: a bad file is refused with the line or JSON path of the problem."})
public final class ProgramImportCliCommand implements Callable<Integer> {

    private final Provider<ImportScheduleUseCase> importSchedule;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 8")
    int edition;

    @Parameters(index = "1", paramLabel = "FILE", description = "schedule.json or schedule.xml")
    Path file;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "onsite",
            description = "online, onsite or hybrid: the mode of an edition the import creates (default onsite)")
    String mode;

    @Inject
    public ProgramImportCliCommand(Provider<ImportScheduleUseCase> importSchedule) {
        this.importSchedule = importSchedule;
    }

    @Override
    public Integer call() {
        String content = DatasetFiles.readText(file);
        ScheduleImportReport report = importSchedule.get().importSchedule(new ImportScheduleCommand(edition,
                file.getFileName().toString(), content, mode));
        PrintWriter out = spec.commandLine().getOut();
        for (String person : report.personsCreated()) {
            out.println("created\tperson '" + person + "'");
        }
        out.println("imported " + file.getFileName() + " as edition " + report.edition()
                + (report.editionCreated() ? " (new)" : " (programme replaced)") + ": " + report.sessions()
                + " sessions, " + report.contributions() + " contributions, " + report.personsCreated().size()
                + " new persons");
        for (String what : report.ignored()) {
            out.println("ignored\t" + what);
        }
        for (String what : report.changed()) {
            out.println("changed\t" + what);
        }
        return ExitCodes.OK;
    }
}
