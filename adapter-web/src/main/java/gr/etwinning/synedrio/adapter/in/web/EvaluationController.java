package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.evaluation.GetChartUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.GetChartUseCase.ChartLink;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.EvaluationImportReport;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.ImportEvaluationsCommand;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The evaluation survey: an export imported (a write token; the file as the body), its summary (public: counts
 * only, never who answered what), and the charts drawn from the counts, as SVG.
 */
public final class EvaluationController implements RouteContributor {

    private static final Pattern CHART = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private final ImportEvaluationsUseCase importer;
    private final SummariseEvaluationsUseCase summary;
    private final GetChartUseCase charts;

    @Inject
    public EvaluationController(ImportEvaluationsUseCase importer, SummariseEvaluationsUseCase summary,
                                GetChartUseCase charts) {
        this.importer = importer;
        this.summary = summary;
        this.charts = charts;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.post("/api/conferences/{edition}/evaluations", Access.WRITE,
                ApiRoutes.Doc.of("Import a survey export as the body (Google Forms CSV, Microsoft Forms .xlsx or CSV;"
                        + " ?format=auto|google-csv|ms-forms-xlsx|ms-forms-csv, ?question=TEXT=likert|choice|"
                        + "checkbox|text, repeatable), all or nothing; the same file again changes nothing",
                        EvaluationImportReport.class)
                        .withQuery("format", "auto (the default), google-csv, ms-forms-xlsx or ms-forms-csv")
                        .withQuery("question", "TEXT=likert|choice|checkbox|text, the kind of a question"
                                + " not recognised; repeatable"),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    SurveyFormat format;
                    try {
                        format = SurveyFormat.of(ctx.queryParam("format"));
                    } catch (InvalidValueException e) {
                        throw ApiProblem.badRequest(e.getMessage(), "format");
                    }
                    Map<String, String> types = new LinkedHashMap<>();
                    for (String q : ctx.queryParams("question")) {
                        int eq = q.lastIndexOf('=');
                        if (eq <= 0 || eq == q.length() - 1) {
                            throw ApiProblem.badRequest("question wants TEXT=TYPE, e.g. Σχόλια=text", "question");
                        }
                        types.put(q.substring(0, eq).strip(), q.substring(eq + 1).strip());
                    }
                    byte[] body = WebJson.bytes(ctx);
                    if (body.length == 0) {
                        throw ApiProblem.badRequest("send the export as the request's body", "body");
                    }
                    String type = ctx.contentType() == null ? "" : ctx.contentType();
                    String name = type.contains("spreadsheetml") ? "body.xlsx" : "body.csv";
                    json.write(ctx, 200, importer.importEvaluations(new ImportEvaluationsCommand(edition, name,
                            new ByteArrayInputStream(body), format, types)));
                });
        routes.document("/api/conferences/{edition}/evaluations",
                ApiRoutes.Doc.of("The evaluations summed up: {\"edition\", \"responses\", \"questions\": [{\"text\","
                        + " \"type\", \"counts\" (a scale in its order), \"mean\", \"median\", \"percentages\","
                        + " \"answered\"}]}", Map.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "evaluations:" + edition,
                            () -> json.document(summary.summariseEvaluations(edition).document()));
                });
        routes.document("/api/conferences/{edition}/charts",
                ApiRoutes.Doc.listOf("The charts the edition has data for: name and Greek title; each is at"
                        + " …/charts/{name}.svg", ChartLink.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "charts:" + edition,
                            () -> json.document(charts.charts(edition)));
                });
        routes.document("/api/conferences/{edition}/charts/{name}",
                new ApiRoutes.Doc("A chart as SVG, e.g. likert.svg (the Likert questions as stacked bars),"
                        + " question-3.svg (a choice question's counts), attendance.svg (participants per session)",
                        null, String.class, false, 200, "image/svg+xml"),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    String file = ctx.pathParam("name");
                    if (!file.endsWith(".svg") || !CHART.matcher(file.substring(0, file.length() - 4)).matches()) {
                        throw ApiProblem.badRequest("a chart is named like likert.svg or question-3.svg, not '"
                                + (file.length() > 60 ? file.substring(0, 60) + "…" : file) + "'", "name");
                    }
                    routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "chart:" + edition + ":" + file,
                            () -> DocumentCache.Document.of(charts.chartSvg(edition,
                                    file.substring(0, file.length() - 4)), "image/svg+xml; charset=utf-8"));
                });
    }
}
