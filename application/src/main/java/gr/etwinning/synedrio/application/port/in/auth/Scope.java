package gr.etwinning.synedrio.application.port.in.auth;

/** What a token may do. */
public enum Scope {
    /** Read what is not public. */
    READ,
    /** Read and change everything. */
    WRITE,
    /**
     * Review the call for papers' submissions assigned to the token's reviewer, blind, and nothing else: a reviewer
     * reads no personal data and changes nothing of the operators'.
     */
    REVIEW;

    public boolean allows(Scope needed) {
        if (needed == REVIEW || this == REVIEW) {
            return this == needed;
        }
        return this == WRITE || needed == READ;
    }
}
