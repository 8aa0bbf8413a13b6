package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;

/** A session's identifier within its edition ("d2-primary"); stable across exports and imports. */
public record SessionId(String value) implements Comparable<SessionId> {

    public SessionId {
        Check.slug(value, "session id");
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public int compareTo(SessionId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
