package gr.etwinning.synedrio.application.port.in.programme;

/** An edition's programme with the persons it names; {@link gr.etwinning.synedrio.application.NotFoundException} if none. */
public interface GetProgrammeUseCase {

    /** Sessions in the organisers' order: what a replace takes back unchanged. */
    ProgrammeData getProgramme(int edition);

    /**
     * Sessions in time order, for reading: by day, then by start where known, sessions of unknown time after the
     * timed ones of their day, the organisers' order breaking ties.
     */
    ProgrammeData getProgrammeInTimeOrder(int edition);
}
