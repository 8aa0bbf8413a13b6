package gr.etwinning.synedrio.application.port.in.mail;

/** Delivers the outbox's due messages, once through, and says how it went. */
public interface SendMailUseCase {

    SendReport sendDue();

    /**
     * One run: messages sent, attempts that failed and will be tried again, messages moved to dead, and why the
     * run stopped early (null when it did not): mail not configured, or the server unreachable.
     *
     * @param left pending messages still due when the run ended
     */
    record SendReport(int sent, int failed, int dead, long left, String stoppedBecause) {

        public boolean serverTrouble() {
            return stoppedBecause != null;
        }
    }
}
