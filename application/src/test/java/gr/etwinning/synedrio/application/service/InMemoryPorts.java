package gr.etwinning.synedrio.application.service;

import gr.etwinning.synedrio.domain.text.GreekText;

import gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.ambassador.AmbassadorRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.school.RegisteredSchool;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.person.Ambassador;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.school.School;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** In-memory stand-ins for the outgoing ports, for service tests. */
public final class InMemoryPorts {

    public final Set<EditionNumber> editions = new HashSet<>();
    public final Map<ContestNumber, Contest> contests = new TreeMap<>();
    public final Map<String, RegisteredSchool> schools = new LinkedHashMap<>();
    public final Map<PersonId, Person> persons = new LinkedHashMap<>();
    public final Map<PersonId, Ambassador> ambassadors = new LinkedHashMap<>();

    public final TransactionPort transactions = new TransactionPort() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    public final ConferenceRepository conferences = new ConferenceRepository() {
        @Override
        public List<ProgrammeMatch> searchProgramme(List<String> words, int limit) {
            return List.of(); // these fakes keep no programmes
        }

        @Override
        public List<ChairAssignment> chairAssignments(PersonId person) {
            return List.of(); // these fakes keep no programmes
        }

        @Override
        public List<ConferenceListing> listAll() {
            return List.of();
        }

        @Override
        public Optional<Conference> find(EditionNumber edition) {
            return Optional.empty();
        }

        @Override
        public boolean exists(EditionNumber edition) {
            return editions.contains(edition);
        }

        @Override
        public void add(Conference conference) {
            editions.add(conference.edition());
        }

        @Override
        public long update(Conference conference) {
            return conference.version() + 1;
        }
    };

    public final ContestRepository contestRepository = new ContestRepository() {
        @Override
        public List<Contest> listAll() {
            return List.copyOf(contests.values());
        }

        @Override
        public Optional<Contest> find(ContestNumber number) {
            return Optional.ofNullable(contests.get(number)).map(c -> copy(c, c.version()));
        }

        @Override
        public void add(Contest contest) {
            contests.put(contest.number(), copy(contest, 1));
        }

        @Override
        public long update(Contest contest) {
            Contest stored = contests.get(contest.number());
            if (stored == null || stored.version() != contest.version()) {
                throw new ConflictException("contest " + contest.number(), "stale");
            }
            contests.put(contest.number(), copy(contest, contest.version() + 1));
            return contest.version() + 1;
        }

        private Contest copy(Contest c, long version) {
            return Contest.restore(c.number(), c.schoolYear().orElse(null), c.presentedAt().orElse(null),
                    c.categories(), c.projects(), c.prizePolicy().orElse(null), version);
        }
    };

    public final SchoolRepository schoolRepository = new SchoolRepository() {
        @Override
        public void record(Collection<School> seen) {
            for (School s : seen) {
                RegisteredSchool r = schools.get(s.key());
                if (r == null) {
                    schools.put(s.key(), new RegisteredSchool(s, List.of(s.name())));
                } else if (!r.spellings().contains(s.name())) {
                    List<String> spellings = new ArrayList<>(r.spellings());
                    spellings.add(s.name());
                    schools.put(s.key(), new RegisteredSchool(r.school(), spellings));
                }
            }
        }

        @Override
        public List<RegisteredSchool> listAll() {
            return List.copyOf(schools.values());
        }
    };

    public final PersonRepository personRepository = new PersonRepository() {
        @Override
        public List<Person> search(List<String> words, int limit) {
            return persons.values().stream().filter(p -> {
                String names = " " + GreekText.key(p.name() + " " + String.join(" ", p.otherNames()));
                return words.stream().allMatch(w -> names.contains(" " + w));
            }).limit(limit).toList();
        }

        @Override
        public List<Person> findAll(Collection<PersonId> ids) {
            return ids.stream().map(persons::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void save(Person person) {
            persons.put(person.id(), person);
        }

        @Override
        public Optional<Person> find(PersonId id) {
            return Optional.ofNullable(persons.get(id));
        }
    };

    public final AmbassadorRepository ambassadorRepository = new AmbassadorRepository() {
        @Override
        public List<Listing> listAll() {
            return persons.values().stream().filter(p -> p.is(Standing.AMBASSADOR))
                    .map(p -> new Listing(p, Optional.ofNullable(ambassadors.get(p.id())))).toList();
        }

        @Override
        public void save(Ambassador ambassador) {
            ambassadors.put(ambassador.person(), ambassador);
        }
    };
}
