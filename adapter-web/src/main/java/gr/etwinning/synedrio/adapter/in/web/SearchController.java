package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase.SearchHit;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase.SearchQuery;

/** {@code GET /api/search?q=…&limit=…}: people, sessions and contributions, however the words are typed. */
public final class SearchController implements RouteContributor {

    private final SearchUseCase search;

    @Inject
    public SearchController(SearchUseCase search) {
        this.search = search;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/api/search", Access.PUBLIC,
                ApiRoutes.Doc.listOf("Search people, sessions and contributions by q (accents, capitals, final sigma"
                        + " and Latin look-alikes do not matter); exact matches first; limit 1-100, default 20",
                        SearchHit.class)
                        .withQuery("q", "what to look for")
                        .withQuery("limit", "how many hits at most, 1-100 (default 20)"),
                ctx -> {
                    String limit = ctx.queryParam("limit");
                    Integer n = null;
                    if (limit != null && !limit.isBlank()) {
                        try {
                            n = Integer.parseInt(limit.strip());
                        } catch (NumberFormatException e) {
                            throw ApiProblem.badRequest("limit '" + limit + "' is not a whole number", "limit");
                        }
                    }
                    routes.json().write(ctx, 200, search.search(new SearchQuery(ctx.queryParam("q"), n)));
                });
    }
}
