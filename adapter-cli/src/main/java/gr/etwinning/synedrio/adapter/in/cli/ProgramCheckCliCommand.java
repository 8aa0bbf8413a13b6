package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.CheckProgrammeQuery;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.domain.programme.ProgrammeProblem;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio program check EDITION [--file DRAFT.json]}: every problem at once; exit 1 if any is an error. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"List every problem of an edition's programme at once: errors (what a write refuses) and "
                + "warnings (gaps such as unknown times or sessions without a chair).",
                "With --file, check a draft programme (the JSON of 'program show --json') without storing it.",
                "Exit code 1 when there is an error, 0 when there are only warnings or none."})
public final class ProgramCheckCliCommand implements Callable<Integer> {

    private final Provider<CheckProgrammeUseCase> check;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
    int edition;

    @Option(names = "--file", paramLabel = "DRAFT.json", description = "A draft programme to check instead")
    Path file;

    @Option(names = "--json", description = "Print the problems as JSON, as the API returns them")
    boolean json;

    @Option(names = "--lang", paramLabel = "el|en", defaultValue = "el",
            description = "The language of the problems: el (Greek, the default) or en (English, as the API words "
                    + "them).")
    Lang lang;

    @Inject
    public ProgramCheckCliCommand(Provider<CheckProgrammeUseCase> check) {
        this.check = check;
    }

    @Override
    public Integer call() {
        ProgrammeData draft = file == null ? null : DatasetFiles.read(file, ProgrammeData.class);
        CheckProgrammeQuery query = new CheckProgrammeQuery(edition, draft);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var result = check.get().checkProgramme(query);
            out.println(DatasetFiles.write(result));
            return result.hasErrors() ? ExitCodes.REFUSED : ExitCodes.OK;
        }
        List<ProgrammeProblem> problems = check.get().problems(query);
        long errors = problems.stream().filter(ProgrammeProblem::isError).count();
        for (ProgrammeProblem p : problems) {
            String said = ProblemWording.say(lang, new ProblemWording.Problem(p.rule(), p.items(), p.values(),
                    p.message()));
            String severity = ProblemWording.severity(lang, p.isError());
            // English keeps the rule's id for the eye; Greek names the rule in its sentence (--json has the id)
            out.println(severity + "\t" + (lang == Lang.en ? p.rule() + "\t" : "") + said.replace("\n", "\n\t"));
        }
        long warnings = problems.size() - errors;
        String what = file == null ? lang.word("συνέδριο " + edition, "edition " + edition)
                : file.getFileName() + lang.word(" (σχέδιο του συνεδρίου " + edition + ")",
                        " (draft of edition " + edition + ")");
        out.println(what + ": " + lang.word(errors + (errors == 1 ? " σφάλμα, " : " σφάλματα, ") + warnings
                + (warnings == 1 ? " προειδοποίηση" : " προειδοποιήσεις"), errors + (errors == 1 ? " error, "
                : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")));
        return errors > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
