package gr.etwinning.synedrio.domain.person;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Somebody the conference names: a speaker, a chair, a moderator. The honorific is kept as written in the source
 * ("κ.", "κα", "Δρ.", "Καθηγητής"), the name in the nominative, exactly as given. Equality is by id.
 */
public final class Person {

    private final PersonId id;
    private final String honorific;
    private final String name;
    private final List<String> otherNames;
    private final String role;
    private final String affiliation;
    private final Set<Standing> standings;

    public Person(PersonId id, String honorific, String name, List<String> otherNames, String role,
                  String affiliation, Set<Standing> standings) {
        this.id = Check.notNull(id, "person id");
        String item = "person '" + id + "'";
        this.honorific = Check.optionalText(honorific, item + " honorific", 40);
        this.name = Check.text(name, item + " name", 200);
        List<String> others = new ArrayList<>();
        for (String other : Check.list(otherNames, item + " other name")) {
            String o = Check.text(other, item + " other name", 200);
            if (!others.contains(o) && !o.equals(this.name)) {
                others.add(o);
            }
        }
        this.otherNames = List.copyOf(others);
        this.role = Check.optionalText(role, item + " role", 500);
        this.affiliation = Check.optionalText(affiliation, item + " affiliation", 500);
        this.standings = standings == null || standings.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(standings));
    }

    public PersonId id() {
        return id;
    }

    /** As written in the source, or {@code null} when it gives none. */
    public String honorific() {
        return honorific;
    }

    public String name() {
        return name;
    }

    /** Other spellings the sources use for the same person ("Μιχάλης" for "Μιχαήλ"). */
    public List<String> otherNames() {
        return otherNames;
    }

    public String role() {
        return role;
    }

    public String affiliation() {
        return affiliation;
    }

    public Set<Standing> standings() {
        return standings;
    }

    public boolean is(Standing standing) {
        return standings.contains(standing);
    }

    /** Only NSS members and eTwinning ambassadors chair sessions. */
    public boolean mayChair() {
        return is(Standing.NSS_MEMBER) || is(Standing.AMBASSADOR);
    }

    /** "κ. Αλέξανδρος Κόππης": honorific and name, as a programme prints them. */
    public String displayName() {
        return honorific == null ? name : honorific + " " + name;
    }

    /** Whether this person is meant by a query, however its name is typed. */
    public boolean answersTo(String query) {
        if (GreekText.matches(name, query)) {
            return true;
        }
        for (String other : otherNames) {
            if (GreekText.matches(other, query)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every field equals the other's: used to tell an unchanged re-import from an update. */
    public boolean sameAs(Person other) {
        return other != null && id.equals(other.id) && Objects.equals(honorific, other.honorific)
                && name.equals(other.name) && otherNames.equals(other.otherNames) && Objects.equals(role, other.role)
                && Objects.equals(affiliation, other.affiliation) && standings.equals(other.standings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Person[" + id + ", " + displayName() + "]";
    }
}
