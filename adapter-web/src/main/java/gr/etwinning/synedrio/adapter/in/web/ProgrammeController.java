package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase.ReplaceProgrammeCommand;

/** An edition's programme: read it (public), replace it whole (with a token). */
public final class ProgrammeController implements RouteContributor {

    private final GetProgrammeUseCase get;
    private final ReplaceProgrammeUseCase replace;

    public ProgrammeController(GetProgrammeUseCase get, ReplaceProgrammeUseCase replace) {
        this.get = get;
        this.replace = replace;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences/{edition}/program", Access.PUBLIC,
                ApiRoutes.Doc.of("An edition's programme: sessions in the organisers' order and the persons they"
                        + " name", ProgrammeData.class),
                ctx -> {
                    ProgrammeData p = get.getProgramme(Requests.edition(ctx));
                    Requests.etag(ctx, p.version());
                    json.write(ctx, 200, p);
                });
        routes.put("/api/conferences/{edition}/program", Access.WRITE,
                ApiRoutes.Doc.of("Replace an edition's whole programme; persons given are added or updated",
                        ProgrammeData.class).taking(ProgrammeData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    Long expected = Requests.ifMatch(ctx);
                    ProgrammeData p = replace.replaceProgramme(new ReplaceProgrammeCommand(edition,
                            json.read(ctx, ProgrammeData.class), expected));
                    Requests.etag(ctx, p.version());
                    json.write(ctx, 200, p);
                });
    }
}
