package gr.etwinning.synedrio.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import gr.etwinning.synedrio.adapter.in.cli.Cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code synedrio} command: wires every adapter with Guice and runs the command line. */
public final class Main {

    private Main() {
    }

    static {
        // jOOQ prints a logo and a tip of the day on first use; a command-line tool's output is for its user.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line with a fresh injector; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PersistenceModule persistence = new PersistenceModule();
        Injector injector = injector(persistence);
        try {
            return Cli.run(CliModule.factory(injector), CliModule::unwrap, out, err, args);
        } finally {
            persistence.closeIfOpened();
        }
    }

    static Injector injector(PersistenceModule persistence) {
        // DEVELOPMENT stage: singletons are made when first needed, so a command pays only for what it uses.
        return injector(persistence, new MailModule());
    }

    static Injector injector(PersistenceModule persistence, MailModule mail, com.google.inject.Module... overrides) {
        return Guice.createInjector(Stage.DEVELOPMENT, com.google.inject.util.Modules.override(new CliModule(),
                persistence, new ApplicationModule(), new FilesModule(), new WebModule(), new AttendanceModule(), mail,
                new CertificateModule(), new EvaluationModule(), new ProceedingsModule(),
                new CallForPapersModule()).with(overrides));
    }
}
