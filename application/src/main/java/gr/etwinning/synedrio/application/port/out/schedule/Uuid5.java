package gr.etwinning.synedrio.application.port.out.schedule;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1), as RFC 9562 §5.5 defines them: the same namespace and name always give the
 * same UUID, so an event exported twice keeps its GUID and conference apps see one event, not two.
 */
public final class Uuid5 {

    /** RFC 9562's namespace for URLs. */
    public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** Synedrio's own namespace: the version 5 UUID of its URL in {@link #NAMESPACE_URL}. */
    public static final UUID SYNEDRIO = of(NAMESPACE_URL, "https://www.etwinning.gr/synedrio");

    private Uuid5() {
    }

    public static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits());
        ns.putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
