package gr.etwinning.synedrio.application.port.in.mail;

/** Makes a dead (or backed-off) message due again now, its attempts counted from zero. */
public interface RetryMailUseCase {

    void retry(long id);
}
