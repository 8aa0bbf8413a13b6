package gr.etwinning.synedrio.application.port.in.registration;

import java.time.Instant;
import java.util.List;

/** A registration as its participant (with the code) or an operator (with a token) reads it. */
public record RegistrationView(String code, int edition, String fullName, String email, String school,
                               String specialty, String level, Instant consentAt, Instant registeredAt,
                               Instant updatedAt, List<BookingData> bookings) {

    public RegistrationView {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    @Override
    public String toString() {
        return "RegistrationView[edition " + edition + "]";
    }
}
