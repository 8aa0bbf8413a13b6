package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.fakes.UnusedAwardsTables;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.FakeTransactionPort;
import gr.etwinning.synedrio.application.fakes.InMemoryCommentRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryFigureChoiceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryFigureRepository;
import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase.ChooseFigureSourceCommand;
import gr.etwinning.synedrio.application.service.registration.RegistrationFigures;
import gr.etwinning.synedrio.application.fakes.InMemoryPersonRepository;
import gr.etwinning.synedrio.application.port.in.comment.AddCommentUseCase.AddCommentCommand;
import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.application.port.in.dataset.EditionData;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase.ImportDatasetCommand;
import gr.etwinning.synedrio.application.port.in.figure.FigureData;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase.RecordFigureCommand;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase.ReportQuery;
import gr.etwinning.synedrio.application.port.in.report.ReportData;
import gr.etwinning.synedrio.application.port.in.report.ReportFormat;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.report.ReportRendererPort;
import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.application.service.contest.ContestService;
import gr.etwinning.synedrio.application.service.dataset.DatasetImportService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static gr.etwinning.synedrio.application.fixtures.DataFixtures.DAY_1;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.conference;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.dataset;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.smallSessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportServiceTest {

    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(persons);
    private final InMemoryFigureRepository figureRows = new InMemoryFigureRepository();
    private final InMemoryCommentRepository commentRows = new InMemoryCommentRepository();
    private final FakeTransactionPort transactions = new FakeTransactionPort(conferences, persons, figureRows,
            commentRows);
    private final InMemoryPorts contestPorts = new InMemoryPorts();
    private final FigureService figures = new FigureService(conferences, figureRows, transactions);
    private final CommentService comments = new CommentService(conferences, commentRows, transactions);
    /** Renders the few fields these tests look at, with a gap where the model has one. */
    private final ReportRendererPort renderer = (model, format, template, name) -> (template != null ? template : "")
            + "εγγραφές " + model.registrations().qualified() + "; ομιλίες " + model.totals().talks().feminine();
    /** How many registrations the stand-in registration store says it holds; the report reads nothing else. */
    private int registered;
    private final RegistrationRepository registrations = (RegistrationRepository) java.lang.reflect.Proxy
            .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RegistrationRepository.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("count")) {
                            return registered;
                        }
                        throw new IllegalStateException("the report reads no registration but their count");
                    });
    private final CountedFigures counted = new CountedFigures(List.of(new RegistrationFigures(registrations)));
    private final InMemoryFigureChoiceRepository choiceRows = new InMemoryFigureChoiceRepository();
    private final FigureChoiceService choices = new FigureChoiceService(conferences, figureRows, choiceRows, counted,
            transactions);
    private final ReportService reports = new ReportService(conferences, persons, contestPorts.contestRepository,
            figureRows, commentRows, counted, choiceRows, renderer, transactions);

    @BeforeEach
    void twoEditions() {
        new DatasetImportService(conferences, persons, transactions, new ContestService(
                contestPorts.contestRepository, conferences, contestPorts.schoolRepository, transactions,
                new UnusedAwardsTables()), figures,
                comments).importDataset(new ImportDatasetCommand(dataset(
                        new EditionData(conference(), new ProgrammeData(null, null, null, smallSessions(DAY_1))),
                        new EditionData(conference(8, DAY_1.plusYears(1)), null))));
    }

    private FigureData record(int edition, String key, long value, String qualifier) {
        return figures.recordFigure(new RecordFigureCommand(edition, new FigureData(key, value, qualifier, null,
                "Ημερολόγιο της ΕΥΥ", LocalDate.of(2024, 12, 1))));
    }

    @Test
    void theModelCountsTalksFromTheProgrammeAndWordsThemInGreek() {
        ReportModel model = reports.reportModel(7);

        assertThat(model.totals().talks().value()).isEqualTo(2);
        assertThat(model.totals().talks().feminine()).isEqualTo("δύο (2)");
        assertThat(model.days()).hasSize(3);
        assertThat(model.days().get(0).weekday()).isEqualTo("Παρασκευή");
        assertThat(model.days().get(0).opensConference()).isTrue();
        assertThat(model.days().get(1).parallelDay()).isTrue();
        assertThat(model.days().get(1).levels()).isEqualTo("Πρωτοβάθμιας");
        assertThat(model.days().get(1).span()).isEqualTo("5.00 μμ μέχρι 7.00 μμ");
        assertThat(model.dates()).isEqualTo("29 Νοεμβρίου έως 1 Δεκεμβρίου 2024");
        assertThat(model.provenance()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("talks.total");
            assertThat(p.counted()).isTrue();
        });
    }

    @Test
    void aRecordedFigureKeepsItsQualifierAndSourceAndAMissingOneIsAGapNeverZero() {
        record(7, "registrations", 7000, "more-than");

        ReportModel model = reports.reportModel(7);

        assertThat(model.registrations().qualified()).isEqualTo("πάνω από 7.000");
        assertThat(model.registrations().moreThan()).isTrue();
        assertThat(model.evaluations().count().missing()).isTrue();
        assertThat(model.evaluations().count().number()).isEqualTo("[λείπει: evaluations.count]");
        assertThat(model.provenance()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("registrations");
            assertThat(p.source()).isEqualTo("Ημερολόγιο της ΕΥΥ");
            assertThat(p.asOf()).isEqualTo("01-12-2024");
        });
    }

    @Test
    void theRenderedReportListsTheGapsItShows() {
        ReportData report = reports.generateReport(new ReportQuery(7, ReportFormat.MD));

        assertThat(report.content()).contains("εγγραφές [λείπει: registrations]");
        assertThat(report.missing()).containsExactly("registrations");
        assertThat(report.mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void anEditionWithoutAProgrammeShowsItsCountsAsMissing() {
        ReportData report = reports.generateReport(new ReportQuery(8, ReportFormat.HTML));

        assertThat(report.missing()).containsExactly("registrations", "programme");
    }

    @Test
    void whenThePreviousEditionIsRecordedTheChangeIsStatedWithSignAndPercent() {
        record(7, "registrations", 6000, "exact");
        record(8, "registrations", 7000, "approximately");

        ReportModel model = reports.reportModel(8);

        assertThat(model.yearOverYear().known()).isTrue();
        assertThat(model.yearOverYear().previousEdition()).isEqualTo(7);
        assertThat(model.yearOverYear().registrations().difference()).isEqualTo("+1.000");
        assertThat(model.yearOverYear().registrations().percent()).isEqualTo("+16,7%");
        assertThat(model.yearOverYear().registrations().previous()).isEqualTo("6.000");
        assertThat(model.yearOverYear().registrations().current()).isEqualTo("περίπου 7.000");
        assertThat(model.yearOverYear().talks().known()).isFalse();
        assertThat(reports.reportModel(7).yearOverYear().known()).isFalse();
    }

    @Test
    void aFigureOfADayOrSessionTheEditionLacksIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> record(7, "stream.day4.live-viewers", 600, "approximately"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has 3 day(s), not a day 4");
        assertThatThrownBy(() -> record(7, "participants.d7-nowhere", 10, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no session 'd7-nowhere'");
        assertThatThrownBy(() -> record(99, "registrations", 10, null)).isInstanceOf(NotFoundException.class)
                .hasMessage("there is no edition 99");
        assertThat(figures.listFigures(7)).isEmpty();
    }

    @Test
    void aFigureIsReplacedByKeyAndRemovedOnce() {
        record(7, "registrations", 6900, "approximately");
        record(7, "registrations", 7000, "more-than");

        assertThat(figures.listFigures(7)).extracting(FigureData::display).containsExactly("7.000");
        figures.removeFigure(7, "registrations");
        assertThatThrownBy(() -> figures.removeFigure(7, "registrations")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no figure 'registrations'");
    }

    @Test
    void commentsAreNumberedASecondCopyIsRefusedAndOnlyChosenOnesReachTheReport() {
        CommentData first = comments.addComment(new AddCommentCommand(7, "Εξαιρετικά τα εργαστήρια!", false));
        comments.addComment(new AddCommentCommand(7, "Ευχαριστούμε που μας κάνετε \"καλύτερους\"!", true));

        assertThat(first.number()).isEqualTo(1);
        assertThatThrownBy(() -> comments.addComment(new AddCommentCommand(7, " Εξαιρετικά τα εργαστήρια! ", true)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("as number 1");
        assertThat(reports.reportModel(7).evaluations().comments())
                .containsExactly("Ευχαριστούμε που μας κάνετε \"καλύτερους\"!");

        comments.selectComments(7, List.of(1), true);
        assertThat(comments.listComments(7, true)).extracting(CommentData::number).containsExactly(1, 2);
        assertThatThrownBy(() -> comments.selectComments(7, List.of(2, 5), false))
                .isInstanceOf(NotFoundException.class).hasMessage("edition 7 has no comment 5");
        assertThat(comments.listComments(7, true)).hasSize(2);
    }

    @Test
    void anUnknownEditionHasNoReport() {
        assertThatThrownBy(() -> reports.generateReport(new ReportQuery(42, ReportFormat.MD)))
                .isInstanceOf(NotFoundException.class).hasMessage("there is no edition 42");
        assertThat(List.of()).isEmpty();
    }

    @Test
    void givenRegistrationsHeldAndNothingRecordedWhenReportingThenTheCountedFigureIsUsed() {
        registered = 7412;

        ReportModel model = reports.reportModel(7);

        assertThat(model.registrations().qualified()).isEqualTo("7.412");
        assertThat(model.provenance()).filteredOn(p -> p.key().equals("registrations")).singleElement()
                .satisfies(p -> {
                    assertThat(p.counted()).isTrue();
                    assertThat(p.how()).contains("εγγραφές");
                });
    }

    @Test
    void givenNoRegistrationsHeldWhenReportingThenTheRecordedFigureIsUsed() {
        registered = 0;
        record(7, "registrations", 7000, "more-than");

        ReportModel model = reports.reportModel(7);

        assertThat(model.registrations().qualified()).isEqualTo("πάνω από 7.000");
        assertThat(model.provenance()).filteredOn(p -> p.key().equals("registrations")).singleElement()
                .satisfies(p -> assertThat(p.counted()).isFalse());
    }

    @Test
    void givenARecordedFigureAndOneTestRegistrationWhenReportingThenTheRecordedFigureStandsWithTheCountBesideIt() {
        record(7, "registrations", 7000, "more-than");
        registered = 1;

        ReportModel model = reports.reportModel(7);

        assertThat(model.registrations().qualified()).isEqualTo("πάνω από 7.000");
        assertThat(model.provenance()).filteredOn(p -> p.key().equals("registrations")).singleElement()
                .satisfies(p -> {
                    assertThat(p.counted()).isFalse();
                    assertThat(p.countedBeside()).isTrue();
                    assertThat(p.countedValue()).isEqualTo("1");
                    assertThat(p.countedHow()).isEqualTo("καταμετρήθηκε από μία εγγραφή στο Synedrio");
                });
    }

    @Test
    void givenTheOperatorChoseCountedWhenReportingThenTheCountIsUsedAndChoosingRecordedAgainRestoresTheFigure() {
        record(7, "registrations", 7000, "more-than");
        registered = 7412;

        var chosen = choices.choose(new ChooseFigureSourceCommand(7, "registrations", "counted"));
        assertThat(chosen.used()).isEqualTo("counted");
        assertThat(chosen.recorded()).isEqualTo("πάνω από 7.000");
        assertThat(chosen.counted()).isEqualTo("7.412");
        assertThat(reports.reportModel(7).registrations().qualified()).isEqualTo("7.412");
        assertThat(reports.reportModel(8).registrations().qualified()).as("another edition is not affected")
                .isNotEqualTo("πάνω από 7.000");

        choices.choose(new ChooseFigureSourceCommand(7, "registrations", "recorded"));
        assertThat(reports.reportModel(7).registrations().qualified()).isEqualTo("πάνω από 7.000");
    }

    @Test
    void aChoiceIsRefusedForAnUnknownEditionKeyOrWord() {
        assertThatThrownBy(() -> choices.choose(new ChooseFigureSourceCommand(42, "registrations", "counted")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> choices.choose(new ChooseFigureSourceCommand(7, "no-such-key", "counted")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> choices.choose(new ChooseFigureSourceCommand(7, "registrations", "both")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'counted' or 'recorded'");
    }
}
