package gr.etwinning.synedrio.application.port.in.seat;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A workshop and its seats, as anybody may see them: counts only, never who booked. {@code open} is false (and the
 * counts null) until the organisers set its capacity.
 */
public record WorkshopSeatsData(String workshop, String title, LocalDate day, LocalTime start, LocalTime end,
                                boolean open, Integer capacity, Integer booked, Integer left, Integer waiting) {
}
