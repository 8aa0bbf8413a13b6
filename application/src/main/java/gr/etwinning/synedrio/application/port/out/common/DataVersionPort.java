package gr.etwinning.synedrio.application.port.out.common;

/**
 * The stored versions of what documents are derived from, as the database holds them: every write that changes
 * an edition's programme, its persons, contests, figures, comments, counts… raises them in its own transaction, on
 * whichever instance it runs. A document computed after reading a version is at least as new as that version.
 */
public interface DataVersionPort {

    /** The versions now: {@code programme} (editions, programmes, persons) and {@code everything} (any of the data
     *  that reports, charts and counts read, the programme's included). */
    Versions read();

    record Versions(long programme, long everything) {
    }
}
