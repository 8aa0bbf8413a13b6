package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Chair;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;

import java.util.Objects;

/**
 * One edition of the Panhellenic eTwinning Conference and its programme. The edition number is its natural key.
 *
 * <p>Invariants, held whatever the order of changes: every session lies within the conference's days; every
 * person the programme names is known; every chair or moderator is an NSS member or an eTwinning ambassador; and
 * the programme's own rules (see {@link Programme}).
 */
public final class Conference {

    private final EditionNumber edition;
    private ConferenceDetails details;
    private Programme programme;
    private final long version;

    private Conference(EditionNumber edition, ConferenceDetails details, Programme programme, long version) {
        this.edition = Check.notNull(edition, "edition");
        this.details = Check.notNull(details, "conference details");
        this.programme = Check.notNull(programme, "programme");
        this.version = version;
    }

    /** A new edition with an empty programme. */
    public static Conference plan(EditionNumber edition, ConferenceDetails details) {
        return new Conference(edition, details, Programme.empty(), 0);
    }

    /**
     * An edition as it was stored, at the given version. The programme is checked again, so a row edited by hand
     * in the database cannot slip a broken programme into the model.
     */
    public static Conference restore(EditionNumber edition, ConferenceDetails details, Programme programme,
                                     PersonDirectory people, long version) {
        Conference c = new Conference(edition, details, Programme.empty(), version);
        c.checkProgramme(details, programme, people);
        c.programme = programme;
        return c;
    }

    public EditionNumber edition() {
        return edition;
    }

    public ConferenceDetails details() {
        return details;
    }

    public Programme programme() {
        return programme;
    }

    /** The version this copy was read at; every stored change increments it. */
    public long version() {
        return version;
    }

    /** Changes title, dates and the rest; refused if the programme would no longer fit the new dates. */
    public void revise(ConferenceDetails newDetails) {
        Check.notNull(newDetails, "conference details");
        for (Session s : programme.sessions()) {
            requireWithinDays(newDetails, s);
        }
        this.details = newDetails;
    }

    /** Replaces the whole programme, after checking it against the conference's days and the people it names. */
    public void replaceProgramme(Programme newProgramme, PersonDirectory people) {
        Check.notNull(newProgramme, "programme");
        checkProgramme(details, newProgramme, people);
        this.programme = newProgramme;
    }

    private void checkProgramme(ConferenceDetails d, Programme p, PersonDirectory people) {
        for (Session s : p.sessions()) {
            requireWithinDays(d, s);
            for (Chair chair : s.chairs()) {
                Person person = known(people, chair.person(), "session '" + s.id() + "'");
                if (!person.mayChair()) {
                    String role = chair.role().name().toLowerCase(java.util.Locale.ROOT);
                    throw new RuleViolationException("session '" + s.id() + "'", "chair-is-nss-member-or-ambassador",
                            "session '" + s.id() + "' names " + person.displayName() + " ('" + person.id()
                                    + "') as " + role + ", but only NSS members and eTwinning ambassadors may "
                                    + (role.equals("moderator") ? "moderate" : "chair") + " a session");
                }
            }
            for (Contribution c : s.contributions()) {
                for (PersonId speaker : c.speakers()) {
                    known(people, speaker, "contribution '" + c.id() + "'");
                }
            }
        }
    }

    private static Person known(PersonDirectory people, PersonId id, String item) {
        return people.find(id).orElseThrow(() -> new InvalidValueException(item, item + " names person '" + id
                + "', who is not known: add the person first"));
    }

    private void requireWithinDays(ConferenceDetails d, Session s) {
        if (!d.includes(s.day())) {
            throw new RuleViolationException("session '" + s.id() + "'", "session-within-conference-days",
                    "session '" + s.id() + "' is on " + s.day() + ", outside the conference's days "
                            + d.startDate() + " to " + d.endDate());
        }
    }

    /** Whether details and programme equal the other's, field for field: tells an unchanged re-import apart. */
    public boolean sameAs(Conference other) {
        return other != null && edition.equals(other.edition) && details.equals(other.details)
                && programme.sameAs(other.programme);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conference c && c.edition.equals(edition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition);
    }

    @Override
    public String toString() {
        return "Conference[" + edition + ", " + details.title() + "]";
    }
}
