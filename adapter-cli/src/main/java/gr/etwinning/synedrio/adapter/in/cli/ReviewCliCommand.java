package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.AssignmentReport;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.ReviewStatus;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.ReviewerProgress;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.SubmissionProgress;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewerData;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code synedrio review …}: reviewers, the assignment of submissions to them, and the progress of the reviews. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Reviewers of the call for papers and their assignments.",
                "A reviewer is a token with scope review ('synedrio token create NAME --scope review') described "
                        + "with 'review reviewer'; they read and review through the API, double-blind."},
        subcommands = {ReviewCliCommand.ReviewerCliCommand.class, ReviewCliCommand.ReviewersCliCommand.class,
                ReviewCliCommand.AssignCliCommand.class, ReviewCliCommand.AdjustCliCommand.class,
                ReviewCliCommand.StatusCliCommand.class})
public final class ReviewCliCommand {

    private static List<String> list(String csv) {
        return csv == null ? null : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** {@code synedrio review reviewer TOKEN --name … --email … [--school …] [--levels …] [--keywords …]}. */
    @Command(name = "reviewer", mixinStandardHelpOptions = true,
            description = {"Describe the person behind a review token: who they are (their own submissions and "
                    + "their school's are never assigned to them) and what they review."})
    public static final class ReviewerCliCommand implements Callable<Integer> {

        private final Provider<ReviewUseCase> reviews;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TOKEN", description = "The review token's name")
        String token;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--school", paramLabel = "SCHOOL", description = "Their school or institution, as written")
        String school;

        @Option(names = "--levels", defaultValue = "primary,secondary", paramLabel = "LEVELS",
                description = "primary, secondary or both (default)")
        String levels;

        @Option(names = "--keywords", paramLabel = "LIST", description = "Comma-separated")
        String keywords;

        @Inject
        public ReviewerCliCommand(Provider<ReviewUseCase> reviews) {
            this.reviews = reviews;
        }

        @Override
        public Integer call() {
            ReviewerData r = reviews.get().describeReviewer(new ReviewerData(token, name, email, school,
                    list(levels), list(keywords)));
            spec.commandLine().getOut().println("reviewer '" + r.token() + "': " + r.name() + ", "
                    + (r.school() == null ? "no school" : r.school()) + "; reviews " + String.join(", ", r.levels())
                    + (r.keywords().isEmpty() ? "" : "; keywords: " + String.join(", ", r.keywords())));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio review reviewers}. */
    @Command(name = "reviewers", mixinStandardHelpOptions = true, description = "List the reviewers.")
    public static final class ReviewersCliCommand implements Callable<Integer> {

        private final Provider<ReviewUseCase> reviews;

        @Spec
        CommandSpec spec;

        @Inject
        public ReviewersCliCommand(Provider<ReviewUseCase> reviews) {
            this.reviews = reviews;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (ReviewerData r : reviews.get().reviewers()) {
                out.println(String.format("%-20s  %-30s  %-19s  %s", r.token(), r.name(), String.join(",", r.levels()),
                        r.school() == null ? "" : r.school()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio review assign EDITION [--per-submission 3]}. */
    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = {"Assign reviewers to every submission that lacks them: of its level, never an author or "
                    + "a colleague from an author's school, loads as even as the conflicts allow.",
                    "Again later: only the gaps are filled (new submissions, new reviewers); unreviewed assignments "
                            + "may move for balance. Adjust one submission with 'review adjust'."})
    public static final class AssignCliCommand implements Callable<Integer> {

        private final Provider<ReviewUseCase> reviews;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Option(names = "--per-submission", defaultValue = "3", paramLabel = "N",
                description = "Reviewers per submission (default 3)")
        int perSubmission;

        @Inject
        public AssignCliCommand(Provider<ReviewUseCase> reviews) {
            this.reviews = reviews;
        }

        @Override
        public Integer call() {
            AssignmentReport r = reviews.get().assign(edition, perSubmission);
            PrintWriter out = spec.commandLine().getOut();
            out.println("edition " + edition + ": " + r.added() + " assignment(s) made, " + r.moved()
                    + " moved for balance, " + r.perSubmission() + " reviewer(s) per submission");
            r.load().forEach((reviewer, n) -> out.println(String.format("  %-20s  %3d", reviewer, n)));
            out.println("load spread (most − least): " + r.spread());
            for (String s : r.shortOf()) {
                out.println("  short of reviewers: " + s);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio review adjust EDITION SUBMISSION [--add TOKEN]… [--remove TOKEN]…}. */
    @Command(name = "adjust", mixinStandardHelpOptions = true,
            description = "Add or take away reviewers of one submission (conflicts and levels are still refused).")
    public static final class AdjustCliCommand implements Callable<Integer> {

        private final Provider<ReviewUseCase> reviews;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "SUBMISSION")
        int number;

        @Option(names = "--add", paramLabel = "TOKEN")
        List<String> add;

        @Option(names = "--remove", paramLabel = "TOKEN")
        List<String> remove;

        @Inject
        public AdjustCliCommand(Provider<ReviewUseCase> reviews) {
            this.reviews = reviews;
        }

        @Override
        public Integer call() {
            List<String> now = reviews.get().adjust(edition, number, add, remove);
            spec.commandLine().getOut().println("submission " + number + ": reviewers " + String.join(", ", now));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio review status EDITION [--json]}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Progress per reviewer and per submission; missing reviews; disagreements (spread ≥ 2).")
    public static final class StatusCliCommand implements Callable<Integer> {

        private final Provider<ReviewUseCase> reviews;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Inject
        public StatusCliCommand(Provider<ReviewUseCase> reviews) {
            this.reviews = reviews;
        }

        @Override
        public Integer call() {
            ReviewStatus s = reviews.get().status(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(s));
                return ExitCodes.OK;
            }
            out.println("reviewers");
            for (ReviewerProgress r : s.reviewers()) {
                out.println(String.format("  %-20s  %3d/%-3d done%s", r.reviewer(), r.done(), r.assigned(),
                        r.missing().isEmpty() ? "" : "   missing: " + r.missing()));
            }
            out.println("submissions");
            for (SubmissionProgress p : s.submissions()) {
                out.println(String.format(Locale.ROOT, "  %4d  %-9s  %d/%d  mean %5s  spread %2s%s  %s", p.number(),
                        p.level(), p.done(), p.assigned(), p.mean() == null ? "-" : String.format(Locale.ROOT, "%.2f",
                                p.mean()), p.spread() == null ? "-" : p.spread(),
                        p.disagreement() ? "  DISAGREEMENT" : "", p.title()));
            }
            out.println(s.missing() + " review(s) missing, " + s.disagreements() + " disagreement(s)");
            return ExitCodes.OK;
        }
    }
}
