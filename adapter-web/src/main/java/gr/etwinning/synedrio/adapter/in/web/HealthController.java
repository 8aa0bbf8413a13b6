package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;

import java.util.Map;

/** {@code GET /api/health}: answers 200 when the server and its database answer, for scripts and load balancers. */
public final class HealthController implements RouteContributor {

    private final ListConferencesUseCase conferences;

    @Inject
    public HealthController(ListConferencesUseCase conferences) {
        this.conferences = conferences;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/api/health", Access.PUBLIC, ApiRoutes.Doc.of("Whether the server and its database answer",
                Map.class), ctx -> routes.json().write(ctx, 200, Map.of("status", "ok",
                "editions", conferences.listConferences().size())));
    }
}
