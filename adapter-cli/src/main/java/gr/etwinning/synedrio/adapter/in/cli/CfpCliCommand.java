package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.cfp.CallData;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase.OpenCallCommand;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.DecideCommand;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.DecisionData;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.RankedSubmission;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionView;
import gr.etwinning.synedrio.application.port.in.cfp.SubmitUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code synedrio cfp …}: the call for papers — open, close, show, the submissions, decisions. */
@Command(name = "cfp", mixinStandardHelpOptions = true,
        description = {"The call for papers and workshops: open and close it, list submissions, decide.",
                "Submissions come through the API (POST /api/conferences/EDITION/submissions) and the public page "
                        + "/conferences/EDITION/call; reviewers and their assignments: 'synedrio review'."},
        subcommands = {CfpCliCommand.OpenCliCommand.class, CfpCliCommand.CloseCliCommand.class,
                CfpCliCommand.ShowCliCommand.class, CfpCliCommand.SubmissionsCliCommand.class,
                CfpCliCommand.DecideCliCommand.class, CfpCliCommand.DecisionsCliCommand.class})
public final class CfpCliCommand {

    static void printCall(PrintWriter out, CallData c) {
        out.println("call for papers of edition " + c.edition() + " (" + c.conferenceTitle() + "): "
                + (c.open() ? "open" : c.closed() ? "closed" : "past its deadline"));
        out.println("  deadline: " + c.deadlineAthens() + " = " + c.deadline() + " UTC");
        out.println("  types: " + String.join(", ", c.types()) + "; levels: " + String.join(", ", c.levels())
                + "; abstracts of at most " + c.maxWords() + " words");
        out.println("  criteria (1–5 each): " + String.join(" · ", c.criteria()));
    }

    /** {@code synedrio cfp open EDITION --until DATETIME}. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = {"Open the edition's call for papers, or change an open one.",
                    "The deadline is Greek time (Europe/Athens): the server refuses submissions and changes after it."})
    public static final class OpenCliCommand implements Callable<Integer> {

        private final Provider<CallForPapersUseCase> calls;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Option(names = "--until", required = true, paramLabel = "DATETIME",
                description = "The deadline in Greek time, e.g. 2026-12-15T23:59 or '2026-12-15 23:59'")
        String until;

        @Option(names = "--types", defaultValue = "paper,workshop", paramLabel = "TYPES",
                description = "What the call takes: paper, workshop, or both (default: paper,workshop)")
        String types;

        @Option(names = "--max-words", paramLabel = "N", description = "The most words of an abstract (default 3000)")
        Integer maxWords;

        @Option(names = "--criteria", paramLabel = "LIST", description = "The review criteria, separated by ';' "
                + "(default: Πρωτοτυπία; Σαφήνεια; Συνάφεια με το eTwinning; Αξιοποίηση στην τάξη)")
        String criteria;

        @Inject
        public OpenCliCommand(Provider<CallForPapersUseCase> calls) {
            this.calls = calls;
        }

        @Override
        public Integer call() {
            LocalDateTime deadline;
            try {
                deadline = LocalDateTime.parse(until.strip().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw new RefusedException("--until '" + until + "' is not a date and time like 2026-12-15T23:59");
            }
            List<String> c = criteria == null ? null : Arrays.stream(criteria.split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            CallData data = calls.get().open(new OpenCallCommand(edition, deadline,
                    Arrays.stream(types.split(",")).map(String::strip).toList(), maxWords, c));
            printCall(spec.commandLine().getOut(), data);
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio cfp close EDITION}. */
    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close the call before its deadline.")
    public static final class CloseCliCommand implements Callable<Integer> {

        private final Provider<CallForPapersUseCase> calls;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Inject
        public CloseCliCommand(Provider<CallForPapersUseCase> calls) {
            this.calls = calls;
        }

        @Override
        public Integer call() {
            printCall(spec.commandLine().getOut(), calls.get().close(edition));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio cfp show EDITION}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the edition's call for papers.")
    public static final class ShowCliCommand implements Callable<Integer> {

        private final Provider<CallForPapersUseCase> calls;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Inject
        public ShowCliCommand(Provider<CallForPapersUseCase> calls) {
            this.calls = calls;
        }

        @Override
        public Integer call() {
            printCall(spec.commandLine().getOut(), calls.get().call(edition));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio cfp submissions EDITION [--json]}. */
    @Command(name = "submissions", mixinStandardHelpOptions = true,
            description = "The edition's submissions: number, status, level, type, paper, title, authors.")
    public static final class SubmissionsCliCommand implements Callable<Integer> {

