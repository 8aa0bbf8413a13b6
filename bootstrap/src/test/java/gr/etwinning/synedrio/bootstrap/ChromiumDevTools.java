package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium ({@link HeadlessChromium}'s command line) driven page after page over the Chrome DevTools
 * Protocol, with nothing but the JDK's WebSocket: open a page, type into fields and press buttons as a person
 * would, a Greek browser (the forms submit natively, so the pages are used exactly as without JavaScript), read the DOM, set the
 * window's width, take full-page screenshots and run axe-core in the page. Cookies live in the profile for as long
 * as the browser does.
 */
final class ChromiumDevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private ChromiumDevTools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static ChromiumDevTools start(Path dir) throws Exception {
        Process p = new ProcessBuilder(HeadlessChromium.command(dir, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=1280,900", "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (browserUrl == null && System.nanoTime() < deadline) {
            String line = err.readLine();
            if (line == null) {
                break;
            }
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not open its DevTools port within 60 s");
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // Chromium's own chatter: read so that it never blocks on a full pipe
                }
            } catch (java.io.IOException ignored) {
                // the browser is gone
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String pageUrl = null;
        for (int i = 0; i < 50 && pageUrl == null; i++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost()
                    + ":" + browser.getPort() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) {
                    pageUrl = t.get("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                Thread.sleep(100);
            }
        }
        assertThat(pageUrl).as("Chromium's first page").isNotNull();
        ChromiumDevTools[] self = new ChromiumDevTools[1];
        StringBuilder frame = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frame.append(data);
                        if (last) {
                            String message = frame.toString();
                            frame.setLength(0);
                            self[0].received(message);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        self[0] = new ChromiumDevTools(p, ws);
        self[0].call("Page.enable", JSON.createObjectNode());
        self[0].call("Runtime.enable", JSON.createObjectNode());
        return self[0];
    }

    private void received(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
            }
        } catch (Exception e) {
            // an event we do not read
        }
    }

    /** Sends a DevTools command; its result, or an AssertionError with the browser's error. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode reply = answer.get(90, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Evaluates JavaScript in the page (promises awaited); the value, as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("awaitPromise", true).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("the page's script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Opens the URL and waits for the page to load. */
    void open(String url) throws Exception {
        markDocument();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        awaitNewDocument();
    }

    /** Sets a text field (by CSS selector) as if typed. */
    void type(String selector, String text) throws Exception {
        eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " if (!e) throw new Error('no ' + " + JSON.writeValueAsString(selector) + "); e.focus();"
                + " e.value = " + JSON.writeValueAsString(text) + "; return true; })()");
    }

    /** Clicks the element (a button, a check box, a radio, a link) and, if asked, waits for the next page. */
    void click(String selector, boolean navigates) throws Exception {
        if (navigates) {
            markDocument();
        }
        eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
                + " if (!e) throw new Error('no ' + " + JSON.writeValueAsString(selector) + "); e.click();"
                + " return true; })()");
        if (navigates) {
            awaitNewDocument();
        }
    }

    String html() throws Exception {
        return eval("document.documentElement.outerHTML").asText();
    }

    String text() throws Exception {
        return eval("document.body.innerText").asText();
    }

    String url() throws Exception {
        return eval("location.href").asText();
    }

    /** The window as a phone (390 px, touch) or a desktop. */
    void width(int width, boolean mobile) throws Exception {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
                .put("height", mobile ? 844 : 900).put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    /** A PNG of the whole page at the current width. */
    void screenshot(Path file) throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", JSON.createObjectNode());
        JsonNode size = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0)
                .put("width", Math.ceil(size.get("width").asDouble()))
                .put("height", Math.min(8000, Math.ceil(size.get("height").asDouble()))).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        String png = call("Page.captureScreenshot", params).get("data").asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /**
     * Runs axe-core (the vendored {@code axe/axe.min.js}) in the page against WCAG 2.0, 2.1 and 2.2 A and AA and
     * axe's best practices; each violation as "rule: help (targets)".
     */
    java.util.List<String> axeViolations() throws Exception {
        String axe;
        try (var in = ChromiumDevTools.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("the vendored axe-core").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode found = eval("(() => { if (!window.axe) { " + axe + "\n }"
                + " return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
                + ".then(r => r.violations.map(v => v.id + ': ' + v.help + ' ('"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')); })()");
        java.util.List<String> violations = new java.util.ArrayList<>();
        found.forEach(v -> violations.add(v.asText()));
        return violations;
    }

    private void markDocument() throws Exception {
        eval("window.__synedrioOld = true");
    }

    private void awaitNewDocument() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                JsonNode ready = eval("window.__synedrioOld === undefined && document.readyState === 'complete'");
                if (ready.asBoolean()) {
                    return;
                }
            } catch (AssertionError e) {
                // the context went away mid-navigation: ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the next page did not load within 30 s");
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
