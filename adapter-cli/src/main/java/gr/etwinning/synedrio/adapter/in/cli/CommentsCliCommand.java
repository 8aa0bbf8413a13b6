package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase;
import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase.AddCommentCommand;
import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.application.port.in.comment.ListCommentsUseCase;
import gr.etwinning.synedrio.application.port.in.comment.SelectCommentUseCase;
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

/** {@code synedrio comments …}: evaluation comments, and which of them the report quotes. */
@Command(name = "comments", mixinStandardHelpOptions = true,
        description = "Evaluation comments, recorded as written; the chosen ones are quoted in the report.",
        subcommands = {CommentsCliCommand.AddCliCommand.class, CommentsCliCommand.ListCliCommand.class,
                CommentsCliCommand.SelectCliCommand.class, CommentsCliCommand.UnselectCliCommand.class})
public final class CommentsCliCommand {

    /** {@code synedrio comments add EDITION TEXT [--selected]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Record a comment as the edition's next number; the same text twice is refused.")
    public static final class AddCliCommand implements Callable<Integer> {

        private final Provider<AddCommentUseCase> add;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "TEXT", description = "The comment, as the teacher wrote it")
        String text;

        @Option(names = "--selected", description = "Quote it in the report")
        boolean selected;

        @Inject
        public AddCliCommand(Provider<AddCommentUseCase> add) {
            this.add = add;
        }

        @Override
        public Integer call() {
            CommentData c = add.get().addComment(new AddCommentCommand(edition, text, selected));
            spec.commandLine().getOut().println("comment " + c.number() + " of edition " + edition + " recorded"
                    + (c.selected() ? "; the report quotes it" : ""));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio comments list EDITION [--selected]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the edition's comments: number, chosen (*), text.")
    public static final class ListCliCommand implements Callable<Integer> {

        private final Provider<ListCommentsUseCase> list;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--selected", description = "Only those the report quotes")
        boolean selected;

        @Inject
        public ListCliCommand(Provider<ListCommentsUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            List<CommentData> all = list.get().listComments(edition, selected);
            PrintWriter out = spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println("edition " + edition + " has no " + (selected ? "chosen " : "") + "comments");
                return ExitCodes.OK;
            }
            for (CommentData c : all) {
                out.println(String.format("%3d %s %s", c.number(), c.selected() ? "*" : " ", c.text()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio comments select EDITION NUMBER…}. */
    @Command(name = "select", mixinStandardHelpOptions = true, description = "Quote these comments in the report.")
    public static final class SelectCliCommand implements Callable<Integer> {

        private final Provider<SelectCommentUseCase> select;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NUMBER", description = "Comment numbers")
        List<Integer> numbers;

        @Inject
        public SelectCliCommand(Provider<SelectCommentUseCase> select) {
            this.select = select;
        }

        @Override
        public Integer call() {
            return choose(select.get(), spec, edition, numbers, true);
        }
    }

    /** {@code synedrio comments unselect EDITION NUMBER…}. */
    @Command(name = "unselect", mixinStandardHelpOptions = true,
            description = "Stop quoting these comments in the report.")
    public static final class UnselectCliCommand implements Callable<Integer> {

        private final Provider<SelectCommentUseCase> select;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NUMBER", description = "Comment numbers")
        List<Integer> numbers;

        @Inject
        public UnselectCliCommand(Provider<SelectCommentUseCase> select) {
            this.select = select;
        }

        @Override
        public Integer call() {
            return choose(select.get(), spec, edition, numbers, false);
        }
    }

    /** All or nothing: one unknown number changes none. */
    private static int choose(SelectCommentUseCase select, CommandSpec spec, int edition, List<Integer> numbers,
                              boolean selected) {
        select.selectComments(edition, numbers, selected);
        spec.commandLine().getOut().println("comment" + (numbers.size() == 1 ? " " : "s ")
                + numbers.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                + " of edition " + edition + (selected ? " chosen for" : " taken out of") + " the report");
        return ExitCodes.OK;
    }
}
