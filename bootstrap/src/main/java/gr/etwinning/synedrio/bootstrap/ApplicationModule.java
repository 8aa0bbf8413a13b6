package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase;
import gr.etwinning.synedrio.application.port.in.comment.ListCommentsUseCase;
import gr.etwinning.synedrio.application.port.in.comment.SelectCommentUseCase;
import gr.etwinning.synedrio.application.port.in.figure.ListFiguresUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RemoveFigureUseCase;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase;
import gr.etwinning.synedrio.application.port.in.report.GetReportModelUseCase;
import gr.etwinning.synedrio.application.service.report.CommentService;
import gr.etwinning.synedrio.application.service.report.FigureService;
import gr.etwinning.synedrio.application.service.report.ReportCharts;
import gr.etwinning.synedrio.application.service.report.ReportService;
import gr.etwinning.synedrio.application.service.report.CountedFigures;
import gr.etwinning.synedrio.application.service.report.FigureChoiceService;
import gr.etwinning.synedrio.application.service.registration.RegistrationFigures;
import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository;
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
import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.ListAmbassadorsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetPrizesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.SetPrizePolicyUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ListContestsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase;
import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.service.ambassador.AmbassadorService;
import gr.etwinning.synedrio.application.service.contest.ContestService;
import gr.etwinning.synedrio.application.service.school.SchoolService;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ExportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsFileUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.service.registration.RegistrationFileService;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.application.service.seat.SeatService;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.service.auth.TokenService;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.database.DatabaseService;
import gr.etwinning.synedrio.application.service.dataset.DatasetImportService;
import gr.etwinning.synedrio.application.service.programme.ProgrammeCheckService;
import gr.etwinning.synedrio.application.service.programme.ProgrammeService;
import gr.etwinning.synedrio.application.service.schedule.ScheduleService;
import gr.etwinning.synedrio.application.service.search.SearchService;

import gr.etwinning.synedrio.application.port.in.mail.MailStatusUseCase;
import gr.etwinning.synedrio.application.port.in.mail.RetryMailUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import gr.etwinning.synedrio.application.port.out.mail.MailAttachments;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;
import gr.etwinning.synedrio.application.port.out.mail.MailTexts;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.mail.OutboxQueue;
import gr.etwinning.synedrio.application.service.mail.MailDeliveryService;
import gr.etwinning.synedrio.application.service.registration.RegistrationMails;

import java.time.Duration;
import java.time.Instant;

/**
 * The application services, each bound to the use cases it implements. Guice makes each service through its
 * {@code @Inject} constructor, as a singleton ({@code @Singleton} on the class).
 */
final class ApplicationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(RegistrationFigures.class).in(Singleton.class);
        bind(ListConferencesUseCase.class).to(ConferenceService.class);
        bind(gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase.class)
                .to(gr.etwinning.synedrio.application.service.cache.DataVersionService.class);
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
        bind(ImportAwardsUseCase.class).to(ContestService.class);
        bind(ReplaceAwardsUseCase.class).to(ContestService.class);
        bind(GetAwardsUseCase.class).to(ContestService.class);
        bind(ListContestsUseCase.class).to(ContestService.class);
        bind(GetPrizesUseCase.class).to(ContestService.class);
        bind(SetPrizePolicyUseCase.class).to(ContestService.class);
        bind(ListSchoolsUseCase.class).to(SchoolService.class);
        bind(ListAmbassadorsUseCase.class).to(AmbassadorService.class);
        bind(AddAmbassadorUseCase.class).to(AmbassadorService.class);
        bind(CheckProgrammeUseCase.class).to(ProgrammeCheckService.class);
        bind(ExportScheduleUseCase.class).to(ScheduleService.class);
        bind(ImportScheduleUseCase.class).to(ScheduleService.class);
        bind(SearchUseCase.class).to(SearchService.class);
        bind(RecordFigureUseCase.class).to(FigureService.class);
        bind(ListFiguresUseCase.class).to(FigureService.class);
        bind(RemoveFigureUseCase.class).to(FigureService.class);
        bind(AddCommentUseCase.class).to(CommentService.class);
        bind(ListCommentsUseCase.class).to(CommentService.class);
        bind(SelectCommentUseCase.class).to(CommentService.class);
        bind(GenerateReportUseCase.class).to(ReportService.class);
        bind(GetReportModelUseCase.class).to(ReportService.class);
        bind(RegisterUseCase.class).to(RegistrationService.class);
        bind(GetRegistrationUseCase.class).to(RegistrationService.class);
        bind(gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase.class)
                .to(gr.etwinning.synedrio.application.service.registration.MyRegistrationService.class);
        bind(UpdateRegistrationUseCase.class).to(RegistrationService.class);
        bind(ListRegistrationsUseCase.class).to(RegistrationService.class);
        bind(ImportRegistrationsUseCase.class).to(RegistrationService.class);
        bind(ImportRegistrationsFileUseCase.class).to(RegistrationFileService.class);
        bind(ExportRegistrationsUseCase.class).to(RegistrationFileService.class);
        bind(EraseParticipantUseCase.class).to(RegistrationService.class);
        bind(BookWorkshopUseCase.class).to(SeatService.class);
        bind(CancelBookingUseCase.class).to(SeatService.class);
        bind(ListWorkshopsUseCase.class).to(SeatService.class);
        bind(SetCapacityUseCase.class).to(SeatService.class);
        bind(SetBookingLimitUseCase.class).to(SeatService.class);
        bind(SendMailUseCase.class).to(MailDeliveryService.class);
        bind(MailStatusUseCase.class).to(MailDeliveryService.class);
        bind(RetryMailUseCase.class).to(MailDeliveryService.class);
        bind(MailTexts.class).to(gr.etwinning.synedrio.application.service.registration.RegistrationMailTexts.class);
        bind(ChooseFigureSourceUseCase.class).to(FigureChoiceService.class);
        com.google.inject.multibindings.Multibinder<CountedFigureSource> counted =
                com.google.inject.multibindings.Multibinder.newSetBinder(binder(), CountedFigureSource.class);
        counted.addBinding().to(RegistrationFigures.class);
    }

    @Provides
    @Singleton
    MailDeliveryService mailDeliveryService(OutboxQueue queue, MailSenderPort sender, MailAttachments attachments,
                                            MailTexts texts,
                                            gr.etwinning.synedrio.application.service.registration.RegistrationMailJobs
                                                    owed,
                                            TransactionPort transactions, ClockPort clock) {
        // what a registrations import owes (its mail job) is queued as the outbox empties
        return new MailDeliveryService(queue, sender, attachments, texts, owed, transactions, clock,
                Duration.ofMinutes(5));
    }

    @Provides
    @Singleton
    ClockPort clock() {
        return Instant::now;
    }

    /** The registration mails link to this server's public address ({@code SYNEDRIO_PUBLIC_URL}). */
    @Provides
    @Singleton
    RegistrationMails registrationMails() {
        return new RegistrationMails(Configuration.publicUrl(System.getenv()));
    }

    /** Every feature that counts a figure of the report contributes its source here (attendance, evaluations…). */
    @Provides
    @Singleton
    CountedFigures countedFigures(java.util.Set<CountedFigureSource> sources) {
        return new CountedFigures(sources);
    }
}
