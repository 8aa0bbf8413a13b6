package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.Check;

import java.time.LocalDate;

/** One day of a conference, with what the organisers call it ("Ημέρα 2: ανακοινώσεις και εργαστήρια"), if anything. */
public record ConferenceDay(LocalDate date, String label) {

    public ConferenceDay {
        Check.notNull(date, "day date");
        label = Check.optionalText(label, "label of day " + date, 300);
    }
}
