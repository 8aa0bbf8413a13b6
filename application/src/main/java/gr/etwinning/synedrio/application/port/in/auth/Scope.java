package gr.etwinning.synedrio.application.port.in.auth;

/** What a token may do. */
public enum Scope {
    /** Read what is not public. */
    READ,
    /** Read and change everything. */
    WRITE;

    public boolean allows(Scope needed) {
        return this == WRITE || needed == READ;
    }
}
