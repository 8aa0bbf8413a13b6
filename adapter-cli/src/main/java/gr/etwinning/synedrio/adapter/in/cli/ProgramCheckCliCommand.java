package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.CheckProgrammeQuery;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.ProblemData;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.ProgrammeCheckData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
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

    @Inject
    public ProgramCheckCliCommand(Provider<CheckProgrammeUseCase> check) {
        this.check = check;
    }

    @Override
    public Integer call() {
        ProgrammeData draft = file == null ? null : DatasetFiles.read(file, ProgrammeData.class);
        ProgrammeCheckData result = check.get().checkProgramme(new CheckProgrammeQuery(edition, draft));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DatasetFiles.write(result));
        } else {
            for (ProblemData p : result.problems()) {
                out.println(p.severity() + "\t" + p.rule() + "\t" + p.message());
            }
            out.println((file == null ? "edition " + edition : file.getFileName() + " (draft of edition " + edition
                    + ")") + ": " + result.errors() + (result.errors() == 1 ? " error, " : " errors, ")
                    + result.warnings() + (result.warnings() == 1 ? " warning" : " warnings"));
        }
        return result.hasErrors() ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
