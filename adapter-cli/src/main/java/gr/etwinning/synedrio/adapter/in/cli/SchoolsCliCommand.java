package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.port.in.school.SchoolData;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio schools …}: the schools registry. */
@Command(name = "schools", mixinStandardHelpOptions = true, description = "The schools registry.",
        subcommands = SchoolsCliCommand.ListCliCommand.class)
public final class SchoolsCliCommand {

    /** {@code synedrio schools list [--unclassified]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the schools, one per school however typed: level, type, name and other spellings.",
                    "--unclassified lists those whose name reveals no type."})
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<ListSchoolsUseCase> list;

        @Spec
        CommandSpec spec;

        @Option(names = "--unclassified", description = "Only the schools whose name reveals no type")
        boolean unclassified;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Inject
        public ListCliCommand(Provider<ListSchoolsUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            List<SchoolData> schools = list.get().listSchools(unclassified);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(schools));
                return ExitCodes.OK;
            }
            if (schools.isEmpty()) {
                out.println(unclassified ? "no unclassified schools" : "no schools yet; they are recorded when awards"
                        + " are imported");
                return ExitCodes.OK;
            }
            out.println(String.format("%-9s  %-14s  %s", "LEVEL", "TYPE", "SCHOOL"));
            for (SchoolData s : schools) {
                out.println(String.format("%-9s  %-14s  %s", s.level() == null ? "?" : s.level(),
                        s.type() == null ? "unclassified" : abbreviate(s.type()), s.name()
                                + (s.features().isEmpty() ? "" : " [" + String.join(", ", s.features()) + "]")));
                for (String other : s.spellings()) {
                    if (!other.equals(s.name())) {
                        out.println(String.format("%-9s  %-14s  also typed: %s", "", "", other));
                    }
                }
            }
            long open = schools.stream().filter(s -> s.type() == null).count();
            out.println(schools.size() + " school" + (schools.size() == 1 ? "" : "s")
                    + (open == 0 ? "" : ", " + open + " unclassified: their prizes fall back to their category's level"));
            return ExitCodes.OK;
        }

        private static String abbreviate(String type) {
            return type.length() <= 14 ? type : type.substring(0, 13) + "…";
        }
    }
}
