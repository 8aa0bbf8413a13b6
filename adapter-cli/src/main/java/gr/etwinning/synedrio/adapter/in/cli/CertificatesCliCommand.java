package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase.RuleData;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase.SetRuleCommand;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateView;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase.IssueReport;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase.Candidate;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase.Preview;
import gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.RevokeCertificateUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.VerifyCertificateUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** {@code synedrio certificates …}: certificates of attendance, from the rule to the PDF. */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = {"Certificates of attendance: an edition's eligibility rule, who qualifies, issuing (each one",
                "mailed through the outbox), the PDFs, verification codes and revocation."},
        subcommands = {CertificatesCliCommand.RuleCliCommand.class, CertificatesCliCommand.PreviewCliCommand.class,
                CertificatesCliCommand.IssueCliCommand.class, CertificatesCliCommand.PdfCliCommand.class,
                CertificatesCliCommand.ExportCliCommand.class, CertificatesCliCommand.ShowCliCommand.class,
                CertificatesCliCommand.RevokeCliCommand.class})
public final class CertificatesCliCommand {

    static String describe(RuleData r) {
        return "at least " + r.minMinutes() + " minute(s)" + (r.kinds().isEmpty() ? " in total"
                : " in " + String.join(", ", r.kinds())) + " and at least " + r.minSessions() + " session(s)";
    }

    /** {@code synedrio certificates rule EDITION …}. */
    @Command(name = "rule", mixinStandardHelpOptions = true,
            description = {"Set (or, without options, show) who gets a certificate of the edition: at least N minutes",
                    "attended — of the kinds named, or in total — and at least K distinct sessions. Exactly at a",
                    "threshold qualifies. Options left out keep their value."})
    public static final class RuleCliCommand implements Callable<Integer> {

        private final Provider<CertificateRuleUseCase> rules;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--min-minutes", paramLabel = "N", description = "Minutes attended, at least")
        Integer minMinutes;

        @Option(names = "--min-sessions", paramLabel = "K", description = "Distinct sessions attended, at least")
        Integer minSessions;

        @Option(names = "--kinds", paramLabel = "KIND,…", split = ",",
                description = "Count only these kinds' minutes: workshop, talk, keynote, … ('' for all)")
        List<String> kinds;

        @Inject
        public RuleCliCommand(Provider<CertificateRuleUseCase> rules) {
            this.rules = rules;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (minMinutes == null && minSessions == null && kinds == null) {
                RuleData r = rules.get().rule(edition);
                out.println(r == null ? "edition " + edition + " has no certificate rule yet"
                        : "edition " + edition + ": " + describe(r));
                return ExitCodes.OK;
            }
            List<String> chosen = kinds == null ? null : kinds.stream().filter(k -> !k.isBlank()).toList();
            RuleData r = rules.get().setRule(new SetRuleCommand(edition, minMinutes, minSessions, chosen));
            out.println("edition " + edition + ": a certificate for " + describe(r));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio certificates preview EDITION}. */
    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Who qualifies under the rule and who misses it by how much; nothing is issued.")
    public static final class PreviewCliCommand implements Callable<Integer> {

        private final Provider<PreviewCertificatesUseCase> preview;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Inject
        public PreviewCliCommand(Provider<PreviewCertificatesUseCase> preview) {
            this.preview = preview;
        }

        @Override
        public Integer call() {
            Preview p = preview.get().preview(edition);
            PrintWriter out = spec.commandLine().getOut();
            out.println("rule: " + describe(p.rule()));
            out.printf("%-40s %8s %8s  %s%n", "PARTICIPANT", "MINUTES", "SESSIONS", "CERTIFICATE");
            for (Candidate c : p.candidates()) {
                String verdict;
                if (c.eligible()) {
                    verdict = c.issued() ? "yes (issued)" : "yes";
                } else {
                    verdict = "no: " + (c.minutesShort() > 0 ? c.minutesShort() + " minute(s) short" : "")
                            + (c.minutesShort() > 0 && c.sessionsShort() > 0 ? ", " : "")
                            + (c.sessionsShort() > 0 ? c.sessionsShort() + " session(s) short" : "");
                }
                out.printf("%-40s %8d %8d  %s%n", c.fullName(), c.countedMinutes(), c.sessions(), verdict);
            }
            long eligible = p.eligible();
            long issued = p.candidates().stream().filter(c -> c.eligible() && c.issued()).count();
            out.println(eligible + " of " + p.candidates().size() + " registered participant(s) qualify; "
                    + (eligible - issued) + " would be issued now");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio certificates issue EDITION}. */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Issue a certificate to every eligible registered participant who has none yet, and put",
                    "each one's mail (the PDF attached) in the outbox; mail send or serve delivers them."})
    public static final class IssueCliCommand implements Callable<Integer> {

