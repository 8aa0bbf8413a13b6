package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;
import gr.etwinning.synedrio.application.port.in.cfp.CallData;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase.OpenCallCommand;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.DecideCommand;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewerData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionView;
import gr.etwinning.synedrio.application.port.in.cfp.SubmitUseCase;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The call for papers: operators open and close it, anybody submits without an account and is mailed a private code
 * that reads, changes (until the deadline), completes with the full text and withdraws the submission; operators
 * describe reviewers, assign, follow the reviews and decide.
 */
public final class CallForPapersController implements RouteContributor {

    /** {@code until}: the deadline as Greek clocks show it, {@code 2026-12-15T23:59}. */
    public record OpenCallBody(String until, List<String> types, Integer maxWords, List<String> criteria) {
    }

    /** The answer to a submission: the same for everybody; the code goes by mail. */
    public record SubmissionReceipt(int edition, String code, String detail) {
    }

    public record ReviewerBody(String name, String email, String school, List<String> levels,
                               List<String> keywords) {
    }

    public record AssignBody(Integer perSubmission) {
    }

    public record AdjustBody(List<String> add, List<String> remove) {
    }

    /** {@code decision}: accept | reject; {@code as}: talk | workshop; {@code session}: a session's id. */
    public record DecisionBody(String decision, String as, String session) {
    }

    private final CallForPapersUseCase calls;
    private final SubmitUseCase submissions;
    private final ReviewUseCase reviews;
    private final DecideUseCase decisions;

