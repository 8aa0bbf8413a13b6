package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.port.in.school.SchoolData;

/** {@code GET /api/schools}: the schools registry; {@code ?unclassified=true} lists only schools of unknown type. */
public final class SchoolController implements RouteContributor {

    private final ListSchoolsUseCase list;

    @Inject
    public SchoolController(ListSchoolsUseCase list) {
        this.list = list;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/api/schools", Access.PUBLIC,
                ApiRoutes.Doc.listOf("The schools registry, one entry per school however typed, with every spelling"
                        + " seen; ?unclassified=true for those whose name reveals no type", SchoolData.class)
                        .withQuery("unclassified", "true: only the schools whose name reveals no type"),
                ctx -> {
                    String unclassified = ctx.queryParam("unclassified");
                    if (unclassified != null && !unclassified.equals("true") && !unclassified.equals("false")) {
                        throw ApiProblem.badRequest("unclassified must be true or false, not '" + unclassified + "'",
                                "unclassified");
                    }
                    routes.json().write(ctx, 200, list.listSchools("true".equals(unclassified)));
                });
    }
}
