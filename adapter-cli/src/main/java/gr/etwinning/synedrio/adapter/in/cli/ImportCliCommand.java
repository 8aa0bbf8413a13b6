package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.dataset.DatasetData;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase.ImportDatasetCommand;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code synedrio import FILE}: a dataset, all or nothing; importing it again changes nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a conference dataset (JSON, format synedrio-dataset/1; see docs/dataset-format.md).",
                "All or nothing: on the first problem nothing is written. Importing the same file again changes "
                        + "nothing."})
public final class ImportCliCommand implements Callable<Integer> {

    private final Provider<ImportDatasetUseCase> importDataset;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The dataset file")
    Path file;

    @Inject
    public ImportCliCommand(Provider<ImportDatasetUseCase> importDataset) {
        this.importDataset = importDataset;
    }

    @Override
    public Integer call() {
        DatasetData dataset = DatasetFiles.read(file, DatasetData.class);
        ImportReport report = importDataset.get().importDataset(new ImportDatasetCommand(dataset));
        PrintWriter out = spec.commandLine().getOut();
        for (ImportReport.Entry e : report.entries()) {
            if (e.outcome() != ImportReport.Outcome.UNCHANGED) {
                out.println(e.outcome().name().toLowerCase(java.util.Locale.ROOT) + "\t" + e.item());
            }
        }
        out.println("imported " + file.getFileName() + ": " + report.count(ImportReport.Outcome.CREATED)
                + " created, " + report.count(ImportReport.Outcome.UPDATED) + " updated, "
                + report.count(ImportReport.Outcome.UNCHANGED) + " unchanged");
        return ExitCodes.OK;
    }
}
