package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase;
import gr.etwinning.synedrio.application.port.in.auth.ManageTokensUseCase;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.out.ClockPort;
import gr.etwinning.synedrio.application.port.out.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.SeatRepository;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.application.service.seat.SeatService;
import gr.etwinning.synedrio.application.port.out.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.PersonRepository;
import gr.etwinning.synedrio.application.port.out.SchemaPort;
import gr.etwinning.synedrio.application.port.out.TokenRepository;
import gr.etwinning.synedrio.application.port.out.TransactionPort;
import gr.etwinning.synedrio.application.service.auth.TokenService;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.database.DatabaseService;
import gr.etwinning.synedrio.application.service.dataset.DatasetImportService;
import gr.etwinning.synedrio.application.service.programme.ProgrammeService;

import java.time.Instant;

/** The application services, each bound to the use cases it implements. */
final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ListConferencesUseCase.class).to(ConferenceService.class);
        bind(GetConferenceUseCase.class).to(ConferenceService.class);
        bind(CreateConferenceUseCase.class).to(ConferenceService.class);
        bind(UpdateConferenceUseCase.class).to(ConferenceService.class);
        bind(GetProgrammeUseCase.class).to(ProgrammeService.class);
        bind(ReplaceProgrammeUseCase.class).to(ProgrammeService.class);
        bind(ImportDatasetUseCase.class).to(DatasetImportService.class);
        bind(CreateTokenUseCase.class).to(TokenService.class);
        bind(AuthenticateUseCase.class).to(TokenService.class);
        bind(ManageTokensUseCase.class).to(TokenService.class);
        bind(MigrateDatabaseUseCase.class).to(DatabaseService.class);
        bind(RegisterUseCase.class).to(RegistrationService.class);
        bind(GetRegistrationUseCase.class).to(RegistrationService.class);
        bind(UpdateRegistrationUseCase.class).to(RegistrationService.class);
        bind(ListRegistrationsUseCase.class).to(RegistrationService.class);
        bind(ImportRegistrationsUseCase.class).to(RegistrationService.class);
        bind(EraseParticipantUseCase.class).to(RegistrationService.class);
        bind(BookWorkshopUseCase.class).to(SeatService.class);
        bind(CancelBookingUseCase.class).to(SeatService.class);
        bind(ListWorkshopsUseCase.class).to(SeatService.class);
        bind(SetCapacityUseCase.class).to(SeatService.class);
        bind(SetBookingLimitUseCase.class).to(SeatService.class);
    }

    @Provides
    @Singleton
    ClockPort clock() {
        return Instant::now;
    }

    @Provides
    @Singleton
    ConferenceService conferenceService(ConferenceRepository conferences, TransactionPort transactions) {
        return new ConferenceService(conferences, transactions);
    }

    @Provides
    @Singleton
    ProgrammeService programmeService(ConferenceRepository conferences, PersonRepository persons,
                                      TransactionPort transactions) {
        return new ProgrammeService(conferences, persons, transactions);
    }

    @Provides
    @Singleton
    DatasetImportService datasetImportService(ConferenceRepository conferences, PersonRepository persons,
                                              TransactionPort transactions) {
        return new DatasetImportService(conferences, persons, transactions);
    }

    @Provides
    @Singleton
    TokenService tokenService(TokenRepository tokens, ClockPort clock) {
        return new TokenService(tokens, clock);
    }

    @Provides
    @Singleton
    DatabaseService databaseService(SchemaPort schema) {
        return new DatabaseService(schema);
    }

    @Provides
    @Singleton
    RegistrationService registrationService(ConferenceRepository conferences, RegistrationRepository registrations,
                                            SeatRepository seats, TransactionPort transactions, ClockPort clock) {
        return new RegistrationService(conferences, registrations, seats, transactions, clock);
    }

    @Provides
    @Singleton
    SeatService seatService(ConferenceRepository conferences, RegistrationRepository registrations,
                            SeatRepository seats, TransactionPort transactions, ClockPort clock) {
        return new SeatService(conferences, registrations, seats, transactions, clock);
    }
}