        private final Provider<IssueCertificatesUseCase> issue;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Inject
        public IssueCliCommand(Provider<IssueCertificatesUseCase> issue) {
            this.issue = issue;
        }

        @Override
        public Integer call() {
            IssueReport r = issue.get().issue(edition);
            spec.commandLine().getOut().println("edition " + edition + ": " + r.issued() + " certificate(s) issued "
                    + "and mailed through the outbox, " + r.alreadyHeld() + " held already, " + r.notEligible()
                    + " registered participant(s) not eligible");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio certificates pdf CODE --output FILE}. */
    @Command(name = "pdf", mixinStandardHelpOptions = true, description = "Write one certificate's PDF.")
    public static final class PdfCliCommand implements Callable<Integer> {

        private final Provider<RenderCertificatesUseCase> render;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "The verification code, e.g. 7KQM-29XH-CD4T")
        String code;

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "The PDF file to write")
        Path output;

        @Inject
        public PdfCliCommand(Provider<RenderCertificatesUseCase> render) {
            this.render = render;
        }

        @Override
        public Integer call() throws IOException {
            Path tmp = temporaryBeside(output);
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    render.get().pdf(code, out);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            spec.commandLine().getOut().println("wrote " + output);
            return ExitCodes.OK;
        }
    }

    static Path temporaryBeside(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RefusedException("the directory of " + file + " does not exist");
        }
        return Files.createTempFile(dir, ".synedrio-", ".part");
    }

    /** {@code synedrio certificates export EDITION --output DIR|FILE.zip}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write every certificate of the edition as CODE.pdf into a directory, or into a ZIP file",
                    "(--output ending in .zip), rendered in parallel and written as they come."})
    public static final class ExportCliCommand implements Callable<Integer> {

        private final Provider<RenderCertificatesUseCase> render;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--output", paramLabel = "DIR|ZIP", required = true,
                description = "A directory (made if missing) or a .zip file")
        Path output;

        @Inject
        public ExportCliCommand(Provider<RenderCertificatesUseCase> render) {
            this.render = render;
        }

        @Override
        public Integer call() throws IOException {
            boolean zip = output.getFileName() != null
                    && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
            int n;
            if (zip) {
                Path tmp = temporaryBeside(output);
                try {
                    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp))) {
                        n = export((name, pdf) -> {
                            z.putNextEntry(new ZipEntry(name));
                            z.write(pdf);
                            z.closeEntry();
                        });
                    }
                    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } else {
                if (Files.exists(output) && !Files.isDirectory(output)) {
                    throw new RefusedException(output + " is a file: give a directory, or a name ending in .zip");
                }
                Files.createDirectories(output);
                n = export((name, pdf) -> Files.write(output.resolve(name), pdf));
            }
            spec.commandLine().getOut().println("wrote " + n + " certificate(s) of edition " + edition + " to "
                    + output);
            return ExitCodes.OK;
        }

        private int export(RenderCertificatesUseCase.Sink target) throws IOException {
            Progress[] progress = new Progress[1];
            try {
                return render.get().export(edition, new RenderCertificatesUseCase.Sink() {
                    @Override
                    public void starting(int total) {
                        progress[0] = Progress.start("certificates", total);
                    }

                    @Override
                    public void accept(String fileName, byte[] pdf) throws IOException {
                        target.accept(fileName, pdf);
                        progress[0].step();
                    }
                });
            } finally {
                if (progress[0] != null) {
                    progress[0].close();
                }
            }
        }
    }

    /** {@code synedrio certificates show CODE}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "What the verification page says of a code.")
    public static final class ShowCliCommand implements Callable<Integer> {

        private final Provider<VerifyCertificateUseCase> verify;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "The verification code")
        String code;

        @Inject
        public ShowCliCommand(Provider<VerifyCertificateUseCase> verify) {
            this.verify = verify;
        }

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), verify.get().verify(code));
            return ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, CertificateView v) {
        out.println(v.code() + ": " + (v.revoked() ? "REVOKED " + v.revokedAt() + " (" + v.revokeReason() + ")"
                : "valid"));
        out.println("  " + (v.fullName() == null ? "(name erased)" : v.fullName()) + ", " + v.editionTitle() + ", "
                + v.minutes() + " minute(s) in " + v.sessions() + " session(s), issued " + v.issuedAt());
        out.println("  " + v.verificationUrl());
    }

    /** {@code synedrio certificates revoke CODE --reason …}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a certificate: its page says so, with the reason; an unsent mail of it is not sent.")
    public static final class RevokeCliCommand implements Callable<Integer> {

        private final Provider<RevokeCertificateUseCase> revoke;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "The verification code")
        String code;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (shown on its page)")
        String reason;

        @Inject
        public RevokeCliCommand(Provider<RevokeCertificateUseCase> revoke) {
            this.revoke = revoke;
        }

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), revoke.get().revoke(code, reason));
            return ExitCodes.OK;
        }
    }
}
