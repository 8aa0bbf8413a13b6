package gr.etwinning.synedrio.domain.archfixture;

import gr.etwinning.synedrio.domain.person.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Obeys rules 1 and 3: a record using only the domain, java.lang, util, time and math. */
public record CompliantDomainValue(PersonId person, LocalDate day, BigDecimal amount, List<String> notes) {

    public CompliantDomainValue {
        Objects.requireNonNull(person, "person");
        notes = List.copyOf(notes);
    }

    public String label() {
        return person + " on " + day;
    }
}
