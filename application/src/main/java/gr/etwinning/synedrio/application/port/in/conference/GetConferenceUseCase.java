package gr.etwinning.synedrio.application.port.in.conference;

/** One edition's details; {@link gr.etwinning.synedrio.application.NotFoundException} if there is none. */
public interface GetConferenceUseCase {

    ConferenceData getConference(int edition);
}