        private final Provider<SubmitUseCase> submissions;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Inject
        public SubmissionsCliCommand(Provider<SubmitUseCase> submissions) {
            this.submissions = submissions;
        }

        @Override
        public Integer call() {
            List<SubmissionView> all = submissions.get().listSubmissions(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(all));
                return ExitCodes.OK;
            }
            out.println(String.format("%4s  %-9s  %-9s  %-8s  %-5s  %s", "NO", "STATUS", "LEVEL", "TYPE", "PAPER",
                    "TITLE — AUTHORS"));
            for (SubmissionView s : all) {
                out.println(String.format("%4d  %-9s  %-9s  %-8s  %-5s  %s — %s", s.number(), s.status(), s.level(),
                        s.type(), s.paper() == null ? "-" : s.paper().contentType().contains("pdf") ? "pdf" : "docx",
                        s.title(), String.join(", ", s.authors().stream().map(a -> a.name()
                                + (a.school() == null ? "" : " (" + a.school() + ")")).toList())));
            }
            out.println(all.size() + " submission" + (all.size() == 1 ? "" : "s"));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio cfp decide EDITION SUBMISSION accept|reject [--as talk|workshop] [--session ID]}. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = {"Accept or reject a submission; the authors are mailed (through the outbox).",
                    "Accepted: it becomes a contribution of the programme, its authors persons, in the session of its "
                            + "level (or --session); deciding again moves or removes it."})
    public static final class DecideCliCommand implements Callable<Integer> {

        private final Provider<DecideUseCase> decisions;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "SUBMISSION", description = "The submission's number")
        int number;

        @Parameters(index = "2", paramLabel = "DECISION", description = "accept or reject")
        String decision;

        @Option(names = "--as", paramLabel = "KIND", description = "talk or workshop (default: by its type)")
        String as;

        @Option(names = "--session", paramLabel = "ID", description = "The session to place it in (default: the "
                + "session of its level)")
        String session;

        @Inject
        public DecideCliCommand(Provider<DecideUseCase> decisions) {
            this.decisions = decisions;
        }

        @Override
        public Integer call() {
            String d = decision.strip().toLowerCase(Locale.ROOT);
            if (!d.equals("accept") && !d.equals("reject")) {
                spec.commandLine().getErr().println("synedrio: DECISION is accept or reject, not '" + decision + "'");
                return ExitCodes.USAGE;
            }
            DecisionData r = decisions.get().decide(new DecideCommand(edition, number, d.equals("accept"), as,
                    session));
            spec.commandLine().getOut().println("submission " + r.number() + " «" + r.title() + "»: " + r.status()
                    + (r.contribution() == null ? "" : " as " + r.decidedAs() + ", contribution '" + r.contribution()
                    + "' in session '" + r.session() + "'") + (r.mean() == null ? "" : "; mean score " + r.mean())
                    + "; " + r.mailsQueued() + " mail(s) to the authors in the outbox");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio cfp decisions EDITION [--json]}. */
    @Command(name = "decisions", mixinStandardHelpOptions = true,
            description = "The submissions ranked by mean score, with their reviews and decisions.")
    public static final class DecisionsCliCommand implements Callable<Integer> {

        private final Provider<DecideUseCase> decisions;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Inject
        public DecisionsCliCommand(Provider<DecideUseCase> decisions) {
            this.decisions = decisions;
        }

        @Override
        public Integer call() {
            List<RankedSubmission> ranked = decisions.get().decisions(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(ranked));
                return ExitCodes.OK;
            }
            out.println(String.format("%4s  %4s  %5s  %7s  %-9s  %-9s  %-10s  %s", "RANK", "NO", "MEAN", "REVIEWS",
                    "LEVEL", "TYPE", "DECISION", "TITLE"));
            for (RankedSubmission r : ranked) {
                out.println(String.format(Locale.ROOT, "%4d  %4d  %5s  %7d  %-9s  %-9s  %-10s  %s", r.rank(),
                        r.number(), r.mean() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.mean()), r.reviews(),
                        r.level(), r.type(), r.status().equals("submitted") ? "undecided" : r.status()
                                + (r.decidedAs() == null ? "" : ":" + r.decidedAs()), r.title()));
            }
            return ExitCodes.OK;
        }
    }
}
