package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;
import gr.etwinning.synedrio.application.port.in.auth.Principal;
import gr.etwinning.synedrio.application.port.in.cfp.BlindSubmission;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewData;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase;
import io.javalin.http.Context;

/**
 * What a reviewer does with their review token: list the submissions assigned to them, read each double-blind (no
 * author, school or address anywhere, the full text under the submission's number), and write their review. A
 * submission not assigned to them is 403.
 */
public final class ReviewController implements RouteContributor {

    private final ReviewUseCase reviews;

    @Inject
    public ReviewController(ReviewUseCase reviews) {
        this.reviews = reviews;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences/{edition}/review/submissions", Access.REVIEW,
                ApiRoutes.Doc.listOf("The submissions assigned to you (review token), double-blind",
                        BlindSubmission.class),
                ctx -> json.write(ctx, 200, reviews.assignments(reviewer(ctx), Requests.edition(ctx))));
        routes.get("/api/conferences/{edition}/review/submissions/{number}", Access.REVIEW,
                ApiRoutes.Doc.of("One submission assigned to you, double-blind, with your review if written",
                        BlindSubmission.class),
                ctx -> json.write(ctx, 200, reviews.blindView(reviewer(ctx), Requests.edition(ctx),
                        Requests.number(ctx, "number"))));
        routes.put("/api/conferences/{edition}/review/submissions/{number}", Access.REVIEW,
                ApiRoutes.Doc.of("Write or rewrite your review until the decision: {\"scores\": {criterion: 1–5, "
                        + "…}, \"recommendation\": \"accept\"|\"weak-accept\"|\"weak-reject\"|\"reject\", "
                        + "\"toAuthors\", \"toCommittee\"}", BlindSubmission.class).taking(ReviewData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    int number = Requests.number(ctx, "number");
                    json.write(ctx, 200, reviews.review(reviewer(ctx), edition, number,
                            json.read(ctx, ReviewData.class)));
                });
        routes.get("/api/conferences/{edition}/review/submissions/{number}/paper", Access.REVIEW,
                new ApiRoutes.Doc("The full text of a submission assigned to you, named by its number only",
                        null, String.class, false, 200, "application/pdf"),
                ctx -> {
                    ReviewUseCase.PaperFile file = reviews.paper(reviewer(ctx), Requests.edition(ctx),
                            Requests.number(ctx, "number"));
                    ctx.status(200).contentType(file.contentType())
                            .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                            .result(file.content());
                });
    }

    private static String reviewer(Context ctx) {
        return ApiRoutes.principal(ctx).map(Principal::name).orElseThrow(() -> new ApiProblem(401,
                "unauthenticated", "A token is needed", "send your review token", "Authorization"));
    }
}
