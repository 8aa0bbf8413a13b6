package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import gr.etwinning.synedrio.adapter.in.web.AttendanceController;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.out.files.attendance.PlatformAttendanceReader;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.JooqAttendanceRepository;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceReportReader;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.application.service.attendance.AttendanceFigures;
import gr.etwinning.synedrio.application.service.attendance.AttendanceService;

/**
 * Attendance, as one vertical slice: the service and its use cases, the platform readers of the files adapter, the
 * jOOQ repository (which also answers {@link AttendanceTotals} for certificates) and the API's routes. A module of
 * its own, so that the feature joins the composition root in one line.
 */
final class AttendanceModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(JooqAttendanceRepository.class).in(Singleton.class);
        bind(AttendanceRepository.class).to(JooqAttendanceRepository.class);
        bind(AttendanceTotals.class).to(JooqAttendanceRepository.class);
        bind(PlatformAttendanceReader.class).in(Singleton.class);
        bind(AttendanceService.class).in(Singleton.class);
        bind(AttendanceFigures.class).in(Singleton.class);
        bind(ImportAttendanceUseCase.class).to(AttendanceService.class);
        bind(ShowAttendanceUseCase.class).to(AttendanceService.class);
        bind(AttendanceReportReader.class).to(PlatformAttendanceReader.class);
        Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(AttendanceController.class);
        // the report's counted figures (participants per day, per session, in workshops), beside the recorded ones
        Multibinder.newSetBinder(binder(), CountedFigureSource.class).addBinding().to(AttendanceFigures.class);
    }

}
