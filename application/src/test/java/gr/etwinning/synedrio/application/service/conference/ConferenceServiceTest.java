package gr.etwinning.synedrio.application.service.conference;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.FakeTransactionPort;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryPersonRepository;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase.CreateConferenceCommand;
import gr.etwinning.synedrio.application.port.in.conference.DayData;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase.UpdateConferenceCommand;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase.ReplaceProgrammeCommand;
import gr.etwinning.synedrio.application.service.programme.ProgrammeService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static gr.etwinning.synedrio.application.fixtures.DataFixtures.DAY_1;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.DAY_2;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.DAY_3;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.EDITION;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.conference;
import static gr.etwinning.synedrio.application.fixtures.DataFixtures.smallProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class ConferenceServiceTest {

    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(persons);
    private final FakeTransactionPort transactions = new FakeTransactionPort(conferences, persons);
    private final ConferenceService service = new ConferenceService(conferences, transactions);

    private static ConferenceData withTitle(ConferenceData d, String title, Integer edition, Long version) {
        return new ConferenceData(edition, title, d.theme(), d.startDate(), d.endDate(), d.mode(), d.organiser(),
                d.venue(), d.timeZone(), d.days(), version);
    }

    private static ConferenceData withDates(ConferenceData d, LocalDate start, LocalDate end) {
        return new ConferenceData(d.edition(), d.title(), d.theme(), start, end, d.mode(), d.organiser(), d.venue(),
                d.timeZone(), List.of(), d.version());
    }

    private ConferenceData create() {
        return service.createConference(new CreateConferenceCommand(conference()));
    }

    @Test
    void givenNoEditionWhenCreatingThenItIsStoredAtVersionOneWithAnEmptyProgramme() {
        ConferenceData created = create();

        assertThat(created.version()).isEqualTo(1L);
        assertThat(created.edition()).isEqualTo(EDITION);
        assertThat(created.title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(conferences.versionOf(EDITION)).isEqualTo(1L);
        var stored = conferences.find(EditionNumber.of(EDITION)).orElseThrow();
        assertThat(stored.details().title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(stored.details().mode()).isEqualTo(ConferenceMode.ONLINE);
        assertThat(stored.programme().sessions()).isEmpty();
    }

    @Test
    void givenDatesAndOneLabelledDayWhenCreatingThenEveryDayIsReturnedWithTheLabelKept() {
        ConferenceData created = create();

        assertThat(created.days()).containsExactly(new DayData(DAY_1, "Ημέρα 1: έναρξη"), new DayData(DAY_2, null),
                new DayData(DAY_3, null));
        assertThat(created.timeZone()).isEqualTo("Europe/Athens");
        assertThat(created.mode()).isEqualTo("online");
    }

    @Test
    void givenAnExistingEditionWhenCreatingItAgainThenConflictAndTheStoredEditionIsKept() {
        create();
        ConferenceData other = withTitle(conference(), "Άλλος τίτλος", EDITION, null);

        assertThatThrownBy(() -> service.createConference(new CreateConferenceCommand(other)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("edition 7 exists already")
                .hasMessageContaining("change it with an update instead");
        assertThat(service.getConference(EDITION).title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(conferences.versionOf(EDITION)).isEqualTo(1L);
    }

    @Test
    void givenNoEditionNumberWhenCreatingThenInvalidValue() {
        ConferenceData noEdition = withTitle(conference(), "Συνέδριο", null, null);

        assertThatThrownBy(() -> service.createConference(new CreateConferenceCommand(noEdition)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("edition is missing");
        assertThat(conferences.size()).isZero();
    }

    @Test
    void givenAnEndBeforeTheStartWhenCreatingThenInvalidValueAndNothingStored() {
        ConferenceData backwards = withDates(conference(), DAY_3, DAY_1);

        assertThatThrownBy(() -> service.createConference(new CreateConferenceCommand(backwards)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(conferences.size()).isZero();
    }

    @Test
    void givenAnUnknownModeOrTimeZoneWhenCreatingThenInvalidValueNamingTheField() {
        ConferenceData d = conference();
        ConferenceData badMode = new ConferenceData(EDITION, d.title(), null, DAY_1, DAY_3, "διαδικτυακό", null,
                null, null, null, null);
        ConferenceData badZone = new ConferenceData(EDITION, d.title(), null, DAY_1, DAY_3, "hybrid", null, null,
                "Ελλάδα/Αθήνα", null, null);

        assertThatThrownBy(() -> service.createConference(new CreateConferenceCommand(badMode)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> service.createConference(new CreateConferenceCommand(badZone)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("time zone");
    }

    @Test
    void givenTheCurrentVersionWhenUpdatingThenTheDetailsAreRevisedAndTheVersionGoesUp() {
        create();
        ConferenceData revised = withTitle(conference(), "7ο Πανελλήνιο Συνέδριο eTwinning: «Μαζί»", EDITION, null);

        ConferenceData result = service.updateConference(new UpdateConferenceCommand(EDITION, revised, 1L));

        assertThat(result.version()).isEqualTo(2L);
        assertThat(result.title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning: «Μαζί»");
        assertThat(service.getConference(EDITION).title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning: «Μαζί»");
        assertThat(conferences.versionOf(EDITION)).isEqualTo(2L);
    }

    @Test
    void givenAStaleExpectedVersionWhenUpdatingThenConflictAndNothingChanges() {
        create();
        service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Πρώτη αλλαγή", EDITION, null), 1L));

        assertThatThrownBy(() -> service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Δεύτερη αλλαγή", EDITION, null), 1L)))
                .asInstanceOf(type(ConflictException.class))
                .satisfies(e -> {
                    assertThat(e.item()).isEqualTo("edition 7");
                    assertThat(e.getMessage()).contains("version 2, not 1");
                });
        assertThat(service.getConference(EDITION).title()).isEqualTo("Πρώτη αλλαγή");
        assertThat(conferences.versionOf(EDITION)).isEqualTo(2L);
    }

    @Test
    void givenAStaleVersionInTheBodyWhenUpdatingWithoutExpectedVersionThenConflict() {
        create();
        service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Πρώτη αλλαγή", EDITION, null), null));

        assertThatThrownBy(() -> service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Δεύτερη αλλαγή", EDITION, 1L), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.getConference(EDITION).title()).isEqualTo("Πρώτη αλλαγή");
    }

    @Test
    void givenNoVersionAtAllWhenUpdatingThenTheChangeIsApplied() {
        create();

        ConferenceData result = service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Χωρίς έκδοση", null, null), null));

        assertThat(result.version()).isEqualTo(2L);
        assertThat(result.edition()).isEqualTo(EDITION);
    }

    @Test
    void givenABodyForAnotherEditionWhenUpdatingThenInvalidValueAndNothingChanges() {
        create();

        assertThatThrownBy(() -> service.updateConference(new UpdateConferenceCommand(EDITION,
                withTitle(conference(), "Όγδοο συνέδριο", 8, null), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("edition 8")
                .hasMessageContaining("edition 7");
        assertThat(service.getConference(EDITION).title()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(conferences.versionOf(EDITION)).isEqualTo(1L);
    }

    @Test
    void givenAnUnknownEditionWhenUpdatingOrReadingThenNotFound() {
        assertThatThrownBy(() -> service.updateConference(new UpdateConferenceCommand(99,
                withTitle(conference(), "Ανύπαρκτο", 99, null), null)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("edition 99");
        assertThatThrownBy(() -> service.getConference(99))
                .asInstanceOf(type(NotFoundException.class))
                .extracting(NotFoundException::item).isEqualTo("edition 99");
    }

    @Test
    void givenUnchangedDetailsWhenUpdatingThenTheVersionStaysTheSame() {
        create();

        ConferenceData result = service.updateConference(new UpdateConferenceCommand(EDITION, conference(), 1L));

        assertThat(result.version()).isEqualTo(1L);
        assertThat(conferences.versionOf(EDITION)).isEqualTo(1L);
        assertThat(conferences.updates()).isZero();
    }

    @Test
    void givenAProgrammeWhenMovingTheDatesAwayFromItThenRuleViolationAndNothingChanges() {
        create();
        new ProgrammeService(conferences, persons, transactions)
                .replaceProgramme(new ReplaceProgrammeCommand(EDITION, smallProgramme(), 1L));

        ConferenceData later = withDates(conference(), DAY_2, DAY_3.plusDays(1));

        assertThatThrownBy(() -> service.updateConference(new UpdateConferenceCommand(EDITION, later, 2L)))
                .asInstanceOf(type(RuleViolationException.class))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("session-within-conference-days");
                    assertThat(e.getMessage()).contains("session 'd1-opening'");
                });
        ConferenceData stored = service.getConference(EDITION);
        assertThat(stored.startDate()).isEqualTo(DAY_1);
        assertThat(stored.version()).isEqualTo(2L);
    }

    @Test
    void givenSeveralEditionsWhenListingThenTheyComeByEditionNumberWithTheirCounts() {
        service.createConference(new CreateConferenceCommand(conference(10, DAY_1.plusYears(3))));
        create();
        new ProgrammeService(conferences, persons, transactions)
                .replaceProgramme(new ReplaceProgrammeCommand(EDITION, smallProgramme(), null));
        service.createConference(new CreateConferenceCommand(conference(8, DAY_1.plusYears(1))));

        List<ConferenceSummaryData> list = service.listConferences();

        assertThat(list).extracting(ConferenceSummaryData::edition).containsExactly(7, 8, 10);
        assertThat(list.get(0)).isEqualTo(new ConferenceSummaryData(7, "7ο Πανελλήνιο Συνέδριο eTwinning", DAY_1,
                DAY_3, "online", 2, 4, 2L));
        assertThat(list.get(1).sessions()).isZero();
        assertThat(list.get(1).version()).isEqualTo(1L);
    }

    @Test
    void givenNoEditionsWhenListingThenTheListIsEmpty() {
        assertThat(service.listConferences()).isEmpty();
    }

    @Test
    void givenAStoredEditionWhenReadingThenItsDetailsAndVersionAreReturned() {
        create();

        ConferenceData read = service.getConference(EDITION);

        assertThat(read).isEqualTo(new ConferenceData(EDITION, "7ο Πανελλήνιο Συνέδριο eTwinning",
                "Καινοτομία και συνεργασία στην εκπαίδευση", DAY_1, DAY_3, "online",
                "Εθνική Υπηρεσία Υποστήριξης eTwinning", null, "Europe/Athens",
                List.of(new DayData(DAY_1, "Ημέρα 1: έναρξη"), new DayData(DAY_2, null), new DayData(DAY_3, null)),
                1L));
    }

    @Test
    void aDayWithItsOwnHoursKeepsThemWhenARevisionGivesNone() {
        var hours = new gr.etwinning.synedrio.domain.programme.DayHours(java.time.LocalTime.of(11, 0),
                java.time.LocalTime.of(4, 0));
        var stored = new gr.etwinning.synedrio.domain.conference.ConferenceDetails("Συνέδριο", null, DAY_1, DAY_2,
                ConferenceMode.ONSITE, null, null, null,
                List.of(new gr.etwinning.synedrio.domain.conference.ConferenceDay(DAY_1, null, hours)));
        var revised = new gr.etwinning.synedrio.domain.conference.ConferenceDetails("Συνέδριο eTwinning", null, DAY_1,
                DAY_2, ConferenceMode.ONSITE, null, null, null,
                List.of(new gr.etwinning.synedrio.domain.conference.ConferenceDay(DAY_1, "Πρώτη ημέρα")));

        var kept = ConferenceService.keepingHours(stored, revised);

        assertThat(kept.title()).isEqualTo("Συνέδριο eTwinning");
        assertThat(kept.days().get(0).label()).isEqualTo("Πρώτη ημέρα");
        assertThat(kept.hours(DAY_1)).contains(hours);
        assertThat(kept.hours(DAY_2)).isEmpty();
    }
}
