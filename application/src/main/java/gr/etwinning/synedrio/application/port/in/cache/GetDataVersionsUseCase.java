package gr.etwinning.synedrio.application.port.in.cache;

/**
 * The versions of what the derived documents (the programme, the public page, the schedule exports, the report,
 * the charts) are made of, as the database holds them when asked: a cache keyed by them is right with any number
 * of instances writing to one database.
 */
public interface GetDataVersionsUseCase {

    /** The versions committed by the moment of the call (read after it began, never remembered from before). */
    Versions versions();

    /** {@code programme}: editions, programmes, persons; {@code everything}: any data a report or chart reads. */
    record Versions(long programme, long everything) {
    }
}
