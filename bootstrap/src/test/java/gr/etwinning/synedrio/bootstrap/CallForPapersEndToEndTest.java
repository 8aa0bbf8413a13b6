package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.SchoolName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call for papers end to end on a generated edition (30), over the real server and command line: an operator
 * opens the call, 30 Greek submissions come in (some with a co-author from a reviewer's school, one co-written by a
 * reviewer), 5 reviewers are assigned without a conflict and with loads within one of each other, read their
 * submissions blind, review them, and the committee's decisions put the accepted titles in the programme, in the
 * session of their level. The 2021 edition is loaded beside it and left alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallForPapersEndToEndTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String[] FIRST = {"Μαρία", "Ελένη", "Γιώργος", "Δημήτρης", "Κατερίνα", "Νίκος", "Σοφία",
            "Παναγιώτης", "Αναστασία", "Χρήστος"};
    private static final String[] LAST = {"Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Αντωνίου", "Νικολάου",
            "Δημητρίου", "Ιωάννου", "Κωνσταντίνου", "Αλεξίου", "Βασιλείου"};
    private static final String[] TOPICS = {"Ρομποτική", "Ψηφιακή αφήγηση", "Κλιματική αλλαγή", "Πολιτιστική "
            + "κληρονομιά", "Ασφάλεια στο διαδίκτυο", "Μαθηματικά στην καθημερινότητα", "Ευρωπαϊκή ιθαγένεια",
            "Ποίηση χωρίς σύνορα", "Εκπαιδευτικά παιχνίδια", "Υγιεινή διατροφή"};
    /** The reviewers: token, name, e-mail, school. */
    private static final String[][] REVIEWERS = {
            {"rev-1", "Άννα Σταματοπούλου", "a.stamatopoulou@uni.gr", "1ο Γυμνάσιο Πατρών"},
            {"rev-2", "Βασίλης Τσιλιγκίρης", "v.tsiligiris@uni.gr", "3ο Δημοτικό Σχολείο Λάρισας"},
            {"rev-3", "Γεωργία Μαυρίδου", "g.mavridou@uni.gr", "Πανεπιστήμιο Πατρών"},
            {"rev-4", "Δέσποινα Καραλή", "d.karali@uni.gr", "2ο ΕΠΑΛ Χανίων"},
            {"rev-5", "Ευάγγελος Ρήγας", "e.rigas@uni.gr", "Πανεπιστήμιο Ιωαννίνων"}};

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningSynedrio app;
    private String writeToken;
    private String readToken;
    private final Map<String, String> reviewerTokens = new LinkedHashMap<>();
    /** Per submission number: what names or places its authors (names, e-mails, schools). */
    private final Map<Integer, List<String>> authorData = new HashMap<>();
    private final Map<Integer, List<String>> authorSchools = new HashMap<>();
    private final Map<Integer, List<String>> authorEmails = new HashMap<>();
    private final Map<Integer, String> levels = new HashMap<>();
    private final Map<Integer, String> titles = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        app = RunningSynedrio.withSeed("synedrio-cfp");
        writeToken = app.token("ops-cfp", Scope.WRITE);
        readToken = app.token("ops-cfp-reader", Scope.READ);
        ok(app.send("POST", "/api/conferences", """
                {"edition": 30, "title": "30ό Πανελλήνιο Συνέδριο eTwinning", "startDate": "2036-11-21",
                 "endDate": "2036-11-22", "mode": "online"}""", writeToken), 201);
        ok(app.send("PUT", "/api/conferences/30/program", """
                {"persons": [], "sessions": [
                  {"id": "d1-primary", "kind": "parallel", "title": "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης",
                   "day": "2036-11-21", "start": "10:00", "end": "13:00", "level": "primary"},
                  {"id": "d1-secondary", "kind": "parallel", "title": "Συνεδρία Δευτεροβάθμιας Εκπαίδευσης",
                   "day": "2036-11-21", "start": "10:00", "end": "13:00", "level": "secondary"},
                  {"id": "d2-workshops-primary", "kind": "workshops", "title": "Εργαστήρια Πρωτοβάθμιας",
                   "day": "2036-11-22", "start": "10:00", "end": "13:00", "level": "primary"},
                  {"id": "d2-workshops-secondary", "kind": "workshops", "title": "Εργαστήρια Δευτεροβάθμιας",
                   "day": "2036-11-22", "start": "10:00", "end": "13:00", "level": "secondary"}]}""",
                writeToken), 200);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private static String athens(LocalDateTime t) {
        return MINUTE.format(t);
    }

    private static LocalDateTime nowInAthens() {
        return LocalDateTime.now(ZoneId.of("Europe/Athens"));
    }

    private HttpResponse<String> upload(String code, byte[] body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/submissions/" + code + "/paper"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String code(int number) {
        TransactionPort tx = app.injector().getInstance(TransactionPort.class);
        SubmissionRepository repo = app.injector().getInstance(SubmissionRepository.class);
        return tx.inTransaction(() -> repo.findByNumber(EditionNumber.of(30), number).map(StoredSubmission::code)
                .orElseThrow());
    }

    private static String author(String name, String email, String school, boolean contact) {
        return "{\"name\": \"%s\", \"email\": \"%s\", \"school\": \"%s\", \"contact\": %s}".formatted(name, email,
                school, contact);
    }

    private static String submission(String title, String type, String level, List<String> authors) {
        return """
                {"title": "%s", "type": "%s", "level": "%s",
                 "abstractText": "Η εργασία περιγράφει ένα έργο eTwinning με θέμα «%s»: στόχοι, δραστηριότητες, αξιολόγηση.",
                 "keywords": ["eTwinning", "συνεργασία"], "authors": [%s], "consent": true}"""
                .formatted(title, type, level, title, String.join(", ", authors));
    }

    @Test
    @Order(1)
    void anOperatorOpensTheCallAndThirtyGreekSubmissionsComeInWithTheirCodesMailedNotAnswered() throws Exception {
        assertThat(app.cli("cfp", "open", "30", "--until", athens(nowInAthens().plusDays(2)), "--max-words", "300")
                .code()).isZero();
        JsonNode call = ok(app.get("/api/conferences/30/call"), 200);
        assertThat(call.get("open").asBoolean()).isTrue();
        assertThat(call.get("timeZone").asText()).isEqualTo("Europe/Athens");
        assertThat(call.get("criteria").size()).isEqualTo(4);

        for (int n = 1; n <= 30; n++) {
            String level = n % 2 == 0 ? "secondary" : "primary";
            String type = n % 5 == 0 ? "workshop" : "paper";
            String title = TOPICS[n % 10] + " — έργο " + n;
            List<String> names = new ArrayList<>();
            List<String> schools = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            String name = FIRST[n % 10] + " " + LAST[(n * 3) % 10];
            String school = (n + 10) + "ο " + (level.equals("primary") ? "Δημοτικό Σχολείο" : "Γυμνάσιο")
                    + " Θεσσαλονίκης";
            String email = "author" + n + "@sch.gr";
            authors.add(author(name, email, school, true));
            names.add(name);
            schools.add(school);
            emails.add(email);
            if (n % 3 == 0) { // a co-author from a reviewer's school, typed otherwise
                String[] rev = REVIEWERS[(n / 3) % 5];
                String coSchool = rev[3].toUpperCase(java.util.Locale.forLanguageTag("el"));
                String coName = FIRST[(n + 4) % 10] + " " + LAST[(n + 7) % 10];
                String coEmail = "coauthor" + n + "@sch.gr";
                authors.add(author(coName, coEmail, coSchool, false));
                names.add(coName);
                schools.add(coSchool);
                emails.add(coEmail);
            }
            if (n == 7) { // a reviewer co-wrote this one, from another school
                authors.add(author(REVIEWERS[4][1], REVIEWERS[4][2], "Πειραματικό Σχολείο Ιωαννίνων", false));
                names.add(REVIEWERS[4][1]);
                schools.add("Πειραματικό Σχολείο Ιωαννίνων");
                emails.add(REVIEWERS[4][2]);
            }
            HttpResponse<String> r = app.send("POST", "/api/conferences/30/submissions",
                    submission(title, type, level, authors), null);
            JsonNode receipt = ok(r, 202);
            assertThat(receipt.get("code").asText()).isEqualTo("mailed");
            assertThat(r.body()).doesNotContain(code(n), name);
            List<String> data = new ArrayList<>(names);
            data.addAll(schools);
            data.addAll(emails);
            authorData.put(n, data);
            authorSchools.put(n, schools);
            authorEmails.put(n, emails);
            levels.put(n, level);
            titles.put(n, title);
        }
        MailStatusUseCase.MailStatus mail = app.injector().getInstance(MailStatusUseCase.class).mailStatus(100);
        assertThat(mail.pending()).isGreaterThanOrEqualTo(30);
        assertThat(mail.unsent()).anySatisfy(m -> assertThat(m.kind()).isEqualTo("submission-code"));

        JsonNode mine = ok(app.get("/api/submissions/" + code(1)), 200);
        assertThat(mine.get("authors").get(0).get("name").asText()).isEqualTo(FIRST[1] + " " + LAST[3]);
        assertThat(mine.get("editable").asBoolean()).isTrue();
        List<JsonNode> all = new ArrayList<>();
        ok(app.send("GET", "/api/conferences/30/submissions", null, readToken), 200).forEach(all::add);
        assertThat(all).hasSize(30);
        problem(app.send("GET", "/api/conferences/30/submissions", null, null), 401);
    }

    @Test
    @Order(2)
    void badSubmissionsAndUploadsAreRefusedWithClearAnswersNever500() throws Exception {
        JsonNode noConsent = problem(app.send("POST", "/api/conferences/30/submissions", submission("Χωρίς συναίνεση",
                "paper", "primary", List.of(author("Α Β", "ab@sch.gr", "Σχολείο", true))).replace("\"consent\": true",
                "\"consent\": false"), null), 400);
        assertThat(noConsent.get("item").asText()).isEqualTo("consent");
        problem(app.send("POST", "/api/conferences/30/submissions", submission("Δύο επαφές", "paper", "primary",
                List.of(author("Α Β", "ab@sch.gr", "Σ", true), author("Γ Δ", "gd@sch.gr", "Σ", true))), null), 400);
        problem(app.send("POST", "/api/conferences/30/submissions", "{\"title\": 5}", null), 400);
        problem(app.send("POST", "/api/conferences/99/submissions", submission("Τ", "paper", "primary",
                List.of(author("Α Β", "ab@sch.gr", "Σ", true))), null), 404);
        problem(app.get("/api/submissions/AAAAAAAAAAAAAAAAAAAAAA"), 404);
        problem(app.get("/api/submissions/not-a-code"), 404);

        String code = code(1);
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Title (Ψηφιακή αφήγηση) >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode uploaded = ok(upload(code, pdf, "application/pdf"), 200);
        assertThat(uploaded.get("paper").get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(uploaded.get("paper").get("contentType").asText()).isEqualTo("application/pdf");
        byte[] docx = "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml....word/document.xml...."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ok(upload(code(2), docx, "application/octet-stream"), 200).get("paper").get("contentType")
                .asText()).contains("wordprocessingml");
        JsonNode notPdf = problem(upload(code, "Αυτό δεν είναι PDF, αν και λέει ότι είναι."
                .getBytes(StandardCharsets.UTF_8), "application/pdf"), 400);
        assertThat(notPdf.get("detail").asText()).contains("neither a PDF nor a DOCX");
        problem(upload(code, "<html>%PDF-</html>".getBytes(StandardCharsets.UTF_8), "application/pdf"), 400);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        problem(upload(code, big, "application/pdf"), 413);
        problem(upload(code, new byte[0], "application/pdf"), 400);
        assertThat(ok(app.get("/api/submissions/" + code), 200).get("paper").get("sha256").asText())
                .isEqualTo(uploaded.get("paper").get("sha256").asText());

        // the title is changed with the code, before the deadline
        JsonNode changed = ok(app.send("PUT", "/api/submissions/" + code(3), submission(titles.get(3) + " (β΄ έκδοση)",
                "paper", "primary", List.of(author(FIRST[3] + " " + LAST[9], "author3@sch.gr",
                        "13ο Δημοτικό Σχολείο Θεσσαλονίκης", true), author(FIRST[7] + " " + LAST[0],
                        "coauthor3@sch.gr", REVIEWERS[1][3].toUpperCase(java.util.Locale.forLanguageTag("el")),
                        false))), null), 200);
        titles.put(3, titles.get(3) + " (β΄ έκδοση)");
        assertThat(changed.get("title").asText()).isEqualTo(titles.get(3));
    }

    @Test
    @Order(3)
    void fiveReviewersAreAssignedWithoutAConflictAndWithinOneOfEachOther() throws Exception {
        for (String[] r : REVIEWERS) {
            reviewerTokens.put(r[0], app.token(r[0], Scope.REVIEW));
            CliRun.Result described = app.cli("review", "reviewer", r[0], "--name", r[1], "--email", r[2],
                    "--school", r[3], "--keywords", "συνεργασία,ρομποτική");
            assertThat(described.code()).as(described.err()).isZero();
        }
        assertThat(app.cli("review", "reviewer", "ops-cfp", "--name", "Κάποιος", "--email", "x@y.gr").code())
                .isEqualTo(1); // a write token is not a reviewer
        CliRun.Result assigned = app.cli("review", "assign", "30", "--per-submission", "3");
        assertThat(assigned.code()).as(assigned.err()).isZero();
        assertThat(assigned.out()).contains("load spread (most − least): ").doesNotContain("short of reviewers");

        Map<Integer, Set<String>> reviewersOf = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (String[] r : REVIEWERS) {
            JsonNode mine = ok(app.send("GET", "/api/conferences/30/review/submissions", null,
                    reviewerTokens.get(r[0])), 200);
            load.put(r[0], mine.size());
            for (JsonNode s : mine) {
                int n = s.get("number").asInt();
                reviewersOf.computeIfAbsent(n, k -> new HashSet<>()).add(r[0]);
                // never their own school, never their own submission
                for (String school : authorSchools.get(n)) {
                    assertThat(SchoolName.key(school)).as("reviewer " + r[0] + " on submission " + n)
                            .isNotEqualTo(SchoolName.key(r[3]));
                }
                assertThat(authorEmails.get(n)).as("reviewer " + r[0] + " on submission " + n).doesNotContain(r[2]);
            }
        }
        assertThat(reviewersOf).hasSize(30);
        reviewersOf.forEach((n, rs) -> assertThat(rs).as("reviewers of " + n).hasSize(3));
        int max = load.values().stream().max(Integer::compare).orElseThrow();
        int min = load.values().stream().min(Integer::compare).orElseThrow();
        assertThat(max - min).as("loads " + load).isLessThanOrEqualTo(1);
        assertThat(reviewersOf.get(7)).doesNotContain("rev-5"); // rev-5 co-wrote it
        assertThat(reviewersOf.get(3)).doesNotContain("rev-2"); // a co-author is from rev-2's school

        // adjustable, but never into a conflict
        JsonNode conflict = problem(app.send("PUT", "/api/conferences/30/submissions/7/reviewers",
                "{\"add\": [\"rev-5\"]}", writeToken), 409);
        assertThat(conflict.get("rule").asText()).isEqualTo("no-conflict-of-interest");
        assertThat(app.cli("review", "adjust", "30", "3", "--add", "rev-2").code()).isEqualTo(1);
        // running it again changes nothing
        CliRun.Result again = app.cli("review", "assign", "30");
        assertThat(again.out()).contains("0 assignment(s) made, 0 moved");
    }

    @Test
    @Order(4)
    void reviewersSeeTheirSubmissionsBlindAndNothingElse() throws Exception {
        String rev1 = reviewerTokens.get("rev-1");
        JsonNode mine = ok(app.send("GET", "/api/conferences/30/review/submissions", null, rev1), 200);
        Set<Integer> assigned = new HashSet<>();
        mine.forEach(s -> assigned.add(s.get("number").asInt()));
        int other = 1;
        while (assigned.contains(other)) {
            other++;
        }
        JsonNode forbidden = problem(app.send("GET", "/api/conferences/30/review/submissions/" + other, null, rev1),
                403);
        assertThat(forbidden.get("detail").asText()).contains("not assigned");
        problem(app.send("PUT", "/api/conferences/30/review/submissions/" + other, "{}", rev1), 403);
        problem(app.send("GET", "/api/conferences/30/review/submissions/" + other + "/paper", null, rev1), 403);
        problem(app.send("GET", "/api/conferences/30/review/submissions", null, writeToken), 403);
        problem(app.send("GET", "/api/conferences/30/review/submissions", null, null), 401);
        problem(app.send("POST", "/api/conferences/30/review/assignments", "{}", rev1), 403);
        problem(app.send("GET", "/api/conferences/30/submissions", null, rev1), 403);
        // public routes stay open to a reviewer who sends their token along
        assertThat(app.send("GET", "/api/conferences/30/call", null, rev1).statusCode()).isEqualTo(200);
        problem(app.send("PUT", "/api/conferences/30/submissions/1/decision", "{\"decision\": \"accept\"}",
                readToken), 403);

        for (Map.Entry<String, String> r : reviewerTokens.entrySet()) {
            HttpResponse<String> list = app.send("GET", "/api/conferences/30/review/submissions", null, r.getValue());
            for (JsonNode s : json.readTree(list.body())) {
                int n = s.get("number").asInt();
                HttpResponse<String> one = app.send("GET", "/api/conferences/30/review/submissions/" + n, null,
                        r.getValue());
                assertThat(one.statusCode()).isEqualTo(200);
                for (String secret : authorData.get(n)) {
                    assertThat(one.body()).as("blind view of " + n).doesNotContain(secret);
                    assertThat(s.toString()).as("list entry of " + n).doesNotContain(secret);
                }
                if (s.hasNonNull("paper")) {
                    HttpResponse<byte[]> paper = download(s.get("paper").get("href").asText(), r.getValue());
                    assertThat(paper.statusCode()).isEqualTo(200);
                    String disposition = paper.headers().firstValue("Content-Disposition").orElseThrow();
                    assertThat(disposition).matches("attachment; filename=\"submission-30-\\d{3}\\.(pdf|docx)\"");
                    for (String secret : authorData.get(n)) {
                        assertThat(paper.headers().map().toString()).doesNotContain(secret);
                    }
                }
            }
        }
    }

    @Test
    @Order(5)
    void reviewsAreWrittenTheStatusShowsProgressAndDisagreementsAndTheDeadlineHolds() throws Exception {
        JsonNode call = ok(app.get("/api/conferences/30/call"), 200);
        List<String> criteria = new ArrayList<>();
        call.get("criteria").forEach(c -> criteria.add(c.asText()));
        String rev1 = reviewerTokens.get("rev-1");
        int first = json.readTree(app.send("GET", "/api/conferences/30/review/submissions", null, rev1).body())
                .get(0).get("number").asInt();
        JsonNode badScore = problem(app.send("PUT", "/api/conferences/30/review/submissions/" + first,
                "{\"scores\": {\"" + criteria.get(0) + "\": 7}, \"recommendation\": \"accept\"}", rev1), 400);
        assertThat(badScore.get("item").asText()).isEqualTo("scores");

        int i = 0;
        for (Map.Entry<String, String> r : reviewerTokens.entrySet()) {
            i++;
            for (JsonNode s : json.readTree(app.send("GET", "/api/conferences/30/review/submissions", null,
                    r.getValue()).body())) {
                int n = s.get("number").asInt();
                if (r.getKey().equals("rev-5") && n % 4 == 1) {
                    continue; // rev-5 is late with some
                }
                int base = n <= 12 ? 5 : n <= 24 ? 3 : 2;
                int score = Math.max(1, Math.min(5, base - (n == 10 && i == 1 ? 3 : 0)));
                StringBuilder scores = new StringBuilder();
                for (String c : criteria) {
                    scores.append(scores.length() == 0 ? "" : ", ").append('"').append(c).append("\": ").append(score);
                }
                ok(app.send("PUT", "/api/conferences/30/review/submissions/" + n, "{\"scores\": {" + scores
                        + "}, \"recommendation\": \"" + (score >= 4 ? "accept" : score == 3 ? "weak-accept"
                        : "reject") + "\", \"toAuthors\": \"Ενδιαφέρουσα πρόταση.\", \"toCommittee\": \"Βαθμός "
                        + score + "\"}", r.getValue()), 200);
            }
        }
        JsonNode status = ok(app.send("GET", "/api/conferences/30/review/status", null, readToken), 200);
        assertThat(status.get("missing").asInt()).isPositive();
        JsonNode rev5 = null;
        for (JsonNode r : status.get("reviewers")) {
            if (r.get("reviewer").asText().equals("rev-5")) {
                rev5 = r;
            }
        }
        assertThat(rev5).isNotNull();
        assertThat(rev5.get("missing").size()).isPositive();
        CliRun.Result cli = app.cli("review", "status", "30");
        assertThat(cli.code()).isZero();
        assertThat(cli.out()).contains("review(s) missing", "rev-5");
        if (status.get("disagreements").asInt() > 0) {
            assertThat(cli.out()).contains("DISAGREEMENT");
        }
        JsonNode ten = null;
        for (JsonNode s : status.get("submissions")) {
            if (s.get("number").asInt() == 10) {
                ten = s;
            }
        }
        if (ten.get("missingFrom").toString().contains("rev-1") == false) {
            assertThat(ten.get("disagreement").asBoolean()).isTrue();
        }

        // after the deadline (the operator moves it into the past): nothing is made or changed, 409 naming the rule
        assertThat(app.cli("cfp", "open", "30", "--until", athens(nowInAthens().minusMinutes(1))).code()).isZero();
        JsonNode late = problem(app.send("PUT", "/api/submissions/" + code(4), submission("Αργά", "paper",
                "secondary", List.of(author("Α Β", "author4@sch.gr", "Σ", true))), null), 409);
        assertThat(late.get("rule").asText()).isEqualTo("submission-deadline");
        assertThat(late.get("detail").asText()).contains("ώρα Ελλάδας");
        assertThat(problem(app.send("POST", "/api/conferences/30/submissions", submission("Αργά", "paper",
                "secondary", List.of(author("Α Β", "late@sch.gr", "Σ", true))), null), 409).get("rule").asText())
                .isEqualTo("submission-deadline");
        assertThat(problem(upload(code(4), "%PDF-1.4 late".getBytes(StandardCharsets.US_ASCII), "application/pdf"),
                409).get("rule").asText()).isEqualTo("submission-deadline");
        assertThat(ok(app.get("/api/submissions/" + code(4)), 200).get("editable").asBoolean()).isFalse();
        // withdrawing stays possible until the decision
        assertThat(ok(app.send("POST", "/api/submissions/" + code(29) + "/withdraw", null, null), 200)
                .get("status").asText()).isEqualTo("withdrawn");
    }

    @Test
    @Order(6)
    void decisionsPutTheAcceptedTitlesInTheProgrammeInTheirLevelsSession() throws Exception {
        CliRun.Result ranked = app.cli("cfp", "decisions", "30", "--json");
        assertThat(ranked.code()).isZero();
        JsonNode rows = json.readTree(ranked.out());
        assertThat(rows.size()).isEqualTo(29); // the withdrawn one is not ranked
        assertThat(rows.get(0).get("mean").asDouble()).isGreaterThanOrEqualTo(rows.get(28).path("mean").asDouble(0));

        List<Integer> accepted = new ArrayList<>();
        for (JsonNode r : rows) {
            if (accepted.size() < 10 && r.get("number").asInt() <= 12) {
                accepted.add(r.get("number").asInt());
            }
        }
        for (int n : accepted) {
            CliRun.Result d = app.cli("cfp", "decide", "30", Integer.toString(n), "accept");
            assertThat(d.code()).as(d.err()).isZero();
        }
        assertThat(app.cli("cfp", "decide", "30", "20", "reject").code()).isZero();
        JsonNode viaApi = ok(app.send("PUT", "/api/conferences/30/submissions/21/decision",
                "{\"decision\": \"reject\"}", writeToken), 200);
        assertThat(viaApi.get("status").asText()).isEqualTo("rejected");
        assertThat(viaApi.get("mailsQueued").asInt()).isPositive();
        assertThat(app.cli("cfp", "decide", "30", "29", "accept").code()).isEqualTo(1); // withdrawn
        problem(app.send("POST", "/api/submissions/" + code(20) + "/withdraw", null, null), 409);

        CliRun.Result shown = app.cli("program", "show", "30");
        assertThat(shown.code()).isZero();
        for (int n : accepted) {
            assertThat(shown.out()).contains(titles.get(n));
        }
        assertThat(shown.out()).doesNotContain(titles.get(20));
        JsonNode programme = ok(app.get("/api/conferences/30/program"), 200);
        Map<String, String> levelOfSession = new HashMap<>();
        Map<String, String> sessionOfTitle = new HashMap<>();
        for (JsonNode s : programme.get("sessions")) {
            levelOfSession.put(s.get("id").asText(), s.get("level").asText());
            for (JsonNode c : s.get("contributions")) {
                sessionOfTitle.put(c.get("title").asText(), s.get("id").asText());
            }
        }
        for (int n : accepted) {
            String session = sessionOfTitle.get(titles.get(n));
            assertThat(levelOfSession.get(session)).as("session of " + n).isEqualTo(levels.get(n));
            assertThat(session).contains(n % 5 == 0 ? "workshops" : "d1-");
        }
        // the authors became persons of the programme
        assertThat(programme.get("persons").toString()).contains(FIRST[1] + " " + LAST[3]);
        MailStatusUseCase.MailStatus mail = app.injector().getInstance(MailStatusUseCase.class).mailStatus(500);
        assertThat(mail.unsent()).anySatisfy(m -> assertThat(m.kind()).isEqualTo("submission-decision"));

        // the 2021 programme is as it was
        assertThat(app.cli("program", "show", "7").out()).doesNotContain("έργο ");
    }

    @Test
    @Order(7)
    void theOpenApiDocumentListsTheCallsRoutesAndThePublicPageIsInGreek() throws Exception {
        JsonNode paths = ok(app.get("/api/openapi.json"), 200).get("paths");
        for (String p : List.of("/api/conferences/{edition}/call", "/api/conferences/{edition}/submissions",
                "/api/submissions/{code}", "/api/submissions/{code}/paper", "/api/submissions/{code}/withdraw",
                "/api/conferences/{edition}/review/assignments", "/api/conferences/{edition}/review/status",
                "/api/conferences/{edition}/review/submissions/{number}",
                "/api/conferences/{edition}/review/submissions/{number}/paper",
                "/api/conferences/{edition}/submissions/{number}/decision", "/api/conferences/{edition}/decisions",
                "/api/reviewers/{token}", "/conferences/{edition}/call")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.get("/api/submissions/{code}/paper").get("post").get("requestBody").get("content")
                .has("application/pdf")).isTrue();
        HttpResponse<String> page = app.get("/conferences/30/call");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Πρόσκληση υποβολής εργασιών", "30ό Πανελλήνιο Συνέδριο eTwinning",
                "ώρα Ελλάδας", "διπλά τυφλή");
        assertThat(app.get("/conferences/7/call").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void theProceedingsReadTheAcceptedSubmissionsThroughTheCallsPort() throws Exception {
        JsonNode programme = ok(app.get("/api/conferences/30/program"), 200);
        String contribution = null;
        for (JsonNode session : programme.get("sessions")) {
            for (JsonNode c : session.get("contributions")) {
                if (contribution == null) {
                    contribution = c.get("id").asText();
                }
            }
        }
        assertThat(contribution).startsWith("cfp-");
        int number = Integer.parseInt(contribution.substring(4));
        // the authors of an accepted submission may still complete it before the (moved) deadline
        assertThat(app.cli("cfp", "open", "30", "--until", athens(nowInAthens().plusDays(1))).code()).isZero();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf);
        }
        ok(upload(code(number), pdf.toByteArray(), "application/pdf"), 200);
        java.util.Optional<gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts> texts =
                app.injector().getInstance(com.google.inject.Key.get(new com.google.inject.TypeLiteral<
                        java.util.Optional<gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts>>() {
                }));
        assertThat(texts).isPresent();
        var text = texts.get().of(EditionNumber.of(30),
                gr.etwinning.synedrio.domain.programme.ContributionId.of(contribution)).orElseThrow();
        assertThat(text.title()).isEqualTo(titles.get(number));
        assertThat(text.authors()).extracting(a -> a.name()).containsAll(authorData.get(number).subList(0, 1));
        assertThat(text.paper()).hasValueSatisfying(p -> assertThat(p.bytes()).isEqualTo(pdf.size()));
        try (var in = texts.get().openPaper(text.paper().get().sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf.toByteArray());
        }
        java.nio.file.Path volume = app.dir().resolve("proceedings-30.pdf");
        CliRun.Result built = app.cli("proceedings", "build", "30", "--output", volume.toString());
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.out()).contains("full text(s) merged");
        assertThat(volume).exists();
    }
}
