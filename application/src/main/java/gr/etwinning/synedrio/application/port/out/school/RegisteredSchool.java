package gr.etwinning.synedrio.application.port.out.school;

import gr.etwinning.synedrio.domain.school.School;

import java.util.List;

/** A school as the registry keeps it: the first spelling seen as its name, and every spelling seen. */
public record RegisteredSchool(School school, List<String> spellings) {

    public RegisteredSchool {
        spellings = List.copyOf(spellings);
    }
}
