package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A booked workshop stays: a new programme may not drop a workshop that holds bookings or a waiting list, nor turn
 * it into something else, because those bookings belong to people. An unbooked workshop may go.
 */
public final class BookedWorkshops {

    private BookedWorkshops() {
    }

    /**
     * @param edition   the edition whose programme is replaced
     * @param seats     every opened workshop of the edition as it is now (locked by the caller for the transaction,
     *                  so that no booking slips in between)
     * @param programme the new programme
     * @throws RuleViolationException (rule {@code booked-workshop-stays}) naming the first workshop that would go
     */
    public static void requireKept(EditionNumber edition, Collection<WorkshopSeats> seats, Programme programme) {
        if (seats.stream().noneMatch(s -> s.booked() + s.waiting() > 0)) {
            return;
        }
        Set<ContributionId> workshops = new HashSet<>();
        for (Session s : programme.sessions()) {
            for (Contribution c : s.contributions()) {
                if (c.kind() == ContributionKind.WORKSHOP) {
                    workshops.add(c.id());
                }
            }
        }
        for (WorkshopSeats s : seats) {
            if (s.booked() + s.waiting() > 0 && !workshops.contains(s.workshop())) {
                throw new RuleViolationException("workshop '" + s.workshop() + "'", "booked-workshop-stays",
                        "the new programme of edition " + edition + " drops workshop '" + s.workshop()
                                + "' (or makes it something else), but " + s.booked() + " seat"
                                + (s.booked() == 1 ? " is" : "s are") + " booked and " + s.waiting()
                                + " waiting there; keep it as a workshop, or cancel its bookings first");
            }
        }
    }
}
