package gr.etwinning.synedrio.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the {@code synedrio} command line in-process against one embedded database, as a script would. */
final class CliRun {

    record Result(int code, String out, String err) {
    }

    private final String url;

    CliRun(Path dir) {
        this.url = "jdbc:h2:file:" + dir.resolve("db/synedrio").toAbsolutePath();
    }

    Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = url;
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Result(code, out.toString(), err.toString());
    }
}
