package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import gr.etwinning.synedrio.adapter.in.cli.HttpServerPort;
import gr.etwinning.synedrio.adapter.in.web.ConferenceController;
import gr.etwinning.synedrio.adapter.in.web.HealthController;
import gr.etwinning.synedrio.adapter.in.web.ProgrammeController;
import gr.etwinning.synedrio.adapter.in.web.RegistrationController;
import gr.etwinning.synedrio.adapter.in.web.SeatsController;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.in.web.WebServer;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;

import java.util.Set;

/**
 * The Javalin web adapter. Each feature's controller joins a multibinder of {@link RouteContributor}s; the
 * {@code serve} command starts the server through {@link HttpServerPort}.
 */
final class WebModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<RouteContributor> routes = Multibinder.newSetBinder(binder(), RouteContributor.class);
        routes.addBinding().to(ConferenceController.class);
        routes.addBinding().to(ProgrammeController.class);
        routes.addBinding().to(HealthController.class);
        routes.addBinding().to(RegistrationController.class);
        routes.addBinding().to(SeatsController.class);
    }

    @Provides
    ConferenceController conferences(ListConferencesUseCase list, GetConferenceUseCase get,
                                     CreateConferenceUseCase create, UpdateConferenceUseCase update) {
        return new ConferenceController(list, get, create, update);
    }

    @Provides
    ProgrammeController programme(GetProgrammeUseCase get, ReplaceProgrammeUseCase replace) {
        return new ProgrammeController(get, replace);
    }

    @Provides
    HealthController health(ListConferencesUseCase conferences) {
        return new HealthController(conferences);
    }

    @Provides
    RegistrationController registrations(RegisterUseCase register, GetRegistrationUseCase get,
                                         UpdateRegistrationUseCase update, ListRegistrationsUseCase list,
                                         BookWorkshopUseCase book, CancelBookingUseCase cancel) {
        return new RegistrationController(register, get, update, list, book, cancel);
    }

    @Provides
    SeatsController seats(ListWorkshopsUseCase list, SetCapacityUseCase capacity, SetBookingLimitUseCase limit) {
        return new SeatsController(list, capacity, limit);
    }

    @Provides
    WebServer server(Set<RouteContributor> contributors, AuthenticateUseCase authentication) {
        return new WebServer(contributors, authentication);
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
