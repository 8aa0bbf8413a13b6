package gr.etwinning.synedrio.application.port.in.conference;

import java.util.List;

/** Every edition, by edition number. */
public interface ListConferencesUseCase {

    List<ConferenceSummaryData> listConferences();
}
