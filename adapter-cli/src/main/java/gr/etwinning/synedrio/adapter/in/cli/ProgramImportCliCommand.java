package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase.ImportScheduleCommand;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase.ScheduleImportReport;
import gr.etwinning.synedrio.domain.DomainException;
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

    @Option(names = "--lang", paramLabel = "el|en", defaultValue = "el",
            description = "The language of the summary and of a refusal by a programme rule: el (Greek, the default) "
                    + "or en (English).")
    Lang lang;

    @Inject
    public ProgramImportCliCommand(Provider<ImportScheduleUseCase> importSchedule) {
        this.importSchedule = importSchedule;
    }

    @Override
    public Integer call() {
        String content = DatasetFiles.readText(file);
        ScheduleImportReport report;
        try {
            report = importSchedule.get().importSchedule(new ImportScheduleCommand(edition,
                    file.getFileName().toString(), content, mode));
        } catch (DomainException e) {
            throw worded(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String person : report.personsCreated()) {
            out.println(lang.word("νέο πρόσωπο\t'", "created\tperson '") + person + "'");
        }
        int persons = report.personsCreated().size();
        out.println(lang.word("εισήχθη το " + file.getFileName() + " ως συνέδριο " + report.edition()
                + (report.editionCreated() ? " (νέο)" : " (το πρόγραμμα αντικαταστάθηκε)"), "imported "
                + file.getFileName() + " as edition " + report.edition() + (report.editionCreated() ? " (new)"
                : " (programme replaced)")) + ": " + lang.sessions(report.sessions()) + ", "
                + lang.contributions(report.contributions()) + ", " + lang.word(persons + (persons == 1
                ? " νέο πρόσωπο" : " νέα πρόσωπα"), persons + (persons == 1 ? " new person" : " new persons")));
        // what was left aside or changed is told by the readers and the import in English: in Greek a line says
        // so, and each English sentence keeps a line of its own
        if (lang == Lang.el && !report.ignored().isEmpty()) {
            out.println("παραλείφθηκαν από το αρχείο (" + report.ignored().size() + ", στα αγγλικά):");
        }
        for (String what : report.ignored()) {
            out.println("ignored\t" + what);
        }
        if (lang == Lang.el && !report.changed().isEmpty()) {
            out.println("άλλαξαν για να χωρέσουν στο πρόγραμμα (" + report.changed().size() + ", στα αγγλικά):");
        }
        for (String what : report.changed()) {
            out.println("changed\t" + what);
        }
        return ExitCodes.OK;
    }

    /** A refusal by a programme rule, in Greek unless English is asked; any other refusal as the model words it. */
    private RuntimeException worded(DomainException e) {
        if (lang == Lang.el && e.statement().isPresent()) {
            var st = e.statement().get();
            var problem = new ProblemWording.Problem(st.rule(), st.items(), st.values(), e.getMessage());
            if (ProblemWording.hasGreek(problem)) {
                return new RefusedException(ProblemWording.say(lang, problem));
            }
        }
        return e;
    }
}
