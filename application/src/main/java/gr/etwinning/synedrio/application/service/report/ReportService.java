package gr.etwinning.synedrio.application.service.report;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase;
import gr.etwinning.synedrio.application.port.in.report.GetReportModelUseCase;
import gr.etwinning.synedrio.application.port.in.report.ReportData;
import gr.etwinning.synedrio.application.port.in.report.ReportFormat;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.application.port.out.figure.FigureRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.report.ReportRendererPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository;
import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureSource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The summary report: gathers the edition, its programme and the people it names, the contest it presented, its
 * recorded figures, the figures Synedrio counted ({@link CountedFigures}: a recorded figure stands unless the
 * operator chose the counted one) and chosen comments, and the previous edition when there is one, into one
 * {@link ReportModel}
 * ({@link ReportModelBuilder}); then has the operators' template render it.
 */
@Singleton
public final class ReportService implements GenerateReportUseCase, GetReportModelUseCase {

    private static final Pattern GAP = Pattern.compile("\\[λείπει: ([^\\]\\s]+)\\]");

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final ContestRepository contests;
    private final FigureRepository figures;
    private final CommentRepository comments;
    private final CountedFigures counted;
    private final FigureChoiceRepository choices;
    private final ReportRendererPort renderer;
    private final TransactionPort transactions;
    private final ReportCharts charts;

    public ReportService(ConferenceRepository conferences, PersonRepository persons, ContestRepository contests,
                         FigureRepository figures, CommentRepository comments,
                         CountedFigures counted, FigureChoiceRepository choices, ReportRendererPort renderer,
                         TransactionPort transactions) {
        this(conferences, persons, contests, figures, comments, counted, choices, renderer, transactions,
                ReportCharts.NONE);
    }

    /** @param charts the charts shown with the evaluations (drawn by the evaluations feature) */
    @Inject
    public ReportService(ConferenceRepository conferences, PersonRepository persons, ContestRepository contests,
                         FigureRepository figures, CommentRepository comments,
                         CountedFigures counted, FigureChoiceRepository choices, ReportRendererPort renderer,
                         TransactionPort transactions, ReportCharts charts) {
        this.charts = Objects.requireNonNull(charts, "'charts' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.contests = Objects.requireNonNull(contests, "'contests' must not be null");
        this.figures = Objects.requireNonNull(figures, "'figures' must not be null");
        this.comments = Objects.requireNonNull(comments, "'comments' must not be null");
        this.counted = Objects.requireNonNull(counted, "'counted' must not be null");
        this.choices = Objects.requireNonNull(choices, "'choices' must not be null");
        this.renderer = Objects.requireNonNull(renderer, "'renderer' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public ReportData generateReport(ReportQuery query) {
        ReportModel model = reportModel(query.edition());
        String content = renderer.render(model, query.format() == ReportFormat.HTML ? ReportRendererPort.Format.HTML
                : ReportRendererPort.Format.MARKDOWN, query.template(), query.templateName());
        return new ReportData(content, query.format().mediaType(), gaps(content));
    }

    @Override
    public ReportModel reportModel(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.reading(() -> {
            Conference conference = conferences.find(e).orElseThrow(() -> new NotFoundException("edition " + e,
                    "there is no edition " + e));
            Optional<Contest> contest = contests.findPresentedAt(e);
            Optional<Conference> previous = edition > 1 ? conferences.find(EditionNumber.of(edition - 1))
                    : Optional.empty();
            List<Figure> previousFigures = previous.map(p -> figures.list(p.edition())).orElse(List.of());
            Map<String, Person> people = persons.findAll(conference.programme().people()).stream()
                    .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
            List<String> chosen = comments.list(e).stream().filter(EvaluationComment::selected)
                    .map(EvaluationComment::text).toList();
            Map<String, FigureSource> chosenSources = new java.util.HashMap<>();
            choices.list(e).forEach((key, source) -> chosenSources.put(key.value(), source));
            return new ReportModelBuilder(conference, people, figures.list(e), counted.of(e), chosenSources,
                    contest, chosen, previous, previousFigures).charts(charts.charts(e)).build();
        });
    }

    /** The keys of the gaps a rendered report shows, each once, in order of appearance. */
    static List<String> gaps(String content) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = GAP.matcher(content);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return List.copyOf(keys);
    }
}
