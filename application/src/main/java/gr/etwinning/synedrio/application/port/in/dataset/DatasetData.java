package gr.etwinning.synedrio.application.port.in.dataset;

import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;

import java.util.List;

/**
 * A dataset file: {@code format} is {@value #FORMAT}; then the persons, then the editions, then (optionally) the
 * national contests whose awards the editions present. Documented in {@code docs/dataset-format.md}.
 */
public record DatasetData(String format, List<PersonData> persons, List<EditionData> editions,
                          List<ContestData> contests) {

    public static final String FORMAT = "synedrio-dataset/1";

    public DatasetData {
        persons = persons == null ? List.of() : persons;
        editions = editions == null ? List.of() : editions;
        contests = contests == null ? List.of() : contests;
    }

    public DatasetData(String format, List<PersonData> persons, List<EditionData> editions) {
        this(format, persons, editions, null);
    }
}
