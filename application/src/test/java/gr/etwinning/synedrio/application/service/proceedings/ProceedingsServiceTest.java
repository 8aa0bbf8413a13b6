package gr.etwinning.synedrio.application.service.proceedings;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.FakeTransactionPort;
import gr.etwinning.synedrio.application.fakes.FixedClockPort;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryPersonRepository;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase;
import gr.etwinning.synedrio.application.port.out.proceedings.ProceedingsRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.fixtures.DomainFixtures;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.proceedings.Isbn;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What goes into the volume, in which order, and what is listed as missing instead of being made up. */
class ProceedingsServiceTest {

    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(persons);
    private final InMemoryProceedings store = new InMemoryProceedings();
    private final Map<String, SubmittedTexts.SubmittedText> submitted = new HashMap<>();
    private VolumeRendererPort.Volume rendered;
    private ProceedingsService service;

    /** The port's contract for tests: ISBN and choice in memory. */
    static final class InMemoryProceedings implements ProceedingsRepository {
        final Map<EditionNumber, Isbn> isbns = new HashMap<>();
        final Map<EditionNumber, Set<ContributionId>> chosen = new HashMap<>();

        @Override
        public Optional<Isbn> isbn(EditionNumber edition) {
            return Optional.ofNullable(isbns.get(edition));
        }

        @Override
        public Optional<EditionNumber> editionWithIsbn(Isbn isbn) {
            return isbns.entrySet().stream().filter(e -> e.getValue().equals(isbn)).map(Map.Entry::getKey)
                    .findFirst();
        }

        @Override
        public void saveIsbn(EditionNumber edition, Isbn isbn, Instant at) {
            isbns.put(edition, isbn);
        }

        @Override
        public List<ContributionId> selected(EditionNumber edition) {
            return new ArrayList<>(chosen.getOrDefault(edition, Set.of()));
        }

        @Override
        public void select(EditionNumber edition, Collection<ContributionId> contributions, Instant at) {
            chosen.computeIfAbsent(edition, e -> new LinkedHashSet<>()).addAll(contributions);
        }

        @Override
        public void unselect(EditionNumber edition, Collection<ContributionId> contributions) {
            chosen.getOrDefault(edition, new LinkedHashSet<>()).removeAll(contributions);
        }
    }

    private static Contribution c(String id, ContributionKind kind, String title, String... speakers) {
        return new Contribution(ContributionId.of(id), kind, title, null,
                List.of(speakers).stream().map(PersonId::of).toList(), null, null);
    }

    private static Session s(String id, SessionKind kind, EducationLevel level, java.time.LocalDate day,
                             Contribution... contributions) {
        return new Session(SessionId.of(id), kind, null, day, null, null, level, null, List.of(),
                List.of(contributions));
    }

    @BeforeEach
    void setUp() {
        persons.save(new Person(PersonId.of("leivadaou"), "Δρ.", "Ευγενία Λειβαδάου", List.of(), null,
                "ΙΤΥΕ Διόφαντος", Set.of()));
        persons.save(new Person(PersonId.of("nikitaki"), null, "Μαρία Νικητάκη", List.of(), null, "ΙΚΥ", Set.of()));
        // in programme order: workshops, secondary, a plenary with a keynote and a greeting, then primary
        Programme programme = new Programme(List.of(
                s("workshops", SessionKind.WORKSHOPS, null, DomainFixtures.DAY_1,
                        c("w1", ContributionKind.WORKSHOP, null)),
                s("secondary", SessionKind.PARALLEL, EducationLevel.SECONDARY, DomainFixtures.DAY_1,
                        c("s1", ContributionKind.TALK, "Ρομποτική στο Λύκειο")),
                s("plenary", SessionKind.PLENARY, null, DomainFixtures.DAY_2,
                        c("keynote", ContributionKind.KEYNOTE, "STEM και επαγγελματικός προσανατολισμός", "leivadaou"),
                        c("greeting", ContributionKind.GREETING, null, "nikitaki")),
                s("primary", SessionKind.PARALLEL, EducationLevel.PRIMARY, DomainFixtures.DAY_1,
                        c("p1", ContributionKind.TALK, null), c("p2", ContributionKind.TALK, null))));
        Conference conference = DomainFixtures.plannedConference();
        conference.replaceProgramme(programme, persons);
        conferences.add(conference);
        submitted.put("p2", new SubmittedTexts.SubmittedText("Αφήγηση στο νηπιαγωγείο", "Περίληψη.", List.of("eTwinning"),
                List.of(new SubmittedTexts.Author("Ελένη Παπαδοπούλου", "3ο Νηπιαγωγείο Λάρισας")), Optional.empty()));
        SubmittedTexts texts = new SubmittedTexts() {
            @Override
            public Optional<SubmittedText> of(EditionNumber edition, ContributionId contribution) {
                return Optional.ofNullable(submitted.get(contribution.value()));
            }

            @Override
            public InputStream openPaper(String paperSha256) {
                throw new AssertionError("no paper was uploaded");
            }
        };
        VolumeRendererPort renderer = (volume, out, progress) -> {
            rendered = volume;
            return new VolumeRendererPort.RenderedVolume(10, volume.paperCount(), 0, List.of(), Map.of());
        };
        service = new ProceedingsService(conferences, persons, store, Optional.of(texts), renderer,
                (issue, format, out) -> { }, new FakeTransactionPort(conferences, persons),
                FixedClockPort.atConferenceOpening());
    }

