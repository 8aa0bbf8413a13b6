package gr.etwinning.synedrio.adapter.in.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The address a request comes from, as the rate limits count it ({@code ctx.ip()}): the connection's own address,
 * unless that is a reverse proxy the operator named as trusted ({@code SYNEDRIO_TRUSTED_PROXIES}, e.g.
 * {@code 127.0.0.1,10.0.0.0/8}) — then the address the proxy reports in {@code X-Forwarded-For}: read from the right,
 * the first one that is not itself a trusted proxy (a client can write anything to the left of what its proxies
 * append, so nothing further left is believed). Behind a proxy without this, every participant seems to come from the
 * proxy's address and one school's staff room registering fills the limit for the whole country; with it, a client
 * that is not a trusted proxy cannot pick its own address by sending the header.
 */
public final class ClientAddresses {

    /** No proxy is trusted: the connection's address is the client's. */
    public static final ClientAddresses NONE = new ClientAddresses(List.of());

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * The proxies named in a list of addresses and ranges separated by commas or spaces (IPv4 or IPv6, a range
     * with {@code /bits}); blank: none. A wrong entry is refused, naming it.
     */
    public static ClientAddresses trusting(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.strip().split("[,\\s]+")) {
            ranges.add(Range.parse(entry));
        }
        return new ClientAddresses(ranges);
    }

    /** The client's address for a connection from {@code remote} carrying that {@code X-Forwarded-For} (or null). */
    public String client(String remote, String forwardedFor) {
        if (trusted.isEmpty() || forwardedFor == null || !isTrusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            if (literal(hop) == null) {
                return client; // not an address (a name, "unknown", garbage): nothing left of it is believed
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The bytes of an IP address literal, or null if it is not one (never a DNS look-up). */
    static byte[] literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            for (String part : t.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        } else if (!t.contains(":") || !t.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*")) {
            return null; // only literals reach InetAddress, which then parses and never looks a name up
        }
        try {
            return InetAddress.getByName(t).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** An address and how many of its leading bits a member shares with it. */
    private record Range(byte[] network, int bits) {

        static Range parse(String entry) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            int slash = e.indexOf('/');
            byte[] address = literal(slash < 0 ? e : e.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("SYNEDRIO_TRUSTED_PROXIES: '" + entry + "' is not an IP address "
                        + "or a range like 10.0.0.0/8");
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                String b = e.substring(slash + 1);
                if (!b.matches("[0-9]{1,3}") || Integer.parseInt(b) > address.length * 8) {
                    throw new IllegalArgumentException("SYNEDRIO_TRUSTED_PROXIES: '" + entry + "' has a prefix length"
                            + " that is not 0 to " + address.length * 8);
                }
                bits = Integer.parseInt(b);
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
