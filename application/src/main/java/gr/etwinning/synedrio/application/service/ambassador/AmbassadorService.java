package gr.etwinning.synedrio.application.service.ambassador;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.ambassador.AddAmbassadorUseCase;
import gr.etwinning.synedrio.application.port.in.ambassador.AmbassadorData;
import gr.etwinning.synedrio.application.port.in.ambassador.ListAmbassadorsUseCase;
import gr.etwinning.synedrio.application.port.out.ambassador.AmbassadorRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.person.Ambassador;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.time.Year;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ambassadors' registry. Recording an ambassador gives the person the {@link Standing#AMBASSADOR} standing in
 * the same transaction, so the registry and the chair rule never disagree about who is an ambassador.
 */
@Singleton
public final class AmbassadorService implements ListAmbassadorsUseCase, AddAmbassadorUseCase {

    private final PersonRepository persons;
    private final AmbassadorRepository ambassadors;
    private final SchoolRepository schools;
    private final TransactionPort transactions;

    @Inject
    public AmbassadorService(PersonRepository persons, AmbassadorRepository ambassadors, SchoolRepository schools,
                             TransactionPort transactions) {
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.ambassadors = Objects.requireNonNull(ambassadors, "'ambassadors' must not be null");
        this.schools = Objects.requireNonNull(schools, "'schools' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public List<AmbassadorData> listAmbassadors() {
        return ambassadors.listAll().stream()
                .sorted(Comparator.comparing((AmbassadorRepository.Listing l) -> l.person().name(),
                        GreekText.COLLATOR))
                .map(l -> toData(l.person(), l.details())).toList();
    }

    @Override
    public AmbassadorData addAmbassador(AddAmbassadorCommand command) {
        AmbassadorData d = command.ambassador();
        PersonId id = new PersonId(d.person());
        Ambassador details = new Ambassador(id, d.school(), d.region(), d.since() == null ? null : Year.of(d.since()));
        return transactions.inTransaction(() -> {
            Optional<Person> existing = persons.find(id);
            Person person;
            if (existing.isEmpty()) {
                if (d.name() == null || d.name().isBlank()) {
                    throw new InvalidValueException("person '" + id + "'", "there is no person '" + id
                            + "': give the ambassador's name to add them");
                }
                person = new Person(id, null, d.name(), List.of(), null, null, EnumSet.of(Standing.AMBASSADOR));
                persons.save(person);
            } else {
                person = existing.get();
                if (d.name() != null && !d.name().isBlank() && !person.answersTo(d.name())) {
                    throw new InvalidValueException("person '" + id + "'", "person '" + id + "' is "
                            + person.name() + ", not " + d.name().strip() + ": check the id");
                }
                if (!person.is(Standing.AMBASSADOR)) {
                    Set<Standing> standings = EnumSet.of(Standing.AMBASSADOR);
                    standings.addAll(person.standings());
                    person = new Person(id, person.honorific(), person.name(), person.otherNames(), person.role(),
                            person.affiliation(), standings);
                    persons.save(person);
                }
            }
            details.schoolUnit().ifPresent(s -> schools.record(List.of(s)));
            ambassadors.save(details);
            return toData(person, Optional.of(details));
        });
    }

    private static AmbassadorData toData(Person p, Optional<Ambassador> details) {
        return new AmbassadorData(p.id().value(), p.name(), details.map(Ambassador::school).orElse(null),
                details.map(Ambassador::region).orElse(null),
                details.map(Ambassador::since).map(Year::getValue).orElse(null));
    }
}
