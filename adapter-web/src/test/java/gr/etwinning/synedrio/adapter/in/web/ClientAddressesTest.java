package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The address the rate limits count: behind a trusted reverse proxy the client it forwards, read from the right of
 * X-Forwarded-For; from anywhere else the connection's own, whatever the request claims.
 */
class ClientAddressesTest {

    @Test
    void throughTrustedProxiesTheRightmostUntrustedForwardedAddressIsTheClient() {
        ClientAddresses proxies = ClientAddresses.trusting("127.0.0.1, 10.0.0.0/8 ::1");
        assertThat(proxies.client("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        // the client wrote a fake address first; its proxies appended the real one and their own
        assertThat(proxies.client("10.1.2.3", "1.2.3.4, 198.51.100.20, 10.9.9.9")).isEqualTo("198.51.100.20");
        assertThat(proxies.client("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8::5");
        assertThat(proxies.client("127.0.0.1", "[2001:db8::6]")).isEqualTo("[2001:db8::6]");
        // all trusted: the leftmost; no header: the proxy itself
        assertThat(proxies.client("127.0.0.1", "10.0.0.1, 10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(proxies.client("127.0.0.1", null)).isEqualTo("127.0.0.1");
        // something not an address in the chain: believe nothing left of it, and never look a name up
        assertThat(proxies.client("127.0.0.1", "203.0.113.9, unknown")).isEqualTo("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", "example.org")).isEqualTo("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", "300.1.1.1")).isEqualTo("127.0.0.1");
        // what InetAddress would take for a host name, and look up: never passed to it
        assertThat(ClientAddresses.literal("..:")).isNull();
        assertThat(ClientAddresses.literal(".::1")).isNull();
        assertThat(ClientAddresses.literal("::1")).isNotNull();
    }

    @Test
    void fromAnAddressNotTrustedOrWithNoProxyTrustedTheHeaderIsIgnored() {
        assertThat(ClientAddresses.trusting("10.0.0.0/8").client("192.0.2.1", "203.0.113.7")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.trusting("10.0.0.0/8").client("11.0.0.1", "203.0.113.7")).isEqualTo("11.0.0.1");
        assertThat(ClientAddresses.NONE.client("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.trusting("  ").client("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
        assertThat(ClientAddresses.trusting("192.168.1.0/24").client("192.168.1.200", "203.0.113.7"))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.trusting("192.168.1.0/24").client("192.168.2.1", "203.0.113.7"))
                .isEqualTo("192.168.2.1");
    }

    @Test
    void aWrongEntryIsRefusedNamingIt() {
        assertThatThrownBy(() -> ClientAddresses.trusting("127.0.0.1,proxy.sch.gr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'proxy.sch.gr'");
        assertThatThrownBy(() -> ClientAddresses.trusting("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> ClientAddresses.trusting("10.0.0.0/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix length");
    }

    @Test
    void theServersIpIsTheForwardedClientOnlyWhenTheConnectionIsATrustedProxy() throws Exception {
        RouteContributor echo = routes -> routes.get("/api/ip", Access.PUBLIC, ApiRoutes.Doc.of("ip", String.class),
                ctx -> ctx.result(ctx.ip()));
        for (boolean trusted : new boolean[] {true, false}) {
            WebServer server = new WebServer(Set.of(echo), secret -> Optional.empty(), MetricsPort.NONE,
                    DocumentCache.none(), trusted ? ClientAddresses.trusting("127.0.0.1") : ClientAddresses.NONE)
                    .start("127.0.0.1", 0);
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/api/ip")).header("X-Forwarded-For",
                        "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.body()).isEqualTo(trusted ? "203.0.113.7" : "127.0.0.1");
            } finally {
                server.close();
            }
        }
    }
}
