package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import gr.etwinning.synedrio.adapter.out.files.pdf.PdfBookletRenderer;
import gr.etwinning.synedrio.adapter.out.files.pdf.PdfVolumeRenderer;
import gr.etwinning.synedrio.adapter.out.files.proceedings.SpecialIssueFiles;
import gr.etwinning.synedrio.adapter.out.persistence.JooqProceedingsRepository;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.ExportSpecialIssueUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SelectPapersUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SetIsbnUseCase;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort;
import gr.etwinning.synedrio.application.port.out.proceedings.ProceedingsRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.SpecialIssueWriterPort;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort;
import gr.etwinning.synedrio.application.service.proceedings.BookletService;
import gr.etwinning.synedrio.application.service.proceedings.ProceedingsService;

/**
 * The proceedings (issue 15): the volume, the special issue and the good-practice booklet. What the call for papers
 * holds ({@link SubmittedTexts}) is optional here: the call's module binds it (its {@code setBinding()}); without
 * it the volume is built from the programme alone and says what is missing.
 */
final class ProceedingsModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SubmittedTexts.class);
        bind(SetIsbnUseCase.class).to(ProceedingsService.class);
        bind(BuildVolumeUseCase.class).to(ProceedingsService.class);
        bind(SelectPapersUseCase.class).to(ProceedingsService.class);
        bind(ExportSpecialIssueUseCase.class).to(ProceedingsService.class);
        bind(BuildBookletUseCase.class).to(BookletService.class);
        bind(VolumeRendererPort.class).to(PdfVolumeRenderer.class).in(Singleton.class);
        bind(BookletRendererPort.class).to(PdfBookletRenderer.class).in(Singleton.class);
        bind(SpecialIssueWriterPort.class).to(SpecialIssueFiles.class).in(Singleton.class);
        bind(ProceedingsRepository.class).to(JooqProceedingsRepository.class).in(Singleton.class);
    }
}
