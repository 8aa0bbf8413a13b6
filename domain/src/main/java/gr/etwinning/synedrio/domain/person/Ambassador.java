package gr.etwinning.synedrio.domain.person;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.School;

import java.time.Year;
import java.util.Optional;

/**
 * An eTwinning ambassador's registry entry: the teacher (a person, by id), the school they teach at, the region
 * they serve and the year since when they are an ambassador. The person's {@link Standing#AMBASSADOR} standing is
 * what lets them chair a session; recording an ambassador gives the person that standing.
 */
public record Ambassador(PersonId person, String school, String region, Year since) {

    public Ambassador {
        Check.notNull(person, "ambassador");
        String item = "ambassador '" + person + "'";
        school = school == null || school.isBlank() ? null : School.named(school).name();
        region = Check.optionalText(region, item + " region", 200);
        if (since != null && (since.getValue() < 2005 || since.getValue() > 2100)) {
            throw new InvalidValueException(item, item + ": eTwinning began in 2005; 'since' " + since
                    + " cannot be right");
        }
    }

    public Optional<School> schoolUnit() {
        return Optional.ofNullable(school).map(School::named);
    }
}
