package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ContestSummaryData;
import gr.etwinning.synedrio.application.port.in.contest.ListContestsUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.DatasetData;
import gr.etwinning.synedrio.application.port.in.dataset.EditionData;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase.ImportDatasetCommand;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code synedrio serve}: the HTTP API, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (and the public programme) until stopped with Ctrl-C or SIGTERM."})
public final class ServeCliCommand implements Callable<Integer> {

    /** The 2021 dataset inside the jar: the 7th conference, from the founding press release. */
    static final String DEMO_DATASET = "/datasets/etwinning-2021.json";

    private final HttpServerPort server;
    private final Provider<ImportDatasetUseCase> importDataset;
    private final Provider<ListConferencesUseCase> conferences;
    private final Provider<ListContestsUseCase> contests;
    private final Provider<gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase> mail;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: 7070; 0 picks one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--no-mail", description = "Do not deliver the mail outbox in the background")
    boolean noMail;

    @Option(names = "--demo", description = "Load the 2021 dataset first, unless its editions are there already")
    boolean demo;

    @Inject
    public ServeCliCommand(HttpServerPort server, Provider<ImportDatasetUseCase> importDataset,
                           Provider<ListConferencesUseCase> conferences, Provider<ListContestsUseCase> contests,
                           Provider<gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase> mail) {
        this.mail = mail;
        this.server = server;
        this.importDataset = importDataset;
        this.conferences = conferences;
        this.contests = contests;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + " is not a port: 0 to 65535 (0 picks a free one)");
        }
        if (demo) {
            loadDemo(out);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        HttpServerPort.RunningServer running = server.start(host, port);
        Thread hook = new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "synedrio-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Synedrio serves http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + running.port()
                + "/ (the public programme; the API under /api, described at /api/openapi.json); Ctrl-C stops it");
        MailLoop mailLoop = null;
        if (!noMail) {
            mailLoop = new MailLoop(mail.get(), 10_000, MailLoop.to(spec.commandLine().getErr()));
            mailLoop.startInBackground();
            out.println("the mail outbox is delivered in the background every 10 s (synedrio mail status shows it)");
        }
        out.flush();
        try {
            stopped.await();
        } finally {
            if (mailLoop != null) {
                mailLoop.stop();
            }
            // Interrupted (embedded use, tests): stop serving here rather than at JVM exit.
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
                running.close();
            }
        }
        return ExitCodes.OK;
    }

    private void loadDemo(PrintWriter out) {
        DatasetData dataset = DatasetFiles.readResource(DEMO_DATASET, DatasetData.class);
        Set<Integer> present = conferences.get().listConferences().stream().map(ConferenceSummaryData::edition)
                .collect(Collectors.toSet());
        Set<Integer> presentContests = contests.get().listContests().stream().map(ContestSummaryData::number)
                .collect(Collectors.toSet());
        Set<Integer> wanted = dataset.editions().stream().map(e -> e.conference().edition())
                .collect(Collectors.toSet());
        Set<Integer> wantedContests = dataset.contests().stream().map(ContestData::number).collect(Collectors.toSet());
        if (present.containsAll(wanted) && presentContests.containsAll(wantedContests)) {
            out.println("demo data: editions " + wanted + " are there already (and contests " + wantedContests
                    + "); left as they are");
            return;
        }
        DatasetData missing = new DatasetData(dataset.format(), dataset.persons(), dataset.editions().stream()
                .filter(e -> !present.contains(e.conference().edition())).toList(), dataset.contests().stream()
                .filter(c -> !presentContests.contains(c.number())).toList());
        importDataset.get().importDataset(new ImportDatasetCommand(missing));
        String editions = missing.editions().stream().map(EditionData::conference)
                .map(c -> c.edition().toString()).collect(Collectors.joining(", "));
        String loadedContests = missing.contests().stream().map(c -> c.number().toString())
                .collect(Collectors.joining(", "));
        out.println("demo data: loaded " + (editions.isEmpty() ? "" : "edition(s) " + editions)
                + (editions.isEmpty() || loadedContests.isEmpty() ? "" : " and ")
                + (loadedContests.isEmpty() ? "" : "contest(s) " + loadedContests));
    }
}
