package gr.etwinning.synedrio.application.port.in.programme;

import java.util.List;

/**
 * A conference's programme as the API and datasets write it: its sessions in the organisers' order and the persons
 * they name. On output {@code edition} and {@code version} say what was read; on input {@code persons} are added or
 * updated along with the programme, and {@code version}, when given, is the version the change is based on.
 */
public record ProgrammeData(Integer edition, Long version, List<PersonData> persons, List<SessionData> sessions) {

    public ProgrammeData {
        persons = persons == null ? List.of() : persons;
        sessions = sessions == null ? List.of() : sessions;
    }
}