    @Inject
    public CallForPapersController(CallForPapersUseCase calls, SubmitUseCase submissions, ReviewUseCase reviews,
                                   DecideUseCase decisions) {
        this.calls = calls;
        this.submissions = submissions;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences/{edition}/call", Access.PUBLIC,
                ApiRoutes.Doc.of("The edition's call for papers: deadline (Europe/Athens), types, levels, the most "
                        + "words of an abstract, review criteria, whether it takes submissions now", CallData.class),
                ctx -> json.write(ctx, 200, calls.call(Requests.edition(ctx))));
        routes.put("/api/conferences/{edition}/call", Access.WRITE,
                ApiRoutes.Doc.of("Open the call, or change it: {\"until\": \"2026-12-15T23:59\" (Greek time), "
                        + "\"types\": [\"paper\", \"workshop\"], \"maxWords\": 3000, \"criteria\": […]}",
                        CallData.class).taking(OpenCallBody.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    OpenCallBody b = json.read(ctx, OpenCallBody.class);
                    json.write(ctx, 200, calls.open(new OpenCallCommand(edition, until(b.until()), b.types(),
                            b.maxWords(), b.criteria())));
                });
        routes.post("/api/conferences/{edition}/call/close", Access.WRITE,
                ApiRoutes.Doc.of("Close the call before its deadline", CallData.class),
                ctx -> json.write(ctx, 200, calls.close(Requests.edition(ctx))));
        routes.post("/api/conferences/{edition}/submissions", Access.PUBLIC,
                ApiRoutes.Doc.of("Submit a paper or a workshop (consent required) until the deadline; the "
                        + "submission's private code is mailed to the contact author, never answered",
                        SubmissionReceipt.class).taking(SubmissionData.class).answering(202),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    submissions.submit(edition, json.read(ctx, SubmissionData.class));
                    json.write(ctx, 202, new SubmissionReceipt(edition, "mailed", "Η υποβολή καταχωρίστηκε. Ο "
                            + "κωδικός της στάλθηκε στη διεύθυνση του συγγραφέα επικοινωνίας· με αυτόν τη βλέπετε, "
                            + "την αλλάζετε έως την προθεσμία και ανεβάζετε το πλήρες κείμενο. / The submission is "
                            + "stored; its code is mailed to the contact author."));
                });
        routes.get("/api/conferences/{edition}/submissions", Access.READ,
                ApiRoutes.Doc.listOf("Every submission of the edition with its authors (personal data: "
                        + "operators only)", SubmissionView.class),
                ctx -> json.write(ctx, 200, submissions.listSubmissions(Requests.edition(ctx))));
        routes.get("/api/submissions/{code}", Access.PUBLIC,
                ApiRoutes.Doc.of("Your submission, by its code", SubmissionView.class),
                ctx -> json.write(ctx, 200, submissions.getSubmission(ctx.pathParam("code"))));
        routes.put("/api/submissions/{code}", Access.PUBLIC,
                ApiRoutes.Doc.of("Change your submission, by its code, until the deadline (409 "
                        + "submission-deadline after it)", SubmissionView.class).taking(SubmissionData.class),
                ctx -> json.write(ctx, 200, submissions.updateSubmission(ctx.pathParam("code"),
                        json.read(ctx, SubmissionData.class))));
        routes.post("/api/submissions/{code}/paper", Access.PUBLIC,
                ApiRoutes.Doc.of("Upload the full text as the body: a PDF or a DOCX (judged by its content; 400 "
                        + "otherwise), at most 10 MiB (413), until the deadline; stored with its SHA-256",
                        SubmissionView.class).takingFile("application/pdf, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ctx -> {
                    String code = ctx.pathParam("code");
                    long announced = ctx.contentLength();
                    if (announced > SubmitUseCase.MAX_PAPER_BYTES) {
                        throw tooLarge();
                    }
                    byte[] body = WebJson.bytes(ctx);
                    if (body.length > SubmitUseCase.MAX_PAPER_BYTES) {
                        throw tooLarge();
                    }
                    json.write(ctx, 200, submissions.uploadPaper(code, body));
                });
        routes.post("/api/submissions/{code}/withdraw", Access.PUBLIC,
                ApiRoutes.Doc.of("Withdraw your submission, until the decision", SubmissionView.class),
                ctx -> json.write(ctx, 200, submissions.withdraw(ctx.pathParam("code"))));
        routes.get("/api/reviewers", Access.READ,
                ApiRoutes.Doc.listOf("The reviewers: token, name, e-mail, school, levels, keywords",
                        ReviewerData.class),
                ctx -> json.write(ctx, 200, reviews.reviewers()));
        routes.put("/api/reviewers/{token}", Access.WRITE,
                ApiRoutes.Doc.of("Describe the person behind a review token (synedrio token create NAME --scope "
                        + "review): name, e-mail and school (for conflicts of interest), levels, keywords",
                        ReviewerData.class).taking(ReviewerBody.class),
                ctx -> {
                    ReviewerBody b = json.read(ctx, ReviewerBody.class);
                    json.write(ctx, 200, reviews.describeReviewer(new ReviewerData(ctx.pathParam("token"), b.name(),
                            b.email(), b.school(), b.levels(), b.keywords())));
                });
        routes.post("/api/conferences/{edition}/review/assignments", Access.WRITE,
                ApiRoutes.Doc.of("Assign reviewers to every submission lacking them ({\"perSubmission\": 3}): "
                        + "balanced, by level, never an author's own or their school's reviewer",
                        ReviewUseCase.AssignmentReport.class).taking(AssignBody.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    AssignBody b = json.read(ctx, AssignBody.class);
                    json.write(ctx, 200, reviews.assign(edition, b.perSubmission() == null ? 3 : b.perSubmission()));
                });
        routes.put("/api/conferences/{edition}/submissions/{number}/reviewers", Access.WRITE,
                ApiRoutes.Doc.listOf("Adjust one submission's reviewers: {\"add\": [token…], \"remove\": [token…]}; "
                        + "the reviewers after the change", String.class).taking(AdjustBody.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    int number = Requests.number(ctx, "number");
                    AdjustBody b = json.read(ctx, AdjustBody.class);
                    json.write(ctx, 200, reviews.adjust(edition, number, b.add(), b.remove()));
                });
        routes.get("/api/conferences/{edition}/review/status", Access.READ,
                ApiRoutes.Doc.of("Review progress per reviewer and per submission, missing reviews, "
                        + "disagreements (score spread of 2 or more)", ReviewUseCase.ReviewStatus.class),
                ctx -> json.write(ctx, 200, reviews.status(Requests.edition(ctx))));
        routes.put("/api/conferences/{edition}/submissions/{number}/decision", Access.WRITE,
                ApiRoutes.Doc.of("Decide: {\"decision\": \"accept\"|\"reject\", \"as\": \"talk\"|\"workshop\", "
                        + "\"session\": ID}; accepted submissions join the programme in their level's session, and "
                        + "the authors are mailed", DecideUseCase.DecisionData.class).taking(DecisionBody.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    int number = Requests.number(ctx, "number");
                    DecisionBody b = json.read(ctx, DecisionBody.class);
                    boolean accept;
                    if ("accept".equals(b.decision())) {
                        accept = true;
                    } else if ("reject".equals(b.decision())) {
                        accept = false;
                    } else {
                        throw ApiProblem.badRequest("decision is accept or reject", "decision");
                    }
                    json.write(ctx, 200, decisions.decide(new DecideCommand(edition, number, accept, b.as(),
                            b.session())));
                });
        routes.get("/api/conferences/{edition}/decisions", Access.READ,
                ApiRoutes.Doc.listOf("The submissions ranked by mean score, with their reviews' recommendations and "
                        + "decisions", DecideUseCase.RankedSubmission.class),
                ctx -> json.write(ctx, 200, decisions.decisions(Requests.edition(ctx))));
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(413, "too-large", "The file is too large", "a full text is at most "
                + SubmitUseCase.MAX_PAPER_BYTES + " bytes (10 MiB)", "body");
    }

    private static LocalDateTime until(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest("until is missing: the deadline in Greek time, e.g. 2026-12-15T23:59",
                    "until");
        }
        try {
            return LocalDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("until '" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
                    + "' is not a date and time like 2026-12-15T23:59", "until");
        }
    }
}
