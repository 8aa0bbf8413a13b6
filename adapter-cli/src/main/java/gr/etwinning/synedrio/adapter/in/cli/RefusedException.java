package gr.etwinning.synedrio.adapter.in.cli;

/** Input the command refuses before any use case runs: an unreadable or malformed file. Exit code 1. */
final class RefusedException extends RuntimeException {

    RefusedException(String message) {
        super(message);
    }
}
