package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import gr.etwinning.synedrio.adapter.in.web.CallForPapersController;
import gr.etwinning.synedrio.adapter.in.web.CallPageController;
import gr.etwinning.synedrio.adapter.in.web.ReviewController;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.out.persistence.JooqReviewRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqSubmissionRepository;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.SubmitUseCase;
import gr.etwinning.synedrio.application.port.out.cfp.ReviewRepository;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.service.cfp.CfpMails;
import gr.etwinning.synedrio.application.service.cfp.DecisionService;
import gr.etwinning.synedrio.application.service.cfp.ReviewService;
import gr.etwinning.synedrio.application.service.cfp.SubmissionService;

/**
 * The call for papers (issue 14), whole: its use cases and services, its repositories (one of which is what the
 * proceedings read of accepted submissions, {@link SubmittedTexts}, bound through Guice's OptionalBinder), its mails
 * and its routes.
 */
final class CallForPapersModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CallForPapersUseCase.class).to(SubmissionService.class);
        bind(SubmitUseCase.class).to(SubmissionService.class);
        bind(ReviewUseCase.class).to(ReviewService.class);
        bind(DecideUseCase.class).to(DecisionService.class);
        bind(SubmissionRepository.class).to(JooqSubmissionRepository.class).in(Singleton.class);
        bind(ReviewRepository.class).to(JooqReviewRepository.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), SubmittedTexts.class).setBinding()
                .to(JooqSubmissionRepository.class);
        Multibinder<RouteContributor> routes = Multibinder.newSetBinder(binder(), RouteContributor.class);
        routes.addBinding().to(CallForPapersController.class);
        routes.addBinding().to(ReviewController.class);
        routes.addBinding().to(CallPageController.class);
    }

    /** The mails link to this server's public address ({@code SYNEDRIO_PUBLIC_URL}). */
    @Provides
    @Singleton
    CfpMails cfpMails() {
        return new CfpMails(Configuration.publicUrl(System.getenv()));
    }
}
