package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkshopSeatsTest {

    private static WorkshopSeats seats(int capacity) {
        return WorkshopSeats.open(EditionNumber.of(7), ContributionId.of("d2-workshop-01"), capacity);
    }

    @Test
    void givenFreeSeatsWhenTakingThenEachArrivalIsConfirmedWithTheNextTicket() {
        WorkshopSeats s = seats(2);
        assertThat(s.take()).isEqualTo(new WorkshopSeats.Ticket(BookingStatus.CONFIRMED, 1));
        assertThat(s.take()).isEqualTo(new WorkshopSeats.Ticket(BookingStatus.CONFIRMED, 2));
        assertThat(s.left()).isZero();
    }

    @Test
    void givenAFullWorkshopWhenTakingThenTheParticipantWaitsInArrivalOrder() {
        WorkshopSeats s = seats(1);
        s.take();
        assertThat(s.take()).isEqualTo(new WorkshopSeats.Ticket(BookingStatus.WAITING, 2));
        assertThat(s.take()).isEqualTo(new WorkshopSeats.Ticket(BookingStatus.WAITING, 3));
        assertThat(s.booked()).isEqualTo(1);
        assertThat(s.waiting()).isEqualTo(2);
    }

    @Test
    void givenSomeoneWaitingWhenAConfirmedSeatIsReleasedThenAPromotionIsDueAndKeepsTheCountsExact() {
        WorkshopSeats s = seats(1);
        s.take();
        s.take();
        assertThat(s.release(BookingStatus.CONFIRMED)).isTrue();
        s.promote();
        assertThat(s.booked()).isEqualTo(1);
        assertThat(s.waiting()).isZero();
        assertThat(s.release(BookingStatus.CONFIRMED)).isFalse();
    }

    @Test
    void givenAWaitingPlaceWhenItIsReleasedThenNoSeatIsFreed() {
        WorkshopSeats s = seats(1);
        s.take();
        s.take();
        assertThat(s.release(BookingStatus.WAITING)).isFalse();
        assertThat(s.booked()).isEqualTo(1);
    }

    @Test
    void givenBookedSeatsWhenLoweringTheCapacityBelowThemThenItIsRefusedNamingTheWorkshop() {
        WorkshopSeats s = seats(3);
        s.take();
        s.take();
        assertThatThrownBy(() -> s.changeCapacity(1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("d2-workshop-01").hasMessageContaining("2 seats booked");
        assertThat(s.capacity()).isEqualTo(3);
    }

    @Test
    void givenAWaitingListWhenRaisingTheCapacityThenAsManyAsTheNewSeatsAreDueForPromotion() {
        WorkshopSeats s = seats(1);
        for (int i = 0; i < 4; i++) {
            s.take();
        }
        assertThat(s.changeCapacity(3)).isEqualTo(2);
        assertThat(s.changeCapacity(10)).isEqualTo(3);
    }

    @Test
    void impossibleCapacitiesAndStoredCountsAreRefused() {
        assertThatThrownBy(() -> seats(-1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("0 to");
        assertThatThrownBy(() -> new WorkshopSeats(EditionNumber.of(7), ContributionId.of("w"), 5, 6, 0, 1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("6 booked of 5");
    }
}
