package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.PersonOtherNameRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.PersonRecord;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PERSON;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PERSON_OTHER_NAME;

/** Persons in the {@code person} and {@code person_other_name} tables. */
@Singleton
public final class JooqPersonRepository implements PersonRepository {

    private final Database database;

    @Inject
    public JooqPersonRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        List<Person> found = findAll(Set.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> keys = ids.stream().map(PersonId::value).distinct().toList();
        var dsl = database.dsl();
        Map<String, List<String>> otherNames = new HashMap<>();
        for (PersonOtherNameRecord r : dsl.selectFrom(PERSON_OTHER_NAME).where(PERSON_OTHER_NAME.PERSON_ID.in(keys))
                .orderBy(PERSON_OTHER_NAME.PERSON_ID, PERSON_OTHER_NAME.POSITION).fetch()) {
            otherNames.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(r.getOtherName());
        }
        List<Person> result = new ArrayList<>();
        for (PersonRecord r : dsl.selectFrom(PERSON).where(PERSON.ID.in(keys)).orderBy(PERSON.ID).fetch()) {
            result.add(PersonRecordMapper.toPerson(r, otherNames.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    @Override
    public List<Person> search(List<String> words, int limit) {
        List<String> ids = database.dsl().select(PERSON.ID).from(PERSON)
                .where(SearchKeys.matches(PERSON.SEARCH_KEY, words)).orderBy(PERSON.ID).limit(limit)
                .fetch(PERSON.ID);
        return findAll(ids.stream().map(PersonId::new).toList());
    }

    @Override
    public void save(Person person) {
        var dsl = database.dsl();
        PersonRecord record = PersonRecordMapper.toRecord(person);
        int updated = dsl.update(PERSON).set(record).where(PERSON.ID.eq(person.id().value())).execute();
        if (updated == 0) {
            dsl.insertInto(PERSON).set(record).execute();
        }
        dsl.deleteFrom(PERSON_OTHER_NAME).where(PERSON_OTHER_NAME.PERSON_ID.eq(person.id().value())).execute();
        List<String> others = person.otherNames();
        if (!others.isEmpty()) {
            var insert = dsl.insertInto(PERSON_OTHER_NAME, PERSON_OTHER_NAME.PERSON_ID, PERSON_OTHER_NAME.POSITION,
                    PERSON_OTHER_NAME.OTHER_NAME);
            for (int i = 0; i < others.size(); i++) {
                insert = insert.values(person.id().value(), i, others.get(i));
            }
            insert.execute();
        }
    }
}
