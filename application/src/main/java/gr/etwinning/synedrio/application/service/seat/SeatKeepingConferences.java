package gr.etwinning.synedrio.application.service.seat;

import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.seat.BookedWorkshops;

import java.util.List;
import java.util.Optional;

/**
 * The conferences as every use case sees them: whoever replaces an edition's programme — the programme editor, a
 * schedule import, a dataset import, a call for papers' decisions — goes through here, and the rule "a booked
 * workshop stays" ({@link BookedWorkshops}) holds for all of them. The edition's seats are locked after its row, in
 * the caller's transaction, so that no booking slips in between the check and the commit.
 */
public final class SeatKeepingConferences implements ConferenceRepository {

    private final ConferenceRepository stored;
    private final SeatRepository seats;

    public SeatKeepingConferences(ConferenceRepository stored, SeatRepository seats) {
        this.stored = stored;
        this.seats = seats;
    }

    @Override
    public List<ConferenceListing> listAll() {
        return stored.listAll();
    }

    @Override
    public Optional<Conference> find(EditionNumber edition) {
        return stored.find(edition);
    }

    @Override
    public boolean exists(EditionNumber edition) {
        return stored.exists(edition);
    }

    @Override
    public List<ProgrammeMatch> searchProgramme(List<String> words, int limit) {
        return stored.searchProgramme(words, limit);
    }

    @Override
    public List<ChairAssignment> chairAssignments(PersonId person) {
        return stored.chairAssignments(person);
    }

    @Override
    public void add(Conference conference) {
        stored.add(conference);
    }

    /** Writes the new programme, then refuses it (the transaction rolls back) if it drops a booked workshop. */
    @Override
    public long update(Conference conference) {
        long version = stored.update(conference);
        BookedWorkshops.requireKept(conference.edition(), seats.lockAll(conference.edition()), conference.programme());
        return version;
    }
}
