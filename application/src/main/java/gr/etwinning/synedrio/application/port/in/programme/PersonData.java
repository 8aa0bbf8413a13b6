package gr.etwinning.synedrio.application.port.in.programme;

import java.util.List;

/**
 * A person as the API and datasets write them. {@code standings} lists {@code nss-member} and/or
 * {@code ambassador}: only those may chair.
 */
public record PersonData(String id, String honorific, String name, List<String> otherNames, String role,
                         String affiliation, List<String> standings) {

    public PersonData {
        otherNames = otherNames == null ? List.of() : otherNames;
        standings = standings == null ? List.of() : standings;
    }
}
