package gr.etwinning.synedrio.application.port.out.conference;

import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

/** An edition as listed, without loading its programme. */
public record ConferenceListing(EditionNumber edition, ConferenceDetails details, int sessions, int contributions,
                                long version) {
}
