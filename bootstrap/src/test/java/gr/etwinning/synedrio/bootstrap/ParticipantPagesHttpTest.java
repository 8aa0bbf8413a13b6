package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's pages as a client that is not a browser meets them: forms without their CSRF token or with a
 * forged one are refused 403, the posts of one address are limited (429 in Greek with {@code Retry-After}), an
 * unknown code or edition is a Greek 404 page, bad input never a 500, and, where mail is not configured, the
 * registration page shows the new code (to whoever registered now, never for a known address).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantPagesHttpTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

    private RunningSynedrio synedrio;
    private HttpClient browser;

    @BeforeAll
    void start() throws Exception {
        synedrio = RunningSynedrio.withSeed("synedrio-pages-http"); // no SMTP: the code is shown on the page
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(synedrio.base() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(synedrio.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        Matcher m = TOKEN.matcher(get(browser, "/conferences/7/register").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Map<String, String> teacher(String token, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token);
        form.put("fullName", "Ελένη Ζαχαρίου");
        form.put("email", email);
        form.put("school", "3ο Γυμνάσιο Πατρών");
        form.put("level", "secondary");
        form.put("consent", "yes");
        return form;
    }

    @Test
    @Order(1)
    void withoutMailTheNewCodeIsShownAndOpensTheParticipantsPage() throws Exception {
        HttpResponse<String> r = post(browser, "/conferences/7/register", teacher(token(), "e.zachariou@sch.gr"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Η αποστολή e-mail δεν έχει ρυθμιστεί");
        Matcher code = Pattern.compile("id=\"code\">([A-Za-z0-9_-]{22})<").matcher(r.body());
        assertThat(code.find()).isTrue();
        HttpResponse<String> mine = get(browser, "/r/" + code.group(1));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Ελένη Ζαχαρίου", "Η εγγραφή μου");
        assertThat(mine.headers().firstValue("Cache-Control")).hasValue("no-store");
        // The 2021 conference has begun (this test runs on today's clock): the details stay as they are.
        assertThat(mine.body()).contains("Τα στοιχεία δεν αλλάζουν πια").doesNotContain("id=\"fullName\"");
        Map<String, String> change = teacher(token(), "e.zachariou@sch.gr");
        change.put("fullName", "Ελένη Ζαχαρίου-Παππά");
        HttpResponse<String> refused = post(browser, "/r/" + code.group(1), change);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Τα στοιχεία δεν αλλάζουν πια", "Ελένη Ζαχαρίου")
                .doesNotContain("Ζαχαρίου-Παππά");

        HttpResponse<String> again = post(browser, "/conferences/7/register", teacher(token(), "E.Zachariou@sch.gr "));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("a known address's code is its owner's").doesNotContain(code.group(1))
                .doesNotContain("id=\"code\"");
    }

    @Test
    @Order(2)
    void aFormWithoutItsTokenOrWithAForgedOneIsRefused403() throws Exception {
        String token = token();
        Map<String, String> missing = teacher(token, "x1@sch.gr");
        missing.remove("csrf");
        Map<String, String> forged = teacher("A".repeat(43), "x2@sch.gr");
        for (Map<String, String> form : java.util.List.of(missing, forged)) {
            HttpResponse<String> r = post(browser, "/conferences/7/register", form);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Η φόρμα δεν στάλθηκε από αυτόν τον ιστότοπο");
        }
        // Another client (another site's form, say) has the right field but not the cookie.
        HttpResponse<String> stranger = post(HttpClient.newHttpClient(), "/conferences/7/register",
                teacher(token, "x3@sch.gr"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        HttpResponse<String> json = synedrio.send("POST", "/conferences/7/register", "{\"csrf\": \"" + token + "\"}",
                null);
        assertThat(json.statusCode()).isEqualTo(403);
        HttpResponse<String> broken = browser.send(HttpRequest.newBuilder(URI.create(synedrio.base()
                        + "/conferences/7/register")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=%E0%A4%A&fullName=%")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(403);
        HttpResponse<String> book = post(browser, "/r/AAAAAAAAAAAAAAAAAAAAAA/bookings/d2-workshop-01", Map.of());
        assertThat(book.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void everyWrongFieldIsNamedInGreekAndTheValuesAreKept() throws Exception {
        Map<String, String> form = teacher(token(), "όχι-διεύθυνση");
        form.put("fullName", "Ν".repeat(201));
        form.put("school", "  ");
        form.put("level", "τριτοβάθμια");
        form.remove("consent");
        HttpResponse<String> r = post(browser, "/conferences/7/register", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Το ονοματεπώνυμο είναι πολύ μεγάλο (έως 200 χαρακτήρες).",
                "Η διεύθυνση e-mail δεν είναι έγκυρη", "Γράψτε το σχολείο σας.",
                "Επιλέξτε Πρωτοβάθμια ή Δευτεροβάθμια.", "Για να εγγραφείτε χρειάζεται η συγκατάθεσή σας.",
                "value=\"όχι-διεύθυνση\"", "aria-invalid=\"true\"", "<title>Σφάλμα:");
    }

    @Test
    @Order(4)
    void unknownCodesAndEditionsAreGreek404Pages() throws Exception {
        for (String path : new String[] {"/r/AAAAAAAAAAAAAAAAAAAAAA", "/r/x", "/r/%E2%82%AC",
                "/r/AAAAAAAAAAAAAAAAAAAAAA/certificate.pdf"}) {
            HttpResponse<String> r = get(browser, path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("<html lang=\"el\">", "Δεν υπάρχει εγγραφή με αυτόν τον κωδικό.");
        }
        for (String path : new String[] {"/conferences/99/register", "/conferences/abc/workshops",
                "/conferences/99999999999/search?q=a"}) {
            HttpResponse<String> r = get(browser, path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("Δεν υπάρχει το συνέδριο");
        }
        HttpResponse<String> empty = get(browser, "/conferences/7/search?q=%20");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Γράψτε τουλάχιστον ένα γράμμα ή ψηφίο.");
    }

    @Test
    @Order(5)
    void englishWhenTheBrowserAsksForItGreekOtherwise() throws Exception {
        HttpClient fresh = HttpClient.newHttpClient();
        assertThat(get(fresh, "/conferences/7/workshops", "Accept-Language", "en-GB,en;q=0.9").body())
                .contains("<html lang=\"en\">", "Workshops");
        assertThat(get(fresh, "/conferences/7/workshops", "Accept-Language", "el-GR,en;q=0.5").body())
                .contains("<html lang=\"el\">", "Εργαστήρια");
        assertThat(get(fresh, "/conferences/7/workshops", "Accept-Language", "fr-FR").body())
                .contains("<html lang=\"el\">");
        HttpResponse<String> asked = get(fresh, "/conferences/7/workshops?lang=en", "Accept-Language", "el");
        assertThat(asked.body()).contains("<html lang=\"en\">");
        assertThat(asked.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("synedrio_lang="))
                .containsExactly("synedrio_lang=en; Path=/; Max-Age=31536000; SameSite=Lax");
        assertThat(asked.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(asked.headers().firstValue("Vary")).hasValue("Accept-Language, Cookie");
        assertThat(get(fresh, "/conferences/7?lang=en").body()).contains("<html lang=\"en\">", "Round table");
        assertThat(get(fresh, "/verify/2222-3333-4444", "Accept-Language", "en").body())
                .contains("There is no certificate with the code");
    }

    @Test
    @Order(6)
    void oneAddressPostingTooOftenIsToldInGreekWhenToTryAgain() throws Exception {
        String token = token();
        HttpResponse<String> last = null;
        for (int i = 0; i < 25 && (last == null || last.statusCode() != 429); i++) {
            last = post(browser, "/conferences/7/register", teacher(token, "bot" + i + "@example.org"));
            assertThat(last.statusCode()).isIn(200, 429);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Πάρα πολλές αποστολές", "Δοκιμάστε ξανά σε");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        // Reading is never limited.
        assertThat(get(browser, "/conferences/7/workshops").statusCode()).isEqualTo(200);
    }
}
