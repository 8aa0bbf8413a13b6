package gr.etwinning.synedrio.domain.person;

import gr.etwinning.synedrio.domain.Check;

/**
 * A person's identifier as operators write it in datasets: lower-case Latin letters, digits and hyphens
 * ("koppis-alexandros"), so that it survives every file format and URL unchanged.
 */
public record PersonId(String value) implements Comparable<PersonId> {

    public PersonId {
        Check.slug(value, "person id");
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** The id a person's name suggests: surname first, in Latin letters as ELOT 743 writes them ("koppis-alexandros"). */
    public static PersonId fromName(String name) {
        return new PersonId(gr.etwinning.synedrio.domain.text.Elot743.personSlug(name));
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
