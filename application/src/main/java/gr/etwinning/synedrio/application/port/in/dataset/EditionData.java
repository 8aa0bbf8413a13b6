package gr.etwinning.synedrio.application.port.in.dataset;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;

/** One edition of a dataset: its details and its programme, in the same shapes the API speaks. */
public record EditionData(ConferenceData conference, ProgrammeData programme) {
}
