package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.contest.AwardsFormat;
import gr.etwinning.synedrio.application.port.in.contest.AwardsImportReport;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ContestSummaryData;
import gr.etwinning.synedrio.application.port.in.contest.GetAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetPrizesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase.ImportAwardsCommand;
import gr.etwinning.synedrio.application.port.in.contest.ListContestsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase.ReplaceAwardsCommand;

import java.util.Locale;

/**
 * The national contests: their awards (public; as JSON, or with {@code ?format=press-release|csv} as the table),
 * replacing them (token; a JSON body, or the press release's table as {@code text/tab-separated-values}, or CSV as
 * {@code text/csv}), and their prizes per school with the totals to procure.
 */
public final class ContestController implements RouteContributor {

    private final ListContestsUseCase list;
    private final GetAwardsUseCase get;
    private final ReplaceAwardsUseCase replace;
    private final ImportAwardsUseCase importTable;
    private final GetPrizesUseCase prizes;

    @Inject
    public ContestController(ListContestsUseCase list, GetAwardsUseCase get, ReplaceAwardsUseCase replace,
                             ImportAwardsUseCase importTable, GetPrizesUseCase prizes) {
        this.list = list;
        this.get = get;
        this.replace = replace;
        this.importTable = importTable;
        this.prizes = prizes;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/contests", Access.PUBLIC,
                ApiRoutes.Doc.listOf("Every national contest, by number", ContestSummaryData.class),
                ctx -> json.write(ctx, 200, list.listContests()));
        routes.get("/api/contests/{contest}/awards", Access.PUBLIC,
                ApiRoutes.Doc.of("A contest's categories and awarded projects with partner schools and teachers;"
                        + " ?format=press-release or csv gives the table as text", ContestData.class)
                        .withQuery("format", "press-release or csv: the table as text instead of JSON"),
                ctx -> {
                    int contest = Requests.number(ctx, "contest");
                    String format = ctx.queryParam("format");
                    if (format == null || format.equalsIgnoreCase("json")) {
                        ContestData c = get.getAwards(contest);
                        Requests.etag(ctx, c.version());
                        json.write(ctx, 200, c);
                        return;
                    }
                    AwardsFormat f = format(format);
                    ctx.status(200).contentType((f == AwardsFormat.CSV ? "text/csv" : "text/tab-separated-values")
                            + "; charset=utf-8").result(get.exportAwards(contest, f));
                });
        routes.put("/api/contests/{contest}/awards", Access.WRITE,
                ApiRoutes.Doc.of("Create or replace a contest's awards whole: JSON, or the press release's table"
                        + " (text/tab-separated-values) or CSV (text/csv)", ContestData.class)
                        .taking(ContestData.class)
                        .withQuery("conference", "the edition whose conference the awards were given at (a"
                                + " table's import)")
                        .withQuery("schoolYear", "the school year of the contest, e.g. 2020-2021 (a table's import)")
                        .withQuery("acceptGuesses", "true: take the schools' types guessed from their names (a"
                                + " table's import)"),
                ctx -> {
                    int contest = Requests.number(ctx, "contest");
                    Long expected = Requests.ifMatch(ctx);
                    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
                    AwardsImportReport report;
                    if (type.startsWith("text/tab-separated-values") || type.startsWith("text/csv")) {
                        if (expected != null) {
                            ContestData current = get.getAwards(contest);
                            if (current.version() != null && !current.version().equals(expected)) {
                                throw new gr.etwinning.synedrio.application.ConflictException("contest " + contest,
                                        "contest " + contest + " is at version " + current.version() + ", not "
                                                + expected + ": somebody changed it meanwhile");
                            }
                        }
                        report = importTable.importAwards(new ImportAwardsCommand(contest,
                                Requests.optionalNumber(ctx, "conference"), ctx.queryParam("schoolYear"),
                                type.startsWith("text/csv") ? AwardsFormat.CSV : AwardsFormat.PRESS_RELEASE, "body",
                                WebJson.text(ctx), "true".equalsIgnoreCase(ctx.queryParam("acceptGuesses"))));
                    } else {
                        report = replace.replaceAwards(new ReplaceAwardsCommand(contest,
                                json.read(ctx, ContestData.class), expected));
                    }
                    ContestData c = get.getAwards(contest);
                    Requests.etag(ctx, c.version());
                    if (report.outcome().equals("created")) {
                        ctx.header("Location", "/api/contests/" + contest + "/awards");
                    }
                    json.write(ctx, report.outcome().equals("created") ? 201 : 200, c);
                });
        routes.get("/api/contests/{contest}/prizes", Access.PUBLIC,
                ApiRoutes.Doc.of("Each awarded school's level, how it was decided and its prize; then the totals"
                        + " to procure per item", PrizesData.class),
                ctx -> json.write(ctx, 200, prizes.getPrizes(Requests.number(ctx, "contest"))));
    }

    private static AwardsFormat format(String format) {
        switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "press-release":
                return AwardsFormat.PRESS_RELEASE;
            case "csv":
                return AwardsFormat.CSV;
            default:
                throw ApiProblem.badRequest("format '" + format + "' is none of json, press-release, csv", "format");
        }
    }

}
