package gr.etwinning.synedrio.application.service.dataset;

import gr.etwinning.synedrio.application.port.in.dataset.DatasetData;
import gr.etwinning.synedrio.application.port.in.dataset.EditionData;
import gr.etwinning.synedrio.application.port.in.dataset.ImportDatasetUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport.Entry;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport.Outcome;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.out.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.PersonRepository;
import gr.etwinning.synedrio.application.port.out.TransactionPort;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.service.contest.ContestMapper;
import gr.etwinning.synedrio.application.service.contest.ContestService;
import gr.etwinning.synedrio.application.service.mapping.DomainMapper;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.application.service.programme.ProgrammeService;
import gr.etwinning.synedrio.application.service.report.CommentService;
import gr.etwinning.synedrio.application.service.report.FigureService;
import gr.etwinning.synedrio.application.port.in.comment.CommentData;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Programme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a dataset in one transaction. Everything is turned into domain objects — and so checked — before the
 * first write; the writes then run in one transaction, so a rule broken by an edition leaves the database as it was.
 */
public final class DatasetImportService implements ImportDatasetUseCase {

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final TransactionPort transactions;
    private final ContestService contests;
    private final FigureService figures;
    private final CommentService comments;

    public DatasetImportService(ConferenceRepository conferences, PersonRepository persons,
                                TransactionPort transactions, ContestService contests, FigureService figures,
                                CommentService comments) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.contests = Objects.requireNonNull(contests, "'contests' must not be null");
        this.figures = Objects.requireNonNull(figures, "'figures' must not be null");
        this.comments = Objects.requireNonNull(comments, "'comments' must not be null");
    }

    private record Planned(EditionNumber edition, ConferenceDetails details, Programme programme,
                           List<Figure> figures, List<CommentData> comments) {
    }

    @Override
    public ImportReport importDataset(ImportDatasetCommand command) {
        DatasetData dataset = command.dataset();
        if (!DatasetData.FORMAT.equals(dataset.format())) {
            throw new InvalidValueException("format", "format is '" + dataset.format() + "'; this version of Synedrio"
                    + " reads '" + DatasetData.FORMAT + "'");
        }
        List<Person> given = ProgrammeService.toPersons(dataset.persons());
        List<Planned> planned = new ArrayList<>();
        Set<EditionNumber> seen = new HashSet<>();
        for (int i = 0; i < dataset.editions().size(); i++) {
            EditionData e = dataset.editions().get(i);
            String position = "edition #" + (i + 1);
            if (e == null || e.conference() == null) {
                throw new InvalidValueException(position, position + " has no conference");
            }
            if (e.conference().edition() == null) {
                throw new InvalidValueException(position, position + " has no edition number");
            }
            EditionNumber number = EditionNumber.of(e.conference().edition());
            if (!seen.add(number)) {
                throw new InvalidValueException("edition " + number, "edition " + number + " is given twice");
            }
            ProgrammeData programme = e.programme() == null ? new ProgrammeData(null, null, null, null) : e.programme();
            if (!programme.persons().isEmpty()) {
                throw new InvalidValueException("edition " + number, "edition " + number + ": list persons once, at"
                        + " the top of the dataset, not inside a programme");
            }
            planned.add(InContext.run("edition " + number, () -> plan(number, e, programme)));
        }
        List<Contest> plannedContests = new ArrayList<>();
        Set<ContestNumber> seenContests = new HashSet<>();
        for (int i = 0; i < dataset.contests().size(); i++) {
            ContestData c = dataset.contests().get(i);
            String position = "contest #" + (i + 1);
            if (c == null || c.number() == null) {
                throw new InvalidValueException(position, position + " has no number");
            }
            if (!seenContests.add(ContestNumber.of(c.number()))) {
                throw new InvalidValueException("contest " + c.number(), "contest " + c.number() + " is given twice");
            }
            plannedContests.add(ContestMapper.toContest(c.number(), c));
        }
        return transactions.inTransaction(() -> {
            List<Entry> entries = new ArrayList<>();
            // an ambassador added with `ambassadors add` stays one: the dataset does not mention it (issue 19)
            Map<PersonId, Boolean> changes = ProgrammeService.saveChanged(persons, conferences, given,
                    planned.stream().map(Planned::edition).collect(java.util.stream.Collectors.toSet()), true);
            for (Person p : given) {
                Boolean created = changes.get(p.id());
                entries.add(new Entry("person '" + p.id() + "'", created == null ? Outcome.UNCHANGED
                        : created ? Outcome.CREATED : Outcome.UPDATED));
            }
            for (Planned p : planned) {
                entries.add(new Entry("edition " + p.edition(), InContext.run("edition " + p.edition(),
                        () -> store(p))));
                if (!p.figures().isEmpty()) {
                    entries.add(new Entry("figures of edition " + p.edition(),
                            figures.store(p.edition(), p.figures())));
                }
                if (!p.comments().isEmpty()) {
                    entries.add(new Entry("comments of edition " + p.edition(),
                            comments.store(p.edition(), p.comments())));
                }
            }
            for (Contest c : plannedContests) {
                entries.add(new Entry("contest " + c.number(), contests.store(c, null)));
            }
            return new ImportReport(entries);
        });
    }

    /** The edition as the model sees it, its figures checked against its days and sessions, its comments read. */
    private static Planned plan(EditionNumber number, EditionData e, ProgrammeData programme) {
        ConferenceDetails details = DomainMapper.toDetails(e.conference());
        Programme p = DomainMapper.toProgramme(programme.sessions());
        List<Figure> figures = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (var data : e.figures()) {
            Figure f = FigureService.toFigure(data);
            if (!keys.add(f.key().value())) {
                throw new InvalidValueException("figure '" + f.key() + "'", "figure '" + f.key()
                        + "' is given twice");
            }
            FigureService.checkFits(number, f.key(), details, p);
            figures.add(f);
        }
        e.comments().forEach(CommentService::checkComment);
        return new Planned(number, details, p, figures, e.comments());
    }

    private Outcome store(Planned p) {
        Optional<Conference> existing = conferences.find(p.edition());
        if (existing.isEmpty()) {
            Conference c = Conference.plan(p.edition(), p.details());
            c.replaceProgramme(p.programme(), persons);
            conferences.add(c);
            return Outcome.CREATED;
        }
        Conference c = existing.get();
        if (c.details().equals(p.details()) && c.programme().sameAs(p.programme())) {
            return Outcome.UNCHANGED;
        }
        // Empty the programme before revising the dates, so that moving dates and sessions at once is accepted;
        // the new programme is then checked against the new dates.
        c.replaceProgramme(Programme.empty(), persons);
        c.revise(p.details());
        c.replaceProgramme(p.programme(), persons);
        conferences.update(c);
        return Outcome.UPDATED;
    }
}
