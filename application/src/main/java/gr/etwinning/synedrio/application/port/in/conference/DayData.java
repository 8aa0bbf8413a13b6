package gr.etwinning.synedrio.application.port.in.conference;

import java.time.LocalDate;

/** A conference day as the API and datasets write it. */
public record DayData(LocalDate date, String label) {
}
