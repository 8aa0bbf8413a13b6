package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookedWorkshopsTest {

    private static final EditionNumber SEVENTH = EditionNumber.of(7);

    @Test
    void aProgrammeThatDropsABookedWorkshopIsRefusedNamingItAndItsBookings() {
        List<WorkshopSeats> seats = List.of(seats("d2-workshop-01", 2, 1), seats("d2-workshop-02", 0, 0));
        Programme without01 = programme(workshop("d2-workshop-02"));

        assertThatThrownBy(() -> BookedWorkshops.requireKept(SEVENTH, seats, without01))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("d2-workshop-01")
                .hasMessageContaining("2 seats are booked and 1 waiting");
        assertThat(rule(seats, without01)).isEqualTo("booked-workshop-stays");
    }

    @Test
    void aWorkshopTurnedIntoATalkCountsAsDropped() {
        List<WorkshopSeats> seats = List.of(seats("d2-workshop-01", 1, 0));
        Programme asTalk = programme(new Contribution(new ContributionId("d2-workshop-01"), ContributionKind.TALK,
                "Εργαστήριο ρομποτικής", null, List.of(), null, null));

        assertThatThrownBy(() -> BookedWorkshops.requireKept(SEVENTH, seats, asTalk))
                .hasMessageContaining("1 seat is booked");
    }

    @Test
    void anUnbookedWorkshopMayGoAndAKeptBookedOneIsFine() {
        List<WorkshopSeats> seats = List.of(seats("d2-workshop-01", 3, 0), seats("d2-workshop-02", 0, 0));

        assertThatCode(() -> BookedWorkshops.requireKept(SEVENTH, seats, programme(workshop("d2-workshop-01"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> BookedWorkshops.requireKept(SEVENTH, List.of(seats("d2-workshop-02", 0, 0)),
                Programme.empty())).doesNotThrowAnyException();
    }

    private static String rule(List<WorkshopSeats> seats, Programme programme) {
        try {
            BookedWorkshops.requireKept(SEVENTH, seats, programme);
            return "none";
        } catch (RuleViolationException e) {
            return e.rule();
        }
    }

    private static WorkshopSeats seats(String workshop, int booked, int waiting) {
        return new WorkshopSeats(SEVENTH, new ContributionId(workshop), 10, booked, waiting, booked + waiting + 1);
    }

    private static Contribution workshop(String id) {
        return new Contribution(new ContributionId(id), ContributionKind.WORKSHOP, "Εργαστήριο", null, List.of(),
                null, null);
    }

    private static Programme programme(Contribution contribution) {
        return new Programme(List.of(new Session(new SessionId("d2-workshops"), SessionKind.WORKSHOPS, null,
                LocalDate.of(2021, 11, 20), null, null, null, null, List.of(), List.of(contribution))));
    }
}
