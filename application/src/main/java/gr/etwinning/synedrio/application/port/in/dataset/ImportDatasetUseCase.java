package gr.etwinning.synedrio.application.port.in.dataset;

import java.util.Objects;

/**
 * Imports a dataset all or nothing: persons first, then each edition with its programme. Importing the same dataset
 * again changes nothing and duplicates nothing.
 */
public interface ImportDatasetUseCase {

    ImportReport importDataset(ImportDatasetCommand command);

    record ImportDatasetCommand(DatasetData dataset) {
        public ImportDatasetCommand {
            Objects.requireNonNull(dataset, "'dataset' must not be null");
        }
    }
}
