package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpResponse;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations and workshop seats over HTTP, end to end: the real server and modules over H2 with the 2021
 * programme, whose 17 workshops are opened by an operator's token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationApiEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private RunningSynedrio synedrio;
    private String writeToken;
    private String readToken;

    private GreenMail smtp;

    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2021-11-10T10:00:00Z"));

    @BeforeAll
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        // November 2021, before the conference: details may be changed until it begins.
        synedrio = RunningSynedrio.withSeed("synedrio-seats", smtp.getSmtp().getPort(),
                new com.google.inject.AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(gr.etwinning.synedrio.application.port.out.common.ClockPort.class).toInstance(now::get);
                    }
                });
        writeToken = synedrio.token("ops-seats", Scope.WRITE);
        readToken = synedrio.token("ops-seats-reader", Scope.READ);
    }

    @AfterAll
    void stop() {
        synedrio.close();
        smtp.stop();
    }

    private JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private static String teacher(String name, String email) {
        return """
                {"fullName": "%s", "email": "%s", "school": "3ο Γυμνάσιο Πατρών", "specialty": "ΠΕ86 Πληροφορικής",
                 "level": "Δευτεροβάθμια", "consent": true}""".formatted(name, email);
    }

    private String register(String name, String email) throws Exception {
        JsonNode receipt = ok(synedrio.send("POST", "/api/conferences/7/registrations", teacher(name, email), null),
                202);
        assertThat(receipt.get("confirmationCode").asText()).isEqualTo("mailed");
        return codeMailedTo(email);
    }

    private static final Pattern CODE = Pattern.compile("/r/([A-Za-z0-9_-]{22})");

    /** Delivers the outbox, then reads the code from the last mail to that address. */
    private String codeMailedTo(String email) throws Exception {
        assertThat(synedrio.injector().getInstance(SendMailUseCase.class).sendDue().serverTrouble()).isFalse();
        MimeMessage last = null;
        for (MimeMessage m : smtp.getReceivedMessagesForDomain(email.strip().toLowerCase(java.util.Locale.ROOT))) {
            last = m;
        }
        assertThat(last).as("a mail to " + email).isNotNull();
        Matcher code = CODE.matcher(((String) last.getContent()));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private void capacity(String workshop, int seats) throws Exception {
        ok(synedrio.send("PUT", "/api/conferences/7/workshops/" + workshop, "{\"capacity\": " + seats + "}", writeToken), 200);
    }

    @Test
    void aTeacherRegistersIsMailedTheCodeAndRegisteringAgainChangesNothingUntilChangedWithTheCode() throws Exception {
        HttpResponse<String> created = synedrio.send("POST", "/api/conferences/7/registrations",
                teacher("Αικατερίνη Σταματίου", "a.stamatiou@sch.gr"), null);
        ok(created, 202);
        assertThat(created.body()).doesNotContain("Σταματίου", "stamatiou");
        assertThat(created.headers().firstValue("Location")).isEmpty();
        String code = codeMailedTo("a.stamatiou@sch.gr");
        assertThat(code).matches("[A-Za-z0-9_-]{22}");
        assertThat(created.body()).doesNotContain(code);
        assertThat(ok(synedrio.send("GET", "/api/registrations/" + code, null, null), 200).get("level").asText())
                .isEqualTo("secondary");

        // Someone else, knowing only the address: the same answer, nothing changed, the code mailed to the owner.
        HttpResponse<String> again = synedrio.send("POST", "/api/conferences/7/registrations",
                teacher("Κάποιος Άλλος", " A.Stamatiou@SCH.GR "), null);
        assertThat(again.body()).isEqualTo(created.body());
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(codeMailedTo("a.stamatiou@sch.gr")).isEqualTo(code);
        MimeMessage[] toHer = smtp.getReceivedMessagesForDomain("a.stamatiou@sch.gr");
        assertThat(toHer).hasSize(2);
        assertThat((String) toHer[1].getContent()).contains("δεν αλλάξαμε τίποτα");
        assertThat(ok(synedrio.send("GET", "/api/registrations/" + code, null, null), 200).get("fullName").asText())
                .isEqualTo("Αικατερίνη Σταματίου");

        JsonNode changed = ok(synedrio.send("PUT", "/api/registrations/" + code,
                teacher("Αικατερίνη Σταματίου-Λάμπρου", "a.stamatiou@sch.gr"), null), 200);
        assertThat(changed.get("fullName").asText()).isEqualTo("Αικατερίνη Σταματίου-Λάμπρου");
        // Once the edition has begun (19 November 2021, 00:00 in Athens) the details stay as they are.
        now.set(java.time.Instant.parse("2021-11-18T22:00:00Z"));
        try {
            assertThat(problem(synedrio.send("PUT", "/api/registrations/" + code,
                    teacher("Κατερίνα Σταματίου", "a.stamatiou@sch.gr"), null), 409).get("rule").asText())
                    .isEqualTo("details-editable-until-start");
        } finally {
            now.set(java.time.Instant.parse("2021-11-10T10:00:00Z"));
        }

        capacity("d2-workshop-07", 30);
        JsonNode booked = ok(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-07", null, null), 201);
        assertThat(booked.get("status").asText()).isEqualTo("confirmed");
        ok(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-07", null, null), 200);
        assertThat(ok(synedrio.send("GET", "/api/registrations/" + code, null, null), 200).get("bookings")).hasSize(1);
        JsonNode cancelled = ok(synedrio.send("DELETE", "/api/registrations/" + code + "/bookings/d2-workshop-07", null, null),
                200);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.get("cancelledBooking").asText()).isEqualTo("confirmed");
        assertThat(cancelled.get("promoted").asInt()).isZero();
        problem(synedrio.send("DELETE", "/api/registrations/" + code + "/bookings/d2-workshop-07", null, null), 404);
    }

    @Test
    void aFullWorkshopQueuesAndTheFreedSeatGoesToTheFirstInLine() throws Exception {
        capacity("d2-workshop-08", 1);
        String first = register("Βασίλειος Κυριακίδης", "v.kyriakidis@sch.gr");
        String second = register("Ευτυχία Μαυρίδου", "e.mavridou@sch.gr");
        ok(synedrio.send("POST", "/api/registrations/" + first + "/bookings/d2-workshop-08", null, null), 201);
        JsonNode waiting = ok(synedrio.send("POST", "/api/registrations/" + second + "/bookings/d2-workshop-08", null, null), 201);
        assertThat(waiting.get("status").asText()).isEqualTo("waiting");
        assertThat(waiting.get("waitingPosition").asInt()).isEqualTo(1);

        JsonNode listed = workshop("d2-workshop-08");
        assertThat(listed.get("booked").asInt()).isEqualTo(1);
        assertThat(listed.get("left").asInt()).isZero();
        assertThat(listed.get("waiting").asInt()).isEqualTo(1);

        JsonNode cancelled = ok(synedrio.send("DELETE", "/api/registrations/" + first + "/bookings/d2-workshop-08", null, null),
                200);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.get("cancelledBooking").asText()).isEqualTo("confirmed");
        assertThat(cancelled.get("promoted").asInt()).isEqualTo(1);
        assertThat(cancelled.get("waitingParticipantPromoted").asBoolean()).isTrue();
        assertThat(cancelled.toString()).doesNotContain("Ευτυχία", "mavridou", second);
        assertThat(ok(synedrio.send("GET", "/api/registrations/" + second, null, null), 200).get("bookings").get(0)
                .get("status").asText()).isEqualTo("confirmed");
    }

    private JsonNode workshop(String id) throws Exception {
        for (JsonNode w : ok(synedrio.send("GET", "/api/conferences/7/workshops", null, null), 200).get("workshops")) {
            if (w.get("workshop").asText().equals(id)) {
                return w;
            }
        }
        throw new AssertionError("no workshop " + id);
    }

    @Test
    void publicAnswersNeverShowAnotherParticipantsNameOrEmailAndOperatorsNeedAToken() throws Exception {
        capacity("d2-workshop-09", 5);
        String code = register("Παναγιώτα Ζαχαροπούλου", "p.zacharopoulou@sch.gr");
        ok(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-09", null, null), 201);

        String workshops = synedrio.send("GET", "/api/conferences/7/workshops", null, null).body();
        String programme = synedrio.send("GET", "/api/conferences/7/program", null, null).body();
        for (String body : new String[] {workshops, programme}) {
            assertThat(body).doesNotContain("Ζαχαροπούλου", "zacharopoulou", "@sch.gr", code);
        }
        assertThat(json.readTree(workshops).get("workshops")).hasSize(17);

        problem(synedrio.send("GET", "/api/conferences/7/registrations", null, null), 401);
        JsonNode all = ok(synedrio.send("GET", "/api/conferences/7/registrations", null, readToken), 200);
        assertThat(all.toString()).contains("Παναγιώτα Ζαχαροπούλου");
        problem(synedrio.send("PUT", "/api/conferences/7/workshops/d2-workshop-09", "{\"capacity\": 9}", readToken), 403);
        problem(synedrio.send("PUT", "/api/conferences/7/booking-limit", "{\"limit\": 3}", null), 401);
        assertThat(ok(synedrio.send("PUT", "/api/conferences/7/booking-limit", "{\"limit\": 3}", writeToken), 200)
                .get("limit").asInt()).isEqualTo(3);
        assertThat(ok(synedrio.send("GET", "/api/conferences/7/workshops", null, null), 200).get("bookingLimit").asInt())
                .isEqualTo(3);
        ok(synedrio.send("PUT", "/api/conferences/7/booking-limit", "{\"limit\": 2}", writeToken), 200);
    }

    @Test
    void theRulesAreRefusedWith409NamingTheRule() throws Exception {
        capacity("d2-workshop-10", 2);
        String code = register("Ιωάννα Θεοδωρίδου", "i.theodoridou@sch.gr");
        assertThat(problem(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d3-workshop-01", null, null), 409)
                .get("rule").asText()).isEqualTo("workshop-open-for-booking");
        problem(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d1-address-koppis", null, null), 404);
        capacity("d2-workshop-11", 2);
        capacity("d2-workshop-12", 2);
        ok(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-10", null, null), 201);
        ok(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-11", null, null), 201);
        assertThat(problem(synedrio.send("POST", "/api/registrations/" + code + "/bookings/d2-workshop-12", null, null), 409)
                .get("rule").asText()).isEqualTo("booking-limit");
        ok(synedrio.send("POST", "/api/registrations/" + register("Σπύρος Αλεξίου", "s.alexiou@sch.gr")
                + "/bookings/d2-workshop-10", null, null), 201);
        assertThat(problem(synedrio.send("PUT", "/api/conferences/7/workshops/d2-workshop-10", "{\"capacity\": 1}",
                writeToken), 409).get("rule").asText()).isEqualTo("capacity-not-below-booked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "{\"fullName\": \"Α\"}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna.riga\", \"school\": \"Λύκειο\", \"consent\": true}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"Λύκειο\", \"consent\": false}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"Λύκειο\", \"consent\": \"ναι\"}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"Λύκειο\", \"consent\": true, \"level\": \"τριτοβάθμια\"}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"\", \"consent\": true}",
            "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"Λ\", \"consent\": true, \"consentAt\": \"χθες\"}",
            "{\"fullname\": \"Άννα Ρήγα\"}"})
    void malformedRegistrationsGet400NeverA500AndNameNoPersonalDatum(String body) throws Exception {
        JsonNode p = problem(synedrio.send("POST", "/api/conferences/7/registrations", body, null), 400);
        assertThat(p.get("detail").asText()).doesNotContain("anna@sch.gr", "anna.riga");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2039-01-01T00:00:00Z", "1960-01-01T00:00:00Z", "2999-12-31T23:59:59Z",
            "1999-12-31T23:59:59Z"})
    void aConsentTimeOutsideWhatCanBeTrueIs400NamingTheFieldNeverA500(String when) throws Exception {
        String body = "{\"fullName\": \"Άννα Ρήγα\", \"email\": \"anna@sch.gr\", \"school\": \"1ο Λύκειο Ρόδου\","
                + " \"consent\": true, \"consentAt\": \"" + when + "\"}";
        JsonNode p = problem(synedrio.send("POST", "/api/conferences/7/registrations", body, null), 400);
        assertThat(p.get("item").asText()).isEqualTo("consentAt");
        assertThat(p.get("detail").asText()).contains("between 2000-01-01 and one day from now")
                .doesNotContain(when.substring(0, 4));
    }

    @Test
    void unknownCodesEditionsAndWorkshopsAre404AndBadIdsAre400() throws Exception {
        problem(synedrio.send("GET", "/api/registrations/AAAAAAAAAAAAAAAAAAAAAA", null, null), 404);
        problem(synedrio.send("GET", "/api/registrations/not-a-code", null, null), 404);
        problem(synedrio.send("POST", "/api/registrations/AAAAAAAAAAAAAAAAAAAAAA/bookings/d2-workshop-01", null, null), 404);
        problem(synedrio.send("POST", "/api/conferences/99/registrations", teacher("Α Β", "ab@sch.gr"), null), 404);
        problem(synedrio.send("GET", "/api/conferences/99/workshops", null, null), 404);
        problem(synedrio.send("PUT", "/api/conferences/7/workshops/Κακό", "{\"capacity\": 5}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/7/workshops/d2-workshop-01", "{\"capacity\": -1}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/7/workshops/d2-workshop-01", "{}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/7/booking-limit", "{\"limit\": 0}", writeToken), 400);
        String code = register("Ολυμπία Χριστοδούλου", "o.christodoulou@sch.gr");
        problem(synedrio.send("POST", "/api/registrations/" + code + "/bookings/ΚΑΚΟ", null, null), 400);
    }

    @Test
    void theOpenApiDocumentListsTheRegistrationAndSeatRoutes() throws Exception {
        JsonNode paths = ok(synedrio.send("GET", "/api/openapi.json", null, null), 200).get("paths");
        assertThat(paths.get("/api/conferences/{edition}/registrations").has("post")).isTrue();
        assertThat(paths.get("/api/conferences/{edition}/registrations").get("get").has("security")).isTrue();
        assertThat(paths.get("/api/registrations/{code}/bookings/{workshop}").has("delete")).isTrue();
        assertThat(paths.get("/api/conferences/{edition}/workshops").get("get").has("security")).isFalse();
        assertThat(paths.get("/api/conferences/{edition}/workshops/{workshop}").get("put").has("security")).isTrue();
    }

    @Test
    void theOperatorsMetricsCountBookingsAndRegistrationsAndNeedAToken() throws Exception {
        capacity("d2-workshop-13", 1);
        String first = register("Δήμητρα Αλεξίου", "dimitra.alexiou@sch.gr");
        String second = register("ΝΙΚΟΣ ΣΤΑΥΡΟΥ", "n.stavrou@sch.gr");
        ok(synedrio.send("POST", "/api/registrations/" + first + "/bookings/d2-workshop-13", null, null), 201);
        ok(synedrio.send("POST", "/api/registrations/" + second + "/bookings/d2-workshop-13", null, null), 201);
        ok(synedrio.send("POST", "/api/registrations/" + second + "/bookings/d2-workshop-13", null, null), 200);

        assertThat(synedrio.send("GET", "/api/metrics", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = synedrio.send("GET", "/api/metrics", null, readToken);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        // Counted since this server started: the booking held already (200) is not a booking made.
        assertThat(metrics.body()).containsPattern("synedrio_bookings_total\\{status=\"confirmed\"} [1-9]")
                .containsPattern("synedrio_bookings_total\\{status=\"waiting\"} [1-9]")
                .containsPattern("synedrio_registrations_total [2-9]")
                .contains("synedrio_transaction_retries_total{cause=\"connection_lost\"}")
                .contains("synedrio_connection_wait_seconds_count")
                .contains("synedrio_unavailable_responses_total 0.0")
                // every confirmation mail was delivered (to GreenMail) to read the codes: nothing waits
                .contains("synedrio_outbox_backlog 0.0");
    }
}
