package gr.etwinning.synedrio.application.service.proceedings;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.ExportSpecialIssueUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SelectPapersUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SetIsbnUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.ProceedingsRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.SpecialIssueWriterPort;
import gr.etwinning.synedrio.application.port.out.proceedings.SpecialIssueWriterPort.Article;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort;
import gr.etwinning.synedrio.application.service.proceedings.VolumeContents.Item;
import gr.etwinning.synedrio.application.service.proceedings.VolumeContents.Part;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.proceedings.AuthorIndex;
import gr.etwinning.synedrio.domain.proceedings.Isbn;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.text.GreekDates;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The proceedings of an edition: the volume's ISBN, the volume itself, and the papers chosen for the e-journal's
 * special issue. What the call for papers holds comes through {@link SubmittedTexts} when it is wired; without it
 * (or for contributions that came from no submission) the programme is all there is, and what it lacks is listed.
 */
@Singleton
public final class ProceedingsService implements SetIsbnUseCase, BuildVolumeUseCase, SelectPapersUseCase,
        ExportSpecialIssueUseCase {

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final ProceedingsRepository store;
    private final Optional<SubmittedTexts> texts;
    private final VolumeRendererPort renderer;
    private final SpecialIssueWriterPort writer;
    private final TransactionPort transactions;
    private final ClockPort clock;

    @Inject
    public ProceedingsService(ConferenceRepository conferences, PersonRepository persons, ProceedingsRepository store,
                              Optional<SubmittedTexts> texts, VolumeRendererPort renderer,
                              SpecialIssueWriterPort writer, TransactionPort transactions, ClockPort clock) {
        this.conferences = conferences;
        this.persons = persons;
        this.store = store;
        this.texts = texts;
        this.renderer = renderer;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    private Conference conference(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return conferences.find(e).orElseThrow(() -> new NotFoundException("edition", "edition " + edition
                + " does not exist"));
    }

    // ---- ISBN

    @Override
    public IsbnData setIsbn(int edition, String text) {
        EditionNumber e = EditionNumber.of(edition);
        Isbn isbn = Isbn.parse(text);
        boolean fromIsbn10 = Isbn.typedAsIsbn10(text);
        return transactions.inTransaction(() -> {
            if (!conferences.exists(e)) {
                throw new NotFoundException("edition", "edition " + edition + " does not exist");
            }
            Optional<Isbn> stored = store.isbn(e);
            if (stored.isPresent()) {
                if (stored.get().equals(isbn)) {
                    return data(edition, isbn, fromIsbn10, true);
                }
                throw new RuleViolationException("isbn", "one-isbn-per-edition", "edition " + edition
                        + " has the ISBN " + stored.get().hyphenated() + " already; a volume keeps its ISBN");
            }
            Optional<EditionNumber> other = store.editionWithIsbn(isbn);
            if (other.isPresent()) {
                throw new RuleViolationException("isbn", "isbn-unique", "ISBN " + isbn.hyphenated()
                        + " is the ISBN of edition " + other.get() + "'s volume");
            }
            store.saveIsbn(e, isbn, clock.now());
            return data(edition, isbn, fromIsbn10, false);
        });
    }

    @Override
    public IsbnData isbn(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        if (!conferences.exists(e)) {
            throw new NotFoundException("edition", "edition " + edition + " does not exist");
        }
        return store.isbn(e).map(i -> data(edition, i, false, true)).orElse(null);
    }

    private static IsbnData data(int edition, Isbn isbn, boolean fromIsbn10, boolean unchanged) {
        return new IsbnData(edition, isbn.hyphenated(), isbn.compact(), fromIsbn10, unchanged, isbn.greek());
    }

    // ---- the volume

    @Override
    public VolumeReport build(BuildVolumeCommand command, OutputStream out, Listener listener) throws IOException {
        Conference conference = conference(command.edition());
        List<Part> parts = contents(conference);
        String isbn = store.isbn(conference.edition()).map(Isbn::hyphenated).orElse(null);

        List<VolumeRendererPort.Section> sections = new ArrayList<>();
        List<VolumeRendererPort.Missing> missing = new ArrayList<>();
        List<MissingPart> report = new ArrayList<>();
        List<String> untitled = new ArrayList<>();
        AuthorIndex index = new AuthorIndex();
        for (Part part : parts) {
            List<VolumeRendererPort.Paper> papers = new ArrayList<>();
            for (Item item : part.items()) {
                if (!item.missing().isEmpty()) {
                    missing.add(new VolumeRendererPort.Missing(item.id(), part.title(), item.missingInGreek()));
                    report.add(new MissingPart(item.id(), part.title(), String.join(", ", item.missing())));
                }
                if (item.title() == null) {
                    untitled.add(item.id());
                    continue; // listed as missing, never printed with a made-up title
                }
                papers.add(new VolumeRendererPort.Paper(item.id(), item.title(), item.authors(), item.abstractText(),
                        item.keywords(), item.file()));
                item.authors().forEach(a -> index.add(a.name(), item.id()));
            }
            if (!papers.isEmpty()) {
                sections.add(new VolumeRendererPort.Section(part.session().id().value(), part.title(), papers));
            }
        }
        List<VolumeRendererPort.IndexEntry> entries = index.entries().stream()
                .map(e -> new VolumeRendererPort.IndexEntry(e.heading(), e.papers())).toList();
        ConferenceDetails d = conference.details();
        VolumeRendererPort.Volume volume = new VolumeRendererPort.Volume("Πρακτικά", d.title(), d.theme(),
                facts(d), isbn, command.editors(), command.cover(), sections, entries, missing);
        VolumeRendererPort.RenderedVolume rendered = renderer.render(volume, out, new VolumeRendererPort.Progress() {
            @Override
            public void starting(int papers) {
                listener.starting(papers);
            }

            @Override
            public void paperDone() {
                listener.paperDone();
            }
        });
        for (VolumeRendererPort.Missing m : rendered.unreadable()) {
            report.add(new MissingPart(m.contribution(), m.session(), "full text (the uploaded file is not a "
                    + "readable PDF; its abstract is printed)"));
        }
        return new VolumeReport(rendered.pages(), rendered.papers(), rendered.merged(), isbn, List.copyOf(report),
                List.copyOf(untitled));
    }

    private List<Part> contents(Conference conference) {
        Set<PersonId> speakers = new LinkedHashSet<>();
        conference.programme().sessions().forEach(s -> s.contributions().forEach(c -> speakers.addAll(c.speakers())));
        Map<PersonId, Person> people = new HashMap<>();
        for (Person p : persons.findAll(speakers)) {
            people.put(p.id(), p);
        }
        return VolumeContents.of(conference, people, texts);
    }

    /** The copyright page's lines about the edition. */
    static List<String> facts(ConferenceDetails d) {
        List<String> facts = new ArrayList<>();
        facts.add(d.title());
        facts.add(GreekDates.range(d.startDate(), d.endDate()) + ", " + switch (d.mode()) {
            case ONLINE -> "διαδικτυακά";
            case ONSITE -> "δια ζώσης" + (d.venue() == null ? "" : ", " + d.venue());
            case HYBRID -> "υβριδικά" + (d.venue() == null ? "" : ", " + d.venue());
        });
        if (d.organiser() != null) {
            facts.add("Διοργάνωση: " + d.organiser());
        }
        return facts;
    }

    // ---- the special issue

    @Override
    public Selection select(int edition, List<String> ids) {
        Conference conference = conference(edition);
        List<ContributionId> chosen = papersNamed(conference, ids);
        return transactions.inTransaction(() -> {
            Set<ContributionId> before = new HashSet<>(store.selected(conference.edition()));
            List<String> changed = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            chosen.forEach(c -> (before.contains(c) ? unchanged : changed).add(c.value()));
            store.select(conference.edition(), chosen, clock.now());
            return new Selection(changed, unchanged, inProgrammeOrder(conference,
                    new HashSet<>(store.selected(conference.edition()))));
        });
    }

    @Override
    public Selection unselect(int edition, List<String> ids) {
        Conference conference = conference(edition);
        List<ContributionId> named = papersNamed(conference, ids);
        return transactions.inTransaction(() -> {
            Set<ContributionId> before = new HashSet<>(store.selected(conference.edition()));
            List<String> changed = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            named.forEach(c -> (before.contains(c) ? changed : unchanged).add(c.value()));
            store.unselect(conference.edition(), named);
            return new Selection(changed, unchanged, inProgrammeOrder(conference,
                    new HashSet<>(store.selected(conference.edition()))));
        });
    }

    @Override
    public List<String> selected(int edition) {
        Conference conference = conference(edition);
        return inProgrammeOrder(conference, new HashSet<>(store.selected(conference.edition())));
    }

    /** The ids named, each a paper of the volume's sessions; any other refuses them all, naming every one. */
    private List<ContributionId> papersNamed(Conference conference, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValueException("contribution", "name at least one contribution");
        }
        Set<String> papers = new HashSet<>();
        contents(conference).forEach(p -> p.items().forEach(i -> papers.add(i.id())));
        Set<String> all = new HashSet<>();
        conference.programme().sessions().forEach(s -> s.contributions().forEach(c -> all.add(c.id().value())));
        List<String> unknown = new ArrayList<>();
        List<String> notPapers = new ArrayList<>();
        Set<ContributionId> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            String t = id.strip();
            if (!all.contains(t)) {
                unknown.add(t);
            } else if (!papers.contains(t)) {
                notPapers.add(t);
            } else {
                chosen.add(ContributionId.of(t));
            }
        }
        if (!unknown.isEmpty()) {
            throw new NotFoundException("contribution", "edition " + conference.edition() + " has no contribution "
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()) + "; nothing was chosen");
        }
        if (!notPapers.isEmpty()) {
            throw new InvalidValueException("contribution", String.join(", ", notPapers.stream()
                    .map(u -> "'" + u + "'").toList()) + " " + (notPapers.size() == 1 ? "is" : "are")
                    + " not a paper of the proceedings (greetings, addresses and the like are not); nothing was "
                    + "chosen");
        }
        return List.copyOf(chosen);
    }

    private List<String> inProgrammeOrder(Conference conference, Set<ContributionId> chosen) {
        List<String> ordered = new ArrayList<>();
        for (Part p : contents(conference)) {
            for (Item i : p.items()) {
                if (chosen.contains(i.contribution().id())) {
                    ordered.add(i.id());
                }
            }
        }
        return ordered;
    }

    /** The special issue's files: the chosen papers, or (selectedOnly false) every paper of the volume. */
    @Override
    public ExportReport export(int edition, String format, boolean selectedOnly, OutputStream out)
            throws IOException {
        SpecialIssueWriterPort.Format f = format(format);
        Conference conference = conference(edition);
        Set<ContributionId> chosen = new HashSet<>(store.selected(conference.edition()));
        if (selectedOnly && chosen.isEmpty()) {
            throw new RuleViolationException("edition", "papers-selected", "no paper of edition " + edition
                    + " is chosen for the special issue yet: proceedings select " + edition + " CONTRIBUTION…");
        }
        List<Article> articles = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int files = 0;
        for (Part p : contents(conference)) {
            for (Item i : p.items()) {
                if (selectedOnly && !chosen.contains(i.contribution().id())) {
                    continue;
                }
                String fileName = i.file() == null ? null : "papers/" + i.id() + ".pdf";
                files += i.file() == null ? 0 : 1;
                String lacks = String.join(", ", i.missing());
                if (!lacks.isEmpty()) {
                    missing.add(i.id() + ": " + lacks + " missing");
                }
                articles.add(new Article(i.id(), p.title(), i.title(), i.authors(), i.keywords(), i.abstractText(),
                        i.file(), fileName, lacks.isEmpty() ? null : lacks));
            }
        }
        if (selectedOnly) {
            Set<String> exported = new HashSet<>(articles.stream().map(Article::id).toList());
            chosen.stream().map(ContributionId::value).filter(id -> !exported.contains(id)).sorted()
                    .forEach(id -> missing.add(id + ": no longer a paper of the programme (chosen, left out)"));
        }
        String isbn = store.isbn(conference.edition()).map(Isbn::hyphenated).orElse(null);
        writer.write(new SpecialIssueWriterPort.SpecialIssue(edition, conference.details().title(), isbn, articles),
                f, out);
        return new ExportReport(articles.size(), f == SpecialIssueWriterPort.Format.ZIP ? files : 0,
                List.copyOf(missing));
    }

    static SpecialIssueWriterPort.Format format(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> SpecialIssueWriterPort.Format.CSV;
            case "json" -> SpecialIssueWriterPort.Format.JSON;
            case "zip" -> SpecialIssueWriterPort.Format.ZIP;
            default -> throw new InvalidValueException("format", "format '" + format
                    + "' is none of csv, json, zip");
        };
    }

    /** For tests: the ids of the volume's contributions, part by part. */
    Map<String, List<String>> outline(int edition) {
        Map<String, List<String>> outline = new LinkedHashMap<>();
        for (Part p : contents(conference(edition))) {
            outline.put(p.session().id().value(), p.items().stream().map(Item::id).toList());
        }
        return outline;
    }
}