    private BuildVolumeUseCase.VolumeReport build() throws Exception {
        return service.build(new BuildVolumeUseCase.BuildVolumeCommand(7, List.of(), null),
                new ByteArrayOutputStream(), BuildVolumeUseCase.Listener.NONE);
    }

    @Test
    void papersComePrimaryThenSecondaryThenWorkshopsThenTheOthersAndUntitledOnesAreListedNotPrinted() throws Exception {
        BuildVolumeUseCase.VolumeReport r = build();
        assertThat(rendered.sections()).extracting(VolumeRendererPort.Section::id)
                .containsExactly("primary", "secondary", "plenary");
        assertThat(rendered.sections().get(0).papers()).extracting(VolumeRendererPort.Paper::title)
                .containsExactly("Αφήγηση στο νηπιαγωγείο");
        assertThat(rendered.sections().get(2).papers()).extracting(VolumeRendererPort.Paper::id)
                .as("a greeting is no paper").containsExactly("keynote");
        assertThat(rendered.sections().get(2).papers().get(0).authors())
                .containsExactly(new VolumeRendererPort.Author("Ευγενία Λειβαδάου", "ΙΤΥΕ Διόφαντος"));
        assertThat(r.untitled()).containsExactly("p1", "w1");
        assertThat(r.missing()).extracting(BuildVolumeUseCase.MissingPart::contribution)
                .containsExactly("p1", "p2", "s1", "w1", "keynote");
        assertThat(rendered.missing()).filteredOn(m -> m.contribution().equals("p1"))
                .extracting(VolumeRendererPort.Missing::what)
                .containsExactly("τίτλος, συγγραφείς, πλήρες κείμενο, περίληψη");
        assertThat(rendered.index()).extracting(VolumeRendererPort.IndexEntry::heading)
                .containsExactly("Λειβαδάου, Ευγενία", "Παπαδοπούλου, Ελένη");
        assertThat(r.isbn()).isNull();
    }

    @Test
    void aSubmissionMakesAnyContributionAPaper() throws Exception {
        submitted.put("greeting", new SubmittedTexts.SubmittedText("Χαιρετισμός του ΙΚΥ", "Κείμενο.", List.of(),
                List.of(), Optional.empty()));
        build();
        assertThat(rendered.sections().get(2).papers()).extracting(VolumeRendererPort.Paper::id)
                .containsExactly("keynote", "greeting");
        assertThat(rendered.sections().get(2).papers().get(1).authors()).as("the programme's speaker")
                .containsExactly(new VolumeRendererPort.Author("Μαρία Νικητάκη", "ΙΚΥ"));
    }

    @Test
    void theIsbnIsStoredOnceAndAWrongOneWritesNothing() throws Exception {
        assertThatThrownBy(() -> service.setIsbn(7, "978-618-5895-00-7")).isInstanceOf(DomainException.class)
                .hasMessageContaining("it should be 6");
        assertThat(store.isbns).isEmpty();
        assertThat(service.setIsbn(7, "9786185895006").hyphenated()).isEqualTo("978-618-5895-00-6");
        assertThat(service.setIsbn(7, "978-618-5895-00-6").unchanged()).isTrue();
        assertThatThrownBy(() -> service.setIsbn(7, "978-618-87332-0-6")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.setIsbn(99, "978-618-87332-0-6")).isInstanceOf(NotFoundException.class);
        assertThat(build().isbn()).isEqualTo("978-618-5895-00-6");
    }

    @Test
    void choosingIsAllOrNothing() {
        assertThatThrownBy(() -> service.select(7, List.of("p2", "nothing"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'nothing'");
        assertThatThrownBy(() -> service.select(7, List.of("p2", "greeting"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("'greeting' is not a paper");
        assertThat(store.chosen).isEmpty();
        assertThat(service.select(7, List.of("s1", "p2")).selected()).containsExactly("p2", "s1");
        assertThat(service.unselect(7, List.of("s1")).selected()).containsExactly("p2");
    }
}
