package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase.AddAmbassadorCommand;
import gr.etwinning.synedrio.application.port.in.ambassador.AmbassadorData;
import gr.etwinning.synedrio.application.port.in.ambassador.ListAmbassadorsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio ambassadors …}: the eTwinning ambassadors' registry. */
@Command(name = "ambassadors", mixinStandardHelpOptions = true, description = "The eTwinning ambassadors' registry.",
        subcommands = {AmbassadorsCliCommand.ListCliCommand.class, AmbassadorsCliCommand.AddCliCommand.class})
public final class AmbassadorsCliCommand {

    /** {@code synedrio ambassadors list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every ambassador: id, name, since, region, school.")
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<ListAmbassadorsUseCase> list;

        @Spec
        CommandSpec spec;

        @Inject
        public ListCliCommand(Provider<ListAmbassadorsUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            List<AmbassadorData> all = list.get().listAmbassadors();
            PrintWriter out = spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println("no ambassadors yet; add one with 'synedrio ambassadors add ID --name NAME'");
                return ExitCodes.OK;
            }
            out.println(String.format("%-28s  %-30s  %-5s  %-22s  %s", "ID", "NAME", "SINCE", "REGION", "SCHOOL"));
            for (AmbassadorData a : all) {
                out.println(String.format("%-28s  %-30s  %-5s  %-22s  %s", a.person(), a.name(),
                        a.since() == null ? "?" : a.since(), a.region() == null ? "?" : a.region(),
                        a.school() == null ? "?" : a.school()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio ambassadors add ID …}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Record an ambassador (again to change the details). The person gets the ambassador",
                    "standing, so may chair sessions; an unknown id needs --name."})
    public static final class AddCliCommand implements Callable<Integer> {

        private final Provider<AddAmbassadorUseCase> add;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The person's id, e.g. kokkinou-eleni")
        String person;

        @Option(names = "--name", description = "Full name, as written (needed for a new person)")
        String name;

        @Option(names = "--school", description = "The school, as written")
        String school;

        @Option(names = "--region", description = "The region served, e.g. Κεντρική Μακεδονία")
        String region;

        @Option(names = "--since", paramLabel = "YEAR", description = "Ambassador since, e.g. 2019")
        Integer since;

        @Inject
        public AddCliCommand(Provider<AddAmbassadorUseCase> add) {
            this.add = add;
        }

        @Override
        public Integer call() {
            AmbassadorData a = add.get().addAmbassador(new AddAmbassadorCommand(new AmbassadorData(person, name, school,
                    region, since)));
            spec.commandLine().getOut().println("ambassador '" + a.person() + "' (" + a.name() + ") recorded;"
                    + " may chair sessions");
            return ExitCodes.OK;
        }
    }
}
