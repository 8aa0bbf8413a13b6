package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase;
import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase.AddCommentCommand;
import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.application.port.in.comment.ListCommentsUseCase;
import gr.etwinning.synedrio.application.port.in.comment.SelectCommentUseCase;
import gr.etwinning.synedrio.application.port.in.figure.FigureData;
import gr.etwinning.synedrio.application.port.in.figure.ListFiguresUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase.RecordFigureCommand;
import gr.etwinning.synedrio.application.port.in.figure.RemoveFigureUseCase;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase.ReportQuery;
import gr.etwinning.synedrio.application.port.in.report.GetReportModelUseCase;
import gr.etwinning.synedrio.application.port.in.report.ReportData;
import gr.etwinning.synedrio.application.port.in.report.ReportFormat;
import gr.etwinning.synedrio.application.report.ReportModel;


/**
 * The summary report and what it needs beyond the programme: the figures operators record (public to read, a write
 * token to change), the evaluation comments (a token to read them all, a write token to add or choose), and the
 * report itself as Markdown, HTML or its JSON model (public, like the press release it is). A report with gaps says
 * which figures are missing in the {@value #MISSING_HEADER} header.
 */
public final class ReportController implements RouteContributor {

    /** Lists the keys of the figures the report shows as gaps, comma-separated; absent when none is missing. */
    public static final String MISSING_HEADER = "Synedrio-Missing-Figures";

    private final ListFiguresUseCase listFigures;
    private final RecordFigureUseCase recordFigure;
    private final RemoveFigureUseCase removeFigure;
    private final ListCommentsUseCase listComments;
    private final AddCommentUseCase addComment;
    private final SelectCommentUseCase selectComment;
    private final GenerateReportUseCase report;
    private final GetReportModelUseCase model;

    @Inject
    public ReportController(ListFiguresUseCase listFigures, RecordFigureUseCase recordFigure,
                            RemoveFigureUseCase removeFigure, ListCommentsUseCase listComments,
                            AddCommentUseCase addComment, SelectCommentUseCase selectComment,
                            GenerateReportUseCase report, GetReportModelUseCase model) {
        this.listFigures = listFigures;
        this.recordFigure = recordFigure;
        this.removeFigure = removeFigure;
        this.listComments = listComments;
        this.addComment = addComment;
        this.selectComment = selectComment;
        this.report = report;
        this.model = model;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences/{edition}/figures", Access.PUBLIC,
                ApiRoutes.Doc.listOf("The edition's recorded figures, by key, each with its qualifier, source and"
                        + " date", FigureData.class),
                ctx -> json.write(ctx, 200, listFigures.listFigures(Requests.edition(ctx))));
        routes.put("/api/conferences/{edition}/figures/{key}", Access.WRITE,
                ApiRoutes.Doc.of("Record a figure, or replace the one with this key (keys: docs/report.md)",
                        FigureData.class).taking(FigureData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    String key = ctx.pathParam("key");
                    FigureData body = json.read(ctx, FigureData.class);
                    if (body.key() != null && !body.key().strip().equals(key)) {
                        throw ApiProblem.badRequest("the body's key '" + body.key() + "' is not the path's '" + key
                                + "'; leave it out or make them equal", "key");
                    }
                    json.write(ctx, 200, recordFigure.recordFigure(new RecordFigureCommand(edition,
                            new FigureData(key, body.value(), body.qualifier(), body.written(), body.source(),
                                    body.asOf()))));
                });
        routes.delete("/api/conferences/{edition}/figures/{key}", Access.WRITE,
                ApiRoutes.Doc.of("Remove a recorded figure; the report shows its gap again", String.class)
                        .answering(204),
                ctx -> {
                    removeFigure.removeFigure(Requests.edition(ctx), ctx.pathParam("key"));
                    ctx.status(204);
                });
        routes.get("/api/conferences/{edition}/comments", Access.READ,
                ApiRoutes.Doc.listOf("The edition's evaluation comments by number (?selected=true: only those the"
                        + " report quotes)", CommentData.class)
                        .withQuery("selected", "true: only the comments the report quotes"),
                ctx -> json.write(ctx, 200, listComments.listComments(Requests.edition(ctx),
                        "true".equalsIgnoreCase(ctx.queryParam("selected")))));
        routes.post("/api/conferences/{edition}/comments", Access.WRITE,
                ApiRoutes.Doc.of("Record an evaluation comment as written; 'selected' chooses it for the report",
                        CommentData.class).taking(CommentData.class).answering(201),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    CommentData body = json.read(ctx, CommentData.class);
                    if (body.number() != null) {
                        throw ApiProblem.badRequest("a new comment gets the next number; leave 'number' out",
                                "number");
                    }
                    CommentData c = addComment.addComment(new AddCommentCommand(edition, body.text(),
                            Boolean.TRUE.equals(body.selected())));
                    ctx.header("Location", "/api/conferences/" + edition + "/comments/" + c.number());
                    json.write(ctx, 201, c);
                });
        routes.put("/api/conferences/{edition}/comments/{number}", Access.WRITE,
                ApiRoutes.Doc.of("Choose a comment for the report, or take it out: {\"selected\": true}",
                        CommentData.class).taking(CommentData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    int number = Requests.number(ctx, "number");
                    CommentData body = json.read(ctx, CommentData.class);
                    if (body.selected() == null) {
                        throw ApiProblem.badRequest("say whether the comment is chosen: {\"selected\": true}"
                                + " or false", "selected");
                    }
                    if (body.text() != null || (body.number() != null && body.number() != number)) {
                        throw ApiProblem.badRequest("a comment is kept as written: only 'selected' changes",
                                body.text() != null ? "text" : "number");
                    }
                    json.write(ctx, 200, selectComment.selectComments(edition, java.util.List.of(number),
                            body.selected()).get(0));
                });
        for (ReportFormat format : ReportFormat.values()) {
            String suffix = format == ReportFormat.HTML ? "html" : "md";
            routes.document("/api/conferences/{edition}/report." + suffix,
                    new ApiRoutes.Doc("The summary report " + (format == ReportFormat.HTML ? "as an HTML page"
                            : "in Markdown") + ", in Greek; figures it lacks show as [λείπει: key] and are listed in"
                            + " the " + MISSING_HEADER + " header", null, String.class, false, 200,
                            format.mediaType()),
                    ctx -> {
                        int edition = Requests.edition(ctx);
                        routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "report." + suffix + ":" + edition,
                                () -> {
                                    ReportData r = report.generateReport(new ReportQuery(edition, format));
                                    DocumentCache.Document d = DocumentCache.Document.of(r.content(),
                                            format.mediaType() + "; charset=utf-8");
                                    return r.missing().isEmpty() ? d
                                            : d.withHeader(MISSING_HEADER, String.join(", ", r.missing()));
                                });
                    });
        }
        routes.document("/api/conferences/{edition}/report.json",
                ApiRoutes.Doc.of("The report's model: every figure already worded in Greek, with its provenance",
                        ReportModel.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "report.json:" + edition,
                            () -> json.document(model.reportModel(edition)));
                });
    }
}
