package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.adapter.out.files.awards.AwardsTables;
import gr.etwinning.synedrio.adapter.out.files.registration.RegistrationCsv;
import gr.etwinning.synedrio.adapter.out.files.report.MustacheReportRenderer;
import gr.etwinning.synedrio.adapter.out.files.schedule.ScheduleCodecs;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort;
import gr.etwinning.synedrio.application.port.out.report.ReportRendererPort;
import gr.etwinning.synedrio.application.port.out.contest.AwardsTablePort;
import gr.etwinning.synedrio.application.port.out.schedule.ScheduleCodecPort;

/** The files adapter: every file format's port bound to its reader and writer. */
final class FilesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(AwardsTablePort.class).to(AwardsTables.class).in(Singleton.class);
        bind(RegistrationFilePort.class).to(RegistrationCsv.class).in(Singleton.class);
        bind(ScheduleCodecPort.class).to(ScheduleCodecs.class).in(Singleton.class);
    }

    /** The report's templates: built in, or an operator's from SYNEDRIO_TEMPLATES, read at every call. */
    @Provides
    @Singleton
    ReportRendererPort reportRenderer() {
        return new MustacheReportRenderer(Configuration.templates(System.getenv()));
    }
}
