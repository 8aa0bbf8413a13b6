package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase;
import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase.ChooseFigureSourceCommand;

/**
 * {@code PUT /api/conferences/{edition}/figures/{key}/use}: choose whether the report shows the recorded figure or
 * the one Synedrio counted ({@code {"use": "counted"}} or {@code "recorded"}), as {@code synedrio figures use} does.
 */
public final class FigureChoiceController implements RouteContributor {

    /** The body: which value the report uses. */
    public record FigureChoiceWebModel(String use) {
    }

    private final ChooseFigureSourceUseCase choose;

    @Inject
    public FigureChoiceController(ChooseFigureSourceUseCase choose) {
        this.choose = choose;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.put("/api/conferences/{edition}/figures/{key}/use", Access.WRITE,
                ApiRoutes.Doc.of("Choose whether the report uses the recorded figure or the one Synedrio counted"
                        + " ({\"use\": \"counted\"|\"recorded\"}); without a choice a recorded figure stands",
                        ChooseFigureSourceUseCase.Chosen.class).taking(FigureChoiceWebModel.class),
                ctx -> {
                    FigureChoiceWebModel body = json.read(ctx, FigureChoiceWebModel.class);
                    if (body == null || body.use() == null) {
                        throw ApiProblem.badRequest("say which value the report uses: {\"use\": \"counted\"} or"
                                + " {\"use\": \"recorded\"}", "use");
                    }
                    json.write(ctx, 200, choose.choose(new ChooseFigureSourceCommand(Requests.edition(ctx),
                            ctx.pathParam("key"), body.use())));
                });
    }
}
