package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase.CreateConferenceCommand;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase.UpdateConferenceCommand;

/** Conference editions: list, read, create, update. */
public final class ConferenceController implements RouteContributor {

    private final ListConferencesUseCase list;
    private final GetConferenceUseCase get;
    private final CreateConferenceUseCase create;
    private final UpdateConferenceUseCase update;

    @Inject
    public ConferenceController(ListConferencesUseCase list, GetConferenceUseCase get, CreateConferenceUseCase create,
                                UpdateConferenceUseCase update) {
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences", Access.PUBLIC,
                ApiRoutes.Doc.listOf("Every edition, by edition number", ConferenceSummaryData.class),
                ctx -> json.write(ctx, 200, list.listConferences()));
        routes.get("/api/conferences/{edition}", Access.PUBLIC,
                ApiRoutes.Doc.of("One edition's details", ConferenceData.class),
                ctx -> {
                    ConferenceData c = get.getConference(Requests.edition(ctx));
                    Requests.etag(ctx, c.version());
                    json.write(ctx, 200, c);
                });
        routes.post("/api/conferences", Access.WRITE,
                ApiRoutes.Doc.of("Plan a new edition (its programme starts empty)", ConferenceData.class)
                        .taking(ConferenceData.class).answering(201),
                ctx -> {
                    ConferenceData c = create.createConference(new CreateConferenceCommand(
                            json.read(ctx, ConferenceData.class)));
                    ctx.header("Location", "/api/conferences/" + c.edition());
                    Requests.etag(ctx, c.version());
                    json.write(ctx, 201, c);
                });
        routes.put("/api/conferences/{edition}", Access.WRITE,
                ApiRoutes.Doc.of("Revise an edition's details", ConferenceData.class).taking(ConferenceData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    Long expected = Requests.ifMatch(ctx);
                    ConferenceData c = update.updateConference(new UpdateConferenceCommand(edition,
                            json.read(ctx, ConferenceData.class), expected));
                    Requests.etag(ctx, c.version());
                    json.write(ctx, 200, c);
                });
    }
}
