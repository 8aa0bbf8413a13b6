package gr.etwinning.synedrio.domain.conference;

/** How participants attend. */
public enum ConferenceMode {
    ONLINE, ONSITE, HYBRID
}
