package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.AmbassadorRecord;
import gr.etwinning.synedrio.application.port.out.ambassador.AmbassadorRepository;
import gr.etwinning.synedrio.domain.person.Ambassador;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.AMBASSADOR;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PERSON;

/** Ambassadors' details in {@code ambassador}, one row per person; who is an ambassador is the person's standing. */
@Singleton
public final class JooqAmbassadorRepository implements AmbassadorRepository {

    private final Database database;
    private final JooqPersonRepository persons;

    @Inject
    public JooqAmbassadorRepository(Database database, JooqPersonRepository persons) {
        this.database = database;
        this.persons = persons;
    }

    @Override
    public List<Listing> listAll() {
        var dsl = database.dsl();
        List<PersonId> ids = dsl.select(PERSON.ID).from(PERSON).where(PERSON.AMBASSADOR.isTrue())
                .fetch(r -> new PersonId(r.value1()));
        Map<String, Ambassador> details = new HashMap<>();
        dsl.selectFrom(AMBASSADOR).fetch().forEach(r -> details.put(r.getPersonId(), toAmbassador(r)));
        List<Person> people = persons.findAll(ids);
        return people.stream().map(p -> new Listing(p, Optional.ofNullable(details.get(p.id().value())))).toList();
    }

    @Override
    public void save(Ambassador a) {
        var dsl = database.dsl();
        AmbassadorRecord r = new AmbassadorRecord();
        r.setPersonId(a.person().value());
        r.setSchoolName(a.school());
        r.setRegion(a.region());
        r.setSinceYear(a.since() == null ? null : a.since().getValue());
        if (dsl.update(AMBASSADOR).set(r).where(AMBASSADOR.PERSON_ID.eq(a.person().value())).execute() == 0) {
            dsl.insertInto(AMBASSADOR).set(r).execute();
        }
    }

    private static Ambassador toAmbassador(AmbassadorRecord r) {
        return new Ambassador(new PersonId(r.getPersonId()), r.getSchoolName(), r.getRegion(),
                r.getSinceYear() == null ? null : Year.of(r.getSinceYear()));
    }
}
