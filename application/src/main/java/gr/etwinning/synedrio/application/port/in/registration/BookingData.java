package gr.etwinning.synedrio.application.port.in.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One booking as the participant sees it: the workshop, {@code confirmed} or {@code waiting}, and for a waiting one
 * its place in line (1 = next to be promoted).
 */
public record BookingData(String workshop, String status, Integer waitingPosition, LocalDate day, LocalTime start,
                          LocalTime end, Instant bookedAt) {
}
