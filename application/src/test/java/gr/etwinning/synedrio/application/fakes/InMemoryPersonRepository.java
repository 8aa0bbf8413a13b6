package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.domain.text.GreekText;

import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persons in a map; a {@link Person} is immutable, so a copy of the map is a full snapshot. */
public final class InMemoryPersonRepository implements PersonRepository, Snapshotting {

    private Map<PersonId, Person> persons = new LinkedHashMap<>();
    private int saves;

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(persons.get(id));
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return new HashSet<>(ids).stream().map(persons::get).filter(p -> p != null).toList();
    }

    @Override
    public void save(Person person) {
        persons.put(person.id(), person);
        saves++;
    }

    /** Every stored person, in the order first saved. */
    public List<Person> all() {
        return List.copyOf(persons.values());
    }

    /** How many times {@link #save(Person)} ran, rolled-back saves included. */
    public int saves() {
        return saves;
    }

    @Override
    public Runnable snapshot() {
        Map<PersonId, Person> saved = new LinkedHashMap<>(persons);
        return () -> persons = new LinkedHashMap<>(saved);
    }

    @Override
    public List<Person> search(List<String> words, int limit) {
        return persons.values().stream()
                .filter(p -> {
                    String names = " " + GreekText.key(p.name() + " " + String.join(" ", p.otherNames()));
                    return words.stream().allMatch(w -> names.contains(" " + w));
                })
                .limit(limit).toList();
    }
}
