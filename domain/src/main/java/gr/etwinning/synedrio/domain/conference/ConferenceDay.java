package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.programme.DayHours;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One day of a conference, with what the organisers call it ("Ημέρα 2: ανακοινώσεις και εργαστήρια"), if anything,
 * and its hours when it has its own (11:00 to 04:00 the next morning); without them it runs midnight to midnight.
 */
public record ConferenceDay(LocalDate date, String label, DayHours hours) {

    public ConferenceDay {
        Check.notNull(date, "day date");
        label = Check.optionalText(label, "label of day " + date, 300);
    }

    public ConferenceDay(LocalDate date, String label) {
        this(date, label, null);
    }

    public Optional<DayHours> ownHours() {
        return Optional.ofNullable(hours);
    }
}
