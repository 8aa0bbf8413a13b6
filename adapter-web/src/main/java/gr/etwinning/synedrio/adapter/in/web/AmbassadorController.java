package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase.AddAmbassadorCommand;
import gr.etwinning.synedrio.application.port.in.ambassador.AmbassadorData;
import gr.etwinning.synedrio.application.port.in.ambassador.ListAmbassadorsUseCase;

/** The eTwinning ambassadors' registry: list it (public), record one (token). */
public final class AmbassadorController implements RouteContributor {

    private final ListAmbassadorsUseCase list;
    private final AddAmbassadorUseCase add;

    @Inject
    public AmbassadorController(ListAmbassadorsUseCase list, AddAmbassadorUseCase add) {
        this.list = list;
        this.add = add;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/ambassadors", Access.PUBLIC,
                ApiRoutes.Doc.listOf("Every eTwinning ambassador, with school, region and since when where recorded",
                        AmbassadorData.class),
                ctx -> json.write(ctx, 200, list.listAmbassadors()));
        routes.post("/api/ambassadors", Access.WRITE,
                ApiRoutes.Doc.of("Record an ambassador's details and give the person the ambassador standing (a new"
                        + " person needs a name)", AmbassadorData.class).taking(AmbassadorData.class),
                ctx -> json.write(ctx, 200, add.addAmbassador(new AddAmbassadorCommand(
                        json.read(ctx, AmbassadorData.class)))));
    }
}
