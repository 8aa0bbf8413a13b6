package gr.etwinning.synedrio.application.fakes;

/** A fake whose whole state can be saved and put back, so that {@link FakeTransactionPort} can roll it back. */
public interface Snapshotting {

    /** Saves the current state; running the result puts it back. */
    Runnable snapshot();
}
