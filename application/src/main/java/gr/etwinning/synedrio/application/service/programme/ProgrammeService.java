package gr.etwinning.synedrio.application.service.programme;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.ReplaceProgrammeUseCase;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.mapping.DomainMapper;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.programme.Programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads and replaces an edition's programme, with the persons it names. */
@Singleton
public final class ProgrammeService implements GetProgrammeUseCase, ReplaceProgrammeUseCase {

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final TransactionPort transactions;

    @Inject
    public ProgrammeService(ConferenceRepository conferences, PersonRepository persons, TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public ProgrammeData getProgramme(int edition) {
        return read(edition, false);
    }

    @Override
    public ProgrammeData getProgrammeInTimeOrder(int edition) {
        return read(edition, true);
    }

    private ProgrammeData read(int edition, boolean timeOrder) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            Conference c = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number));
            Programme p = c.programme();
            return new ProgrammeData(number.value(), c.version(),
                    DomainMapper.sortedPersons(persons.findAll(p.people())),
                    DomainMapper.toData(timeOrder ? new Programme(p.inTimeOrder(c.details())) : p));
        });
    }

    @Override
    public ProgrammeData replaceProgramme(ReplaceProgrammeCommand command) {
        EditionNumber number = EditionNumber.of(command.edition());
        ProgrammeData data = command.programme();
        if (data.edition() != null && data.edition() != command.edition()) {
            throw new InvalidValueException("edition", "the body is the programme of edition " + data.edition()
                    + " but the request is for edition " + command.edition());
        }
        List<Person> given = toPersons(data.persons());
        Programme programme = DomainMapper.toProgramme(data.sessions());
        Long expected = command.expectedVersion() != null ? command.expectedVersion() : data.version();
        return transactions.inTransaction(() -> {
            Conference conference = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number));
            ConferenceService.requireVersion(conference, expected);
            saveChanged(persons, conferences, given, Set.of(number));
            conference.replaceProgramme(programme, persons);
            long version = conferences.update(conference);
            return new ProgrammeData(number.value(), version,
                    DomainMapper.sortedPersons(persons.findAll(programme.people())),
                    DomainMapper.toData(programme));
        });
    }

    /** Persons as given, refusing the same id twice. */
    public static List<Person> toPersons(List<PersonData> data) {
        Map<PersonId, Person> byId = new HashMap<>();
        List<Person> result = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            PersonData d = data.get(i);
            if (d == null) {
                throw new InvalidValueException("person #" + (i + 1), "person #" + (i + 1) + " is empty");
            }
            Person p = DomainMapper.toPerson(d);
            if (byId.put(p.id(), p) != null) {
                throw new InvalidValueException("person '" + p.id() + "'", "person '" + p.id()
                        + "' is given twice");
            }
            result.add(p);
        }
        return result;
    }

    /**
     * Saves the persons that are new or differ from the stored ones. A person who chairs a session of a stored
     * edition keeps the standing that lets them chair: the change is refused, naming the session, unless that
     * edition's programme is being replaced by the same operation ({@code replacing}), whose new programme is then
     * checked against the new standing.
     *
     * @return for each person, whether it was created (true), updated (false) or left alone (absent)
     */
    public static Map<PersonId, Boolean> saveChanged(PersonRepository repository, ConferenceRepository conferences,
                                                     List<Person> given, Set<EditionNumber> replacing) {
        return saveChanged(repository, conferences, given, replacing, false);
    }

    /**
     * As {@link #saveChanged(PersonRepository, ConferenceRepository, List, Set)}; with {@code keepAmbassadors} a
     * stored ambassador stays one whatever the given person lists (a dataset's import: see
     * {@link #keepingAmbassadorStanding}).
     */
    public static Map<PersonId, Boolean> saveChanged(PersonRepository repository, ConferenceRepository conferences,
                                                     List<Person> given, Set<EditionNumber> replacing,
                                                     boolean keepAmbassadors) {
        Map<PersonId, Boolean> changes = new HashMap<>();
        Map<PersonId, Person> stored = new HashMap<>();
        repository.findAll(given.stream().map(Person::id).toList()).forEach(p -> stored.put(p.id(), p));
        for (Person asGiven : given) {
            Person old = stored.get(asGiven.id());
            Person p = keepAmbassadors ? keepingAmbassadorStanding(old, asGiven) : asGiven;
            if (old != null && old.mayChair() && !p.mayChair()) {
                conferences.chairAssignments(p.id()).stream()
                        .filter(a -> !replacing.contains(a.edition()))
                        .findFirst()
                        .ifPresent(a -> {
                            throw new RuleViolationException("person '" + p.id() + "'",
                                    "chair-is-nss-member-or-ambassador", p.displayName() + " ('" + p.id()
                                    + "') chairs session '" + a.session() + "' of edition " + a.edition()
                                    + ", so they must stay an NSS member or an eTwinning ambassador; name another"
                                    + " chair there first");
                        });
            }
            if (old == null || !old.sameAs(p)) {
                repository.save(p);
                changes.put(p.id(), old == null);
            }
        }
        return changes;
    }

    /**
     * The person as given, still an ambassador if they were one. Who is an eTwinning ambassador is the
     * ambassadors' registry's to say ({@code ambassadors add}); a dataset or programme that does not list the
     * standing says nothing about it, so importing it again must not take it away (issue 19: a re-import changes
     * nothing it does not mention).
     */
    static Person keepingAmbassadorStanding(Person old, Person given) {
        if (old == null || !old.is(Standing.AMBASSADOR) || given.is(Standing.AMBASSADOR)) {
            return given;
        }
        java.util.Set<Standing> standings = java.util.EnumSet.of(Standing.AMBASSADOR);
        standings.addAll(given.standings());
        return new Person(given.id(), given.honorific(), given.name(), given.otherNames(), given.role(),
                given.affiliation(), standings);
    }
}
