package gr.etwinning.synedrio.application.service.programme;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.programme.CheckProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.mapping.DomainMapper;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ProgrammeProblem;
import gr.etwinning.synedrio.domain.programme.ProgrammeRules;
import gr.etwinning.synedrio.domain.programme.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a stored programme, or a draft that may not even construct: the draft is built session by session, each
 * contribution on its own, and every refusal becomes an error; the cross-session rules then run on what did
 * construct. Nothing is written.
 */
@Singleton
public final class ProgrammeCheckService implements CheckProgrammeUseCase {

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final TransactionPort transactions;

    @Inject
    public ProgrammeCheckService(ConferenceRepository conferences, PersonRepository persons,
                                 TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public ProgrammeCheckData checkProgramme(CheckProgrammeQuery query) {
        return result(EditionNumber.of(query.edition()), problems(query));
    }

    @Override
    public List<ProgrammeProblem> problems(CheckProgrammeQuery query) {
        EditionNumber number = EditionNumber.of(query.edition());
        List<ProgrammeProblem> found = transactions.inTransaction(() -> {
            Conference conference = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number));
            if (query.draft() == null) {
                return conference.problems(persons);
            }
            return checkDraft(conference, query.draft());
        });
        List<ProgrammeProblem> ordered = new ArrayList<>(found.stream().filter(ProgrammeProblem::isError).toList());
        found.stream().filter(p -> !p.isError()).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private List<ProgrammeProblem> checkDraft(Conference conference, ProgrammeData draft) {
        List<ProgrammeProblem> construction = new ArrayList<>();
        if (draft.edition() != null && draft.edition() != conference.edition().value()) {
            construction.add(ProgrammeProblem.error("valid-data", List.of("edition"), "the draft is the programme"
                    + " of edition " + draft.edition() + " but it is checked against edition "
                    + conference.edition()));
        }
        Map<PersonId, Person> given = new HashMap<>();
        for (int i = 0; i < draft.persons().size(); i++) {
            PersonData d = draft.persons().get(i);
            try {
                if (d == null) {
                    throw new InvalidValueException("person #" + (i + 1), "person #" + (i + 1) + " is empty");
                }
                Person p = DomainMapper.toPerson(d);
                if (given.put(p.id(), p) != null) {
                    throw new InvalidValueException("person '" + p.id() + "'", "person '" + p.id()
                            + "' is given twice");
                }
            } catch (DomainException e) {
                construction.add(ProgrammeProblem.of(e));
            }
        }
        PersonDirectory directory = id -> given.containsKey(id) ? Optional.of(given.get(id)) : persons.find(id);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < draft.sessions().size(); i++) {
            draftSession(draft.sessions().get(i), i + 1, construction).ifPresent(sessions::add);
        }
        List<ProgrammeProblem> all = new ArrayList<>(construction);
        all.addAll(ProgrammeRules.evaluate(conference.details(), sessions, directory));
        return all;
    }

    /** The session with every contribution that constructs, or empty; each refusal is added to the problems. */
    private static Optional<Session> draftSession(SessionData s, int position, List<ProgrammeProblem> problems) {
        if (s == null) {
            problems.add(ProgrammeProblem.error("valid-data", List.of("session #" + position),
                    "session #" + position + " is empty"));
            return Optional.empty();
        }
        String sessionItem = "session '" + s.id() + "'";
        List<Contribution> contributions = new ArrayList<>();
        Set<ContributionId> seen = new HashSet<>();
        for (int i = 0; i < s.contributions().size(); i++) {
            ContributionData c = s.contributions().get(i);
            try {
                if (c == null) {
                    throw new InvalidValueException(sessionItem + " contribution #" + (i + 1), sessionItem
                            + " contribution #" + (i + 1) + " is empty");
                }
                Contribution contribution = DomainMapper.toContribution(c, sessionItem, i + 1);
                if (seen.add(contribution.id())) {
                    contributions.add(contribution);
                } else {
                    problems.add(ProgrammeProblem.error("unique-ids", List.of("contribution '" + c.id() + "'"),
                            "contribution '" + c.id() + "' appears twice in the programme"));
                }
            } catch (DomainException e) {
                problems.add(ProgrammeProblem.of(e));
            }
        }
        Session bare;
        try {
            bare = DomainMapper.toSessionData(new SessionData(s.id(), s.kind(), s.title(), s.day(), s.start(),
                    s.end(), s.room(), s.level(), s.notes(), s.chairs(), List.of()), position);
        } catch (DomainException e) {
            problems.add(ProgrammeProblem.of(e));
            return Optional.empty();
        }
        List<ProgrammeProblem> outside = ProgrammeRules.contributionsWithinSession(bare.id(),
                bare.time().orElse(null), contributions);
        problems.addAll(outside);
        List<Contribution> inside = contributions.stream()
                .filter(c -> outside.stream().noneMatch(p -> p.items().get(0).equals("contribution '" + c.id() + "'")))
                .toList();
        return Optional.of(new Session(bare.id(), bare.kind(), bare.title().orElse(null), bare.day(),
                bare.time().orElse(null), bare.room().orElse(null), bare.level().orElse(null),
                bare.notes().orElse(null), bare.chairs(), inside));
    }

    /** {@code problems} are in {@link #problems} order: errors first. */
    private static ProgrammeCheckData result(EditionNumber edition, List<ProgrammeProblem> problems) {
        List<ProblemData> data = new ArrayList<>();
        int errors = 0;
        for (ProgrammeProblem p : problems) {
            errors += p.isError() ? 1 : 0;
            data.add(toData(p));
        }
        return new ProgrammeCheckData(edition.value(), errors, problems.size() - errors, data);
    }

    private static ProblemData toData(ProgrammeProblem p) {
        return new ProblemData(p.severity().name().toLowerCase(Locale.ROOT), p.rule(), p.items(), p.message());
    }
}
