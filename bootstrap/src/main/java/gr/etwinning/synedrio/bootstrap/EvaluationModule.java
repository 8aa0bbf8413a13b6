package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import gr.etwinning.synedrio.adapter.in.web.EvaluationController;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.out.files.chart.SvgChartRenderer;
import gr.etwinning.synedrio.adapter.out.files.evaluation.SurveyExportReader;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.JooqEvaluationRepository;
import gr.etwinning.synedrio.application.port.in.evaluation.GetChartUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort;
import gr.etwinning.synedrio.application.port.out.chart.SessionAttendancePort;
import gr.etwinning.synedrio.application.port.out.evaluation.EvaluationRepository;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;
import gr.etwinning.synedrio.application.service.evaluation.ChartService;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.application.service.evaluation.EvaluationFigures;
import gr.etwinning.synedrio.application.service.evaluation.EvaluationService;
import gr.etwinning.synedrio.application.service.evaluation.ReportChartsService;
import gr.etwinning.synedrio.application.service.report.ReportCharts;

/**
 * The evaluations feature, whole: its use cases and services, the survey reader and the chart renderer of the files
 * adapter, its repository, its routes, and what the report takes from it (the counted {@code evaluations.count},
 * through the counted-figures multibinder, and the charts). Attendance per session comes through
 * {@link SessionAttendancePort}, bound to "none imported" until the attendance feature binds its own.
 */
final class EvaluationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(EvaluationService.class).in(Singleton.class);
        bind(ChartService.class).in(Singleton.class);
        bind(ReportChartsService.class).in(Singleton.class);
        bind(EvaluationFigures.class).in(Singleton.class);
        bind(EvaluationRepository.class).to(JooqEvaluationRepository.class).in(Singleton.class);
        bind(SurveyExportPort.class).to(SurveyExportReader.class).in(Singleton.class);
        bind(ChartRendererPort.class).to(SvgChartRenderer.class).in(Singleton.class);
        bind(ImportEvaluationsUseCase.class).to(EvaluationService.class);
        bind(SummariseEvaluationsUseCase.class).to(EvaluationService.class);
        bind(GetChartUseCase.class).to(ChartService.class);
        bind(ReportCharts.class).to(ReportChartsService.class);
        Multibinder.newSetBinder(binder(), CountedFigureSource.class).addBinding().to(EvaluationFigures.class);
        bind(SessionAttendancePort.class).toInstance(SessionAttendancePort.NONE);
        Multibinder.newSetBinder(binder(), RouteContributor.class).addBinding().to(EvaluationController.class);
    }

}
