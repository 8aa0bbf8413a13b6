package gr.etwinning.synedrio.application.port.in.contest;

import java.util.List;

/**
 * What an import of awards did: {@code outcome} is created, updated or unchanged; {@code guesses} lists the teacher
 * cells split by a guess the operator accepted; {@code unclassifiedSchools} the schools whose names reveal no type.
 */
public record AwardsImportReport(int contest, String outcome, int projects, int partners, int teachers,
                                 List<String> guesses, List<String> unclassifiedSchools, long version) {

    public AwardsImportReport {
        guesses = List.copyOf(guesses);
        unclassifiedSchools = List.copyOf(unclassifiedSchools);
    }
}
