package gr.etwinning.synedrio.adapter.in.cli;

/**
 * The command line is used wrongly in a way only the command can see — an option's value that is none of those it
 * takes (an unknown format or separator, a port beyond 65535): exit 2, as for an unknown option, and nothing ran.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
