package gr.etwinning.synedrio.adapter.in.web;

/** Who may call a route. */
public enum Access {
    /** Anybody, without a token: the public programme. */
    PUBLIC,
    /** A token of any scope. */
    READ,
    /** A token with the write scope. */
    WRITE,
    /** A reviewer's token (scope review), and no other: what a reviewer is assigned. */
    REVIEW
}
