package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.cfp.Author;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an accepted submission into its edition's programme as a contribution (its authors as persons, the
 * speakers in the authors' order), keeps it in step with later changes, and takes it out again. In a transaction.
 */
final class Placement {

    /** Where a submission went: the session, the contribution, the authors' person ids in order. */
    record Placed(String session, String sessionTitle, String contribution, List<String> persons) {
    }

    private final ConferenceRepository conferences;
    private final PersonRepository persons;

    Placement(ConferenceRepository conferences, PersonRepository persons) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
    }

    static ContributionId contributionId(StoredSubmission s) {
        return ContributionId.of(String.format("cfp-%03d", s.number()));
    }

    Placed place(StoredSubmission s, ContributionKind kind, String sessionId) {
        Conference conference = conferences.find(s.edition())
                .orElseThrow(() -> ConferenceService.notFound(s.edition()));
        Session target = sessionId != null ? session(conference, sessionId) : sessionOfLevel(conference, s, kind);
        List<String> ids = persons(s);
        List<PersonId> speakers = ids.stream().map(PersonId::of).toList();
        ContributionId id = contributionId(s);
        Contribution contribution = new Contribution(id, kind, s.content().title(), null, speakers,
                s.content().level(), null);
        List<Session> sessions = new ArrayList<>();
        for (Session session : conference.programme().sessions()) {
            List<Contribution> items = new ArrayList<>();
            boolean placed = false;
            for (Contribution c : session.contributions()) {
                if (c.id().equals(id)) {
                    if (session.id().equals(target.id())) {
                        items.add(contribution);
                        placed = true;
                    }
                    continue;
                }
                items.add(c);
            }
            if (session.id().equals(target.id()) && !placed) {
                items.add(contribution);
            }
            sessions.add(with(session, items));
        }
        conference.replaceProgramme(new Programme(sessions), persons);
        conferences.update(conference);
        return new Placed(target.id().value(), target.title().orElse(target.kind().label()), id.value(), ids);
    }

    /** Takes the submission's contribution out of the programme, if it is there. */
    void remove(StoredSubmission s) {
        Conference conference = conferences.find(s.edition())
                .orElseThrow(() -> ConferenceService.notFound(s.edition()));
        ContributionId id = contributionId(s);
        boolean found = false;
        List<Session> sessions = new ArrayList<>();
        for (Session session : conference.programme().sessions()) {
            List<Contribution> items = new ArrayList<>();
            for (Contribution c : session.contributions()) {
                if (c.id().equals(id)) {
                    found = true;
                } else {
                    items.add(c);
                }
            }
            sessions.add(with(session, items));
        }
        if (found) {
            conference.replaceProgramme(new Programme(sessions), persons);
            conferences.update(conference);
        }
    }

    private static Session with(Session s, List<Contribution> items) {
        return new Session(s.id(), s.kind(), s.title().orElse(null), s.day(), s.time().orElse(null),
                s.room().orElse(null), s.level().orElse(null), s.notes().orElse(null), s.chairs(), items);
    }

    private static Session session(Conference c, String id) {
        SessionId sid;
        try {
            sid = SessionId.of(id);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("session", "session '" + id + "' is not a session id");
        }
        return c.programme().session(sid).orElseThrow(() -> new InvalidValueException("session",
                "edition " + c.edition() + " has no session '" + id + "'"));
    }

    private static Session sessionOfLevel(Conference c, StoredSubmission s, ContributionKind kind) {
        SessionKind preferred = kind == ContributionKind.WORKSHOP ? SessionKind.WORKSHOPS : SessionKind.PARALLEL;
        List<Session> ofLevel = c.programme().sessions().stream()
                .filter(x -> x.level().filter(l -> l == s.content().level()).isPresent()).toList();
        return ofLevel.stream().filter(x -> x.kind() == preferred).findFirst()
                .or(() -> ofLevel.stream().findFirst())
                .orElseThrow(() -> new RuleViolationException("session", "session-of-level", "edition "
                        + c.edition() + " has no session of level " + s.content().level().name().toLowerCase()
                        + " (" + s.content().level().label() + ") to place submission " + s.number()
                        + " in: add one to the programme, or name one (--session ID)"));
    }

    /**
     * The authors as persons: each keeps the id given at acceptance (its name and school follow later changes);
     * a new author takes the id their name suggests, or the same person's when one of that name and school is
     * stored, else the next free numbered id.
     */
    private List<String> persons(StoredSubmission s) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < s.content().authors().size(); i++) {
            Author a = s.content().authors().get(i);
            String known = s.authorPersons().get(i);
            if (known != null && !used.contains(known)) {
                Optional<Person> stored = persons.findAll(List.of(PersonId.of(known))).stream().findFirst();
                Person p = stored.map(old -> new Person(old.id(), old.honorific(), a.name(), old.otherNames(),
                        old.role(), a.school(), old.standings()))
                        .orElse(new Person(PersonId.of(known), null, a.name(), List.of(), null, a.school(), Set.of()));
                if (stored.isEmpty() || !stored.get().sameAs(p)) {
                    persons.save(p);
                }
                used.add(known);
                ids.add(known);
                continue;
            }
            String base = PersonId.fromName(a.name()).value();
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? base : base + "-" + n;
                if (used.contains(candidate)) {
                    continue;
                }
                Optional<Person> stored = persons.findAll(List.of(PersonId.of(candidate))).stream().findFirst();
                if (stored.isEmpty()) {
                    persons.save(new Person(PersonId.of(candidate), null, a.name(), List.of(), null, a.school(),
                            Set.of()));
                } else if (!(GreekText.key(stored.get().name()).equals(a.nameKey())
                        && Objects.equals(key(stored.get().affiliation()), key(a.school())))) {
                    continue;
                }
                used.add(candidate);
                ids.add(candidate);
                break;
            }
        }
        return ids;
    }

    private static String key(String s) {
        return s == null ? null : GreekText.key(s);
    }
}
