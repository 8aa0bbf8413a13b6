package gr.etwinning.synedrio.application.service.evaluation;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.FakeTransactionPort;
import gr.etwinning.synedrio.application.fakes.InMemoryCommentRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryEvaluationRepository;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.EvaluationImportReport;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.ImportEvaluationsCommand;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase.EvaluationSummary;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort;
import gr.etwinning.synedrio.application.port.out.chart.SessionAttendancePort;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort.SurveyRow;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationServiceTest {

    private static final EditionNumber EDITION = EditionNumber.of(7);
    private static final List<String> QUESTIONS = List.of("Πόσο ικανοποιηθήκατε από το συνέδριο;",
            "Ποια μέρη παρακολουθήσατε;", "Βαθμίδα", "Σχόλια");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryEvaluationRepository evaluations = new InMemoryEvaluationRepository();
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository();
    private final FakeTransactionPort transactions = new FakeTransactionPort(evaluations, comments);
    /** Reads a "file" whose text is rows of tab-separated cells: time, e-mail, then the answers. */
    private final SurveyExportPort reader = (content, name, format, sink) -> {
        String text;
        try {
            text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        sink.questions(QUESTIONS, List.of(3, 4, 5, 6));
        int line = 1;
        for (String l : text.split("\n")) {
            line++;
            List<String> cells = new ArrayList<>(Arrays.asList(l.split("\t", -1)));
            sink.response(new SurveyRow(line, cells.get(0), cells.get(1).isEmpty() ? null : cells.get(1),
                    cells.subList(2, cells.size())));
        }
        return SurveyFormat.GOOGLE_CSV;
    };
    private final EvaluationService service = new EvaluationService(ports.conferences, evaluations, comments, reader,
            transactions);

    private static final String FILE = String.join("\n",
            "2021/11/21 10:15:03 π.μ. EET\tmaria@sch.gr\tΠάρα πολύ\tΟμιλίες;Εργαστήρια\tΠρωτοβάθμια\tΕξαιρετική οργάνωση!",
            "2021/11/21 10:16:40 π.μ. EET\tnikos@sch.gr\tΠολύ\tΕργαστήρια\tΔευτεροβάθμια\t",
            "2021/11/21 10:17:02 π.μ. EET\teleni@sch.gr\tΠΑΡΑ ΠΟΛΥ\tΟμιλίες\tΠρωτοβάθμια\tΠερισσότερα εργαστήρια, παρακαλώ",
            "2021/11/21 10:19:55 π.μ. EET\tkostas@sch.gr\tΜέτρια\tΟμιλίες;Εργαστήρια\tΔευτεροβάθμια\tΕξαιρετική οργάνωση!");

    @BeforeEach
    void anEditionExists() {
        ports.editions.add(EDITION);
    }

    private EvaluationImportReport importing(String file, Map<String, String> types) {
        return service.importEvaluations(new ImportEvaluationsCommand(7, "απαντήσεις.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), SurveyFormat.AUTO, types));
    }

    @Test
    void givenAGoogleFormsExportWhenImportedThenQuestionsTypedAndCountsExact() {
        evaluations.registrations.put("nikos@sch.gr", 41L);
        EvaluationImportReport report = importing(FILE, Map.of());
        assertThat(report.added()).isEqualTo(4);
        assertThat(report.registered()).isEqualTo(1);
        assertThat(report.questions()).extracting(q -> q.type()).containsExactly("likert", "checkbox", "choice",
                "text");
        EvaluationSummary s = service.summariseEvaluations(7);
        assertThat(s.responses()).isEqualTo(4);
        assertThat(s.registered()).isEqualTo(1);
        assertThat(s.questions().get(0).counts()).containsExactly(Map.entry("Καθόλου", 0L), Map.entry("Λίγο", 0L),
                Map.entry("Μέτρια", 1L), Map.entry("Πολύ", 1L), Map.entry("Πάρα πολύ", 2L));
        assertThat(s.questions().get(0).mean()).isEqualTo(4.25);
        assertThat(s.questions().get(0).median()).isEqualTo("Πολύ");
        assertThat(s.questions().get(1).counts()).containsExactly(Map.entry("Ομιλίες", 3L),
                Map.entry("Εργαστήρια", 3L));
        assertThat(s.questions().get(2).percentages()).containsEntry("Πρωτοβάθμια", 50.0);
        assertThat(s.questions().get(3).answered()).isEqualTo(3);
        assertThat(comments.list(EDITION)).extracting(EvaluationComment::text)
                .containsExactly("Εξαιρετική οργάνωση!", "Περισσότερα εργαστήρια, παρακαλώ");
        assertThat(comments.list(EDITION)).noneMatch(EvaluationComment::selected);
    }

    @Test
    void givenTheSameFileTwiceWhenImportedThenTheSecondChangesNothing() {
        importing(FILE, Map.of());
        EvaluationImportReport again = importing(FILE, Map.of());
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(4);
        assertThat(again.commentsAdded()).isZero();
        assertThat(evaluations.countResponses(EDITION)).isEqualTo(4);
        assertThat(comments.list(EDITION)).hasSize(2);
    }

    @Test
    void givenASecondFileWhenImportedThenItsNewResponsesAddAndItsCopiesAreRefused() {
        importing(FILE, Map.of());
        String second = FILE.lines().skip(3).findFirst().orElseThrow() + "\n"
                + "2021/11/22 09:00:00 π.μ. EET\tanna@sch.gr\tΛίγο\tΣτρογγυλή τράπεζα\tΠρωτοβάθμια\t\n"
                + "2021/11/22 09:00:00 π.μ. EET\tanna@sch.gr\tΛίγο\tΣτρογγυλή τράπεζα\tΠρωτοβάθμια\t";
        EvaluationImportReport report = importing(second, Map.of());
        assertThat(report.alreadyStored()).isEqualTo(1);
        assertThat(report.duplicatesInFile()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        EvaluationSummary s = service.summariseEvaluations(7);
        assertThat(s.responses()).isEqualTo(5);
        assertThat(s.questions().get(1).counts()).containsEntry("Στρογγυλή τράπεζα", 1L)
                .containsEntry("Ομιλίες", 3L);
        assertThat(s.questions().get(0).counts()).containsEntry("Λίγο", 1L);
    }

    @Test
    void givenTwoAnonymousIdenticalResponsesInTheSameMinuteWhenImportedTwiceThenBothCountOnce() {
        String twins = "1/14/2026 15:02\t\tΠολύ\tΟμιλίες\tΠρωτοβάθμια\t\n"
                + "1/14/2026 15:02\t\tΠολύ\tΟμιλίες\tΠρωτοβάθμια\t\n"
                + "1/14/2026 15:03\t\tΛίγο\tΟμιλίες\tΠρωτοβάθμια\t";
        assertThat(importing(twins, Map.of("Ποια μέρη παρακολουθήσατε;", "checkbox")).added()).isEqualTo(3);
        EvaluationImportReport again = importing(twins, Map.of());
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(3);
    }

    @Test
    void givenAnAnswerOffTheScaleWhenImportedThenRefusedNamingLineAndColumnAndNothingStored() {
        importing(FILE, Map.of());
        String broken = "2021/11/23 11:00:00 π.μ. EET\ta@sch.gr\tΊσως\tΟμιλίες\tΠρωτοβάθμια\t";
        assertThatThrownBy(() -> importing(broken, Map.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("line 2, column 3").hasMessageContaining("Ίσως");
        assertThat(evaluations.countResponses(EDITION)).isEqualTo(4);
        assertThat(transactions.rollbacks()).isEqualTo(1);
    }

    @Test
    void givenAnOverrideWhenImportedThenTheOperatorsTypeWins() {
        EvaluationImportReport report = importing(FILE, Map.of("ΒΑΘΜΙΔΑ", "text"));
        assertThat(report.questions().get(2).type()).isEqualTo("text");
        assertThat(comments.list(EDITION)).extracting(EvaluationComment::text).contains("Πρωτοβάθμια");
        assertThatThrownBy(() -> importing(FILE, Map.of("Δεν υπάρχει", "likert")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("asks no question");
        assertThatThrownBy(() -> importing(FILE, Map.of("Βαθμίδα", "likert")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot become likert");
    }

    @Test
    void givenAnOverrideToLikertOfWordsOnNoScaleWhenImportedThenTheFirstOffendingLineIsNamed() {
        assertThatThrownBy(() -> importing(FILE, Map.of("Βαθμίδα", "likert")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 2, column 5")
                .hasMessageContaining("Πρωτοβάθμια");
    }

    @Test
    void givenNoEditionWhenImportedOrSummarisedThenNotFound() {
        assertThatThrownBy(() -> service.summariseEvaluations(8)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.importEvaluations(new ImportEvaluationsCommand(8, "x.csv",
                new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), SurveyFormat.AUTO, Map.of())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenImportedResponsesWhenFiguresCountedThenEvaluationsCountIsTheirNumber() {
        EvaluationFigures figures = new EvaluationFigures(evaluations);
        assertThat(figures.count(EDITION)).isEmpty();
        importing(FILE, Map.of());
        assertThat(figures.count(EDITION)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("evaluations.count");
            assertThat(f.value()).isEqualTo(4);
            assertThat(f.description()).contains("4 απαντήσεις της αξιολόγησης");
        });
    }

    @Test
    void givenResponsesAndAttendanceWhenChartsListedThenOnePerKindInReportOrder() {
        importing(FILE, Map.of());
        List<ChartRendererPort.Chart> drawn = new ArrayList<>();
        ChartService charts = new ChartService(service, edition -> List.of(
                new SessionAttendancePort.SessionAttendance("d1-opening", "Έναρξη", 600)), chart -> {
                    drawn.add(chart);
                    return "<svg/>";
                });
        assertThat(charts.charts(7)).extracting(c -> c.name()).containsExactly("likert", "question-2",
                "question-3", "attendance");
        assertThat(charts.chartSvg(7, "likert")).isEqualTo("<svg/>");
        assertThat(drawn.get(0)).isInstanceOf(ChartRendererPort.StackedBars.class);
        assertThatThrownBy(() -> charts.chartSvg(7, "question-4")).isInstanceOf(NotFoundException.class);
    }
}
