package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.PersonRecord;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.person.Standing;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A person and its row. */
final class PersonRecordMapper {

    private PersonRecordMapper() {
    }

    static PersonRecord toRecord(Person p) {
        PersonRecord r = new PersonRecord();
        r.setId(p.id().value());
        r.setHonorific(p.honorific());
        r.setFullName(p.name());
        r.setRole(p.role());
        r.setAffiliation(p.affiliation());
        r.setNssMember(p.is(Standing.NSS_MEMBER));
        r.setAmbassador(p.is(Standing.AMBASSADOR));
        StringBuilder key = new StringBuilder(GreekText.key(p.name()));
        p.otherNames().forEach(n -> key.append(' ').append(GreekText.key(n)));
        r.setSearchKey(key.length() > 1000 ? key.substring(0, 1000) : key.toString());
        return r;
    }

    static Person toPerson(PersonRecord r, List<String> otherNames) {
        Set<Standing> standings = EnumSet.noneOf(Standing.class);
        if (Boolean.TRUE.equals(r.getNssMember())) {
            standings.add(Standing.NSS_MEMBER);
        }
        if (Boolean.TRUE.equals(r.getAmbassador())) {
            standings.add(Standing.AMBASSADOR);
        }
        return new Person(new PersonId(r.getId()), r.getHonorific(), r.getFullName(), otherNames, r.getRole(),
                r.getAffiliation(), standings);
    }
}
