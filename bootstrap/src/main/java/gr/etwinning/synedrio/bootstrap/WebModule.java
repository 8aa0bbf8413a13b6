package gr.etwinning.synedrio.bootstrap;

import com.google.inject.Singleton;
import gr.etwinning.synedrio.adapter.in.web.ReportController;
import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase;
import gr.etwinning.synedrio.application.port.in.comment.ListCommentsUseCase;
import gr.etwinning.synedrio.application.port.in.comment.SelectCommentUseCase;
import gr.etwinning.synedrio.application.port.in.figure.ListFiguresUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RemoveFigureUseCase;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase;
import gr.etwinning.synedrio.application.port.in.report.GetReportModelUseCase;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import gr.etwinning.synedrio.adapter.in.cli.HttpServerPort;
import gr.etwinning.synedrio.adapter.in.web.AmbassadorController;
import gr.etwinning.synedrio.adapter.in.web.ConferenceController;
import gr.etwinning.synedrio.adapter.in.web.ContestController;
import gr.etwinning.synedrio.adapter.in.web.SchoolController;
import gr.etwinning.synedrio.adapter.in.web.HealthController;
import gr.etwinning.synedrio.adapter.in.web.ProgrammeController;
import gr.etwinning.synedrio.adapter.in.web.PublicPageController;
import gr.etwinning.synedrio.adapter.in.web.ScheduleController;
import gr.etwinning.synedrio.adapter.in.web.SearchController;
import gr.etwinning.synedrio.adapter.in.web.RegistrationController;
import gr.etwinning.synedrio.adapter.in.web.SeatsController;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.in.web.WebServer;
import gr.etwinning.synedrio.adapter.in.web.DocumentCache;
import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.ListAmbassadorsUseCase;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetPrizesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ListContestsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;

import gr.etwinning.synedrio.adapter.in.web.metrics.MetricsController;
import gr.etwinning.synedrio.adapter.in.web.metrics.MicrometerMetrics;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.application.port.out.metrics.BacklogPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;

import java.util.Set;

/**
 * The Javalin web adapter. Each feature's controller joins a multibinder of {@link RouteContributor}s; the
 * {@code serve} command starts the server through {@link HttpServerPort}.
 */
final class WebModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(MicrometerMetrics.class).in(Singleton.class);
        bind(MetricsPort.class).to(MicrometerMetrics.class);
        Multibinder<RouteContributor> routes = Multibinder.newSetBinder(binder(), RouteContributor.class);
        routes.addBinding().to(ConferenceController.class);
        routes.addBinding().to(ProgrammeController.class);
        routes.addBinding().to(HealthController.class);
        routes.addBinding().to(ContestController.class);
        routes.addBinding().to(SchoolController.class);
        routes.addBinding().to(AmbassadorController.class);
        routes.addBinding().to(ScheduleController.class);
        routes.addBinding().to(SearchController.class);
        routes.addBinding().to(PublicPageController.class);
        routes.addBinding().to(ReportController.class);
        routes.addBinding().to(gr.etwinning.synedrio.adapter.in.web.FigureChoiceController.class);
        routes.addBinding().to(RegistrationController.class);
        routes.addBinding().to(SeatsController.class);
        routes.addBinding().to(MetricsController.class);
        routes.addBinding().to(gr.etwinning.synedrio.adapter.in.web.CertificateController.class);
        routes.addBinding().to(gr.etwinning.synedrio.adapter.in.web.ParticipantPagesController.class);
    }

    /** How often one address may post the public forms (tests override it). */
    @Provides
    gr.etwinning.synedrio.adapter.in.web.FormLimits formLimits() {
        return gr.etwinning.synedrio.adapter.in.web.FormLimits.DEFAULT;
    }

    @Provides
    @Singleton
    gr.etwinning.synedrio.adapter.in.web.ParticipantPagesController participantPages(
            GetConferenceUseCase conference, RegisterUseCase register,
            gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase my,
            UpdateRegistrationUseCase update, BookWorkshopUseCase book, CancelBookingUseCase cancel,
            ListWorkshopsUseCase workshops, ListSchoolsUseCase schools, SearchUseCase search,
            gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase certificates,
            gr.etwinning.synedrio.application.port.out.mail.MailSenderPort mail,
            gr.etwinning.synedrio.adapter.in.web.FormLimits limits) {
        return new gr.etwinning.synedrio.adapter.in.web.ParticipantPagesController(conference, register, my, update,
                book, cancel, workshops, schools, search, certificates, () -> mail.unavailableReason() == null,
                limits);
    }

    @Provides
    WebServer server(Set<RouteContributor> contributors, AuthenticateUseCase authentication,
                     MicrometerMetrics metrics, Database database, DocumentCache cache) {
        // Only a running server counts retries and waits: one-shot commands have nobody to read them.
        database.reportTo(metrics);
        return new WebServer(contributors, authentication, metrics, cache,
                gr.etwinning.synedrio.adapter.in.web.ClientAddresses.trusting(
                        System.getenv("SYNEDRIO_TRUSTED_PROXIES")));
    }

    /**
     * The derived documents' cache, keyed by the versions the database holds; {@code SYNEDRIO_READ_CACHE=off}
     * makes every document at every request (for measuring what the cache gains).
     */
    @Provides
    @Singleton
    DocumentCache documentCache(GetDataVersionsUseCase versions) {
        return "off".equalsIgnoreCase(System.getenv("SYNEDRIO_READ_CACHE")) ? DocumentCache.none()
                : new DocumentCache(versions);
    }

    @Provides
    HttpServerPort httpServer(com.google.inject.Provider<WebServer> server) {
        return (host, port) -> {
            WebServer s = server.get().start(host, port);
            return new HttpServerPort.RunningServer() {
                @Override
                public int port() {
                    return s.port();
                }

                @Override
                public void close() {
                    s.close();
                }
            };
        };
    }
}
