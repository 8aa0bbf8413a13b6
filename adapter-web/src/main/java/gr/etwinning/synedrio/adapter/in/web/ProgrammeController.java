package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.CheckProgrammeQuery;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase.ProgrammeCheckData;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase.ReplaceProgrammeCommand;

/** An edition's programme: read it (public), replace it whole (with a token), list its problems. */
public final class ProgrammeController implements RouteContributor {

    private final GetProgrammeUseCase get;
    private final ReplaceProgrammeUseCase replace;
    private final CheckProgrammeUseCase check;

    @Inject
    public ProgrammeController(GetProgrammeUseCase get, ReplaceProgrammeUseCase replace, CheckProgrammeUseCase check) {
        this.get = get;
        this.replace = replace;
        this.check = check;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.document("/api/conferences/{edition}/program",
                ApiRoutes.Doc.of("An edition's programme: sessions in the organisers' order and the persons they"
                        + " name", ProgrammeData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    routes.cache().serve(ctx, DocumentCache.Source.PROGRAMME, "program:" + edition, () -> {
                        ProgrammeData p = get.getProgramme(edition);
                        // "v3-<digest>": If-Match takes its version; If-None-Match the whole (persons may change)
                        return json.document(p).withEtagPrefix(p.version() == null ? "" : "v" + p.version() + "-");
                    });
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
        routes.get("/api/conferences/{edition}/program/problems", Access.PUBLIC,
                ApiRoutes.Doc.of("Every problem of the stored programme at once: errors and warnings, each with its"
                        + " rule, items and a sentence for the operator", ProgrammeCheckData.class),
                ctx -> json.write(ctx, 200, check.checkProgramme(new CheckProgrammeQuery(Requests.edition(ctx),
                        null))));
        routes.post("/api/conferences/{edition}/program/problems", Access.READ,
                ApiRoutes.Doc.of("Check a draft programme (the body of a PUT) against the edition without storing"
                        + " it; a draft that would be refused lists every reason", ProgrammeCheckData.class)
                        .taking(ProgrammeData.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    json.write(ctx, 200, check.checkProgramme(new CheckProgrammeQuery(edition,
                            json.read(ctx, ProgrammeData.class))));
                });
    }
}
