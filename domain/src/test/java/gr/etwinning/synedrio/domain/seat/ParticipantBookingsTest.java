package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantBookingsTest {

    static final LocalDate SATURDAY = LocalDate.of(2021, 11, 20);

    static WorkshopSlot slot(String id, LocalDate day, String start, String end) {
        return new WorkshopSlot(ContributionId.of(id), day,
                start == null ? null : new TimeRange(LocalTime.parse(start), LocalTime.parse(end)));
    }

    @Test
    void givenTheLimitReachedWhenBookingAnotherThenItIsRefusedWaitingPlacesIncluded() {
        ParticipantBookings held = new ParticipantBookings(List.of(
                new HeldBooking(slot("d2-workshop-01", SATURDAY, "10:00", "11:00"), BookingStatus.CONFIRMED),
                new HeldBooking(slot("d2-workshop-02", SATURDAY, "12:00", "13:00"), BookingStatus.WAITING)));
        assertThatThrownBy(() -> held.requireRoomFor(slot("d2-workshop-03", SATURDAY, "15:00", "16:00"),
                new BookingLimit(2)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("waiting lists included")
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("booking-limit");
    }

    @Test
    void givenAWorkshopThatOverlapsOneHeldWhenBookingThenItIsRefusedNamingBoth() {
        ParticipantBookings held = new ParticipantBookings(List.of(
                new HeldBooking(slot("d2-workshop-01", SATURDAY, "10:00", "11:30"), BookingStatus.WAITING)));
        assertThatThrownBy(() -> held.requireRoomFor(slot("d2-workshop-02", SATURDAY, "11:00", "12:00"),
                new BookingLimit(5)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'d2-workshop-02'").hasMessageContaining("'d2-workshop-01'");
    }

    @Test
    void aWorkshopAtMidnightIsRefusedBesideOneFromHalfPastElevenPastMidnightTheSameNight() {
        ParticipantBookings held = new ParticipantBookings(List.of(
                new HeldBooking(slot("d2-workshop-late", SATURDAY, "23:30", "00:30"), BookingStatus.CONFIRMED)));

        assertThatThrownBy(() -> held.requireRoomFor(slot("d2-workshop-night", SATURDAY, "00:00", "01:00"),
                new BookingLimit(5)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'d2-workshop-night'").hasMessageContaining("'d2-workshop-late'");
        assertThatCode(() -> held.requireRoomFor(slot("d2-workshop-dawn", SATURDAY, "00:30", "01:30"),
                new BookingLimit(5))).doesNotThrowAnyException();
    }

    @Test
    void workshopsThatTouchOrAreOnOtherDaysOrOfUnknownTimeDoNotClash() {
        ParticipantBookings held = new ParticipantBookings(List.of(
                new HeldBooking(slot("d2-workshop-01", SATURDAY, "10:00", "11:00"), BookingStatus.CONFIRMED)));
        BookingLimit limit = new BookingLimit(5);
        assertThatCode(() -> held.requireRoomFor(slot("d2-workshop-02", SATURDAY, "11:00", "12:00"), limit))
                .doesNotThrowAnyException();
        assertThatCode(() -> held.requireRoomFor(slot("d3-workshop-01", SATURDAY.plusDays(1), "10:00", "11:00"),
                limit)).doesNotThrowAnyException();
        assertThatCode(() -> held.requireRoomFor(slot("d2-workshop-16", SATURDAY, null, null), limit))
                .doesNotThrowAnyException();
        assertThat(held.of(slot("d2-workshop-01", SATURDAY, null, null))).isPresent();
    }

    @Test
    void hasRoomForAnswersWhatRequireRoomForDecidesWithoutThrowing() {
        ParticipantBookings held = new ParticipantBookings(List.of(
                new HeldBooking(slot("d2-workshop-01", SATURDAY, "10:00", "11:30"), BookingStatus.CONFIRMED)));
        assertThat(held.hasRoomFor(slot("d2-workshop-02", SATURDAY, "11:00", "12:00"), new BookingLimit(5)))
                .isFalse();
        assertThat(held.hasRoomFor(slot("d2-workshop-03", SATURDAY, "12:00", "13:00"), new BookingLimit(1)))
                .isFalse();
        assertThat(held.hasRoomFor(slot("d2-workshop-03", SATURDAY, "12:00", "13:00"), new BookingLimit(2)))
                .isTrue();
    }

    @Test
    void aLimitOutsideOneToFiftyIsRefused() {
        assertThatThrownBy(() -> new BookingLimit(0)).hasMessageContaining("1 to 50");
    }
}
