package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.ProgrammeProblem;
import gr.etwinning.synedrio.domain.programme.ProgrammeRules;

import java.util.ArrayList;
import java.util.List;
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
     * An edition as it was stored, at the given version. The programme's own rules, the days and the people it names
     * are checked again, so a row edited by hand cannot slip a broken programme into the model. Whether each chair
     * may still chair is not: that depends on another aggregate, the person, which the services keep consistent when
     * it changes; {@link #problems(PersonDirectory)} reports it should it ever drift.
     */
    public static Conference restore(EditionNumber edition, ConferenceDetails details, Programme programme,
                                     PersonDirectory people, long version) {
        Conference c = new Conference(edition, details, Programme.empty(), version);
        List<ProgrammeProblem> problems = new ArrayList<>(placed(details, programme));
        problems.addAll(ProgrammeRules.peopleKnown(programme.sessions(), people));
        ProgrammeProblem.throwFirstError(problems);
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
        ProgrammeProblem.throwFirstError(placed(newDetails, programme));
        this.details = newDetails;
    }

    /** Replaces the whole programme, after checking it against the conference's days and the people it names. */
    public void replaceProgramme(Programme newProgramme, PersonDirectory people) {
        Check.notNull(newProgramme, "programme");
        checkProgramme(details, newProgramme, people);
        this.programme = newProgramme;
    }

    /**
     * Replaces the whole programme and the details together, the programme checked against the new details: a
     * schedule file brings both the days' hours and the late sessions that need them.
     */
    public void replaceProgramme(ConferenceDetails newDetails, Programme newProgramme, PersonDirectory people) {
        Check.notNull(newDetails, "conference details");
        Check.notNull(newProgramme, "programme");
        checkProgramme(newDetails, newProgramme, people);
        this.details = newDetails;
        this.programme = newProgramme;
    }

    /**
     * Every problem of the current programme, errors and warnings, as {@link ProgrammeRules} finds them: a stored
     * programme has no errors unless the people it names changed since.
     */
    public List<ProgrammeProblem> problems(PersonDirectory people) {
        return ProgrammeRules.evaluate(details, programme.sessions(), people);
    }

    /**
     * The rules that depend on the days' hours: each session within its day, and, with every time placed on the
     * calendar by its day's hours, nobody and no room twice at once (the programme alone compares times of the
     * same day only).
     */
    private static List<ProgrammeProblem> placed(ConferenceDetails d, Programme p) {
        List<ProgrammeProblem> problems = new ArrayList<>(ProgrammeRules.withinConferenceDays(d, p.sessions()));
        problems.addAll(ProgrammeRules.onePlaceAtATime(d, p.sessions()));
        problems.addAll(ProgrammeRules.roomOnceAtATime(d, p.sessions()));
        return problems;
    }

    private static void checkProgramme(ConferenceDetails d, Programme p, PersonDirectory people) {
        List<ProgrammeProblem> problems = new ArrayList<>(placed(d, p));
        problems.addAll(ProgrammeRules.peopleKnown(p.sessions(), people));
        problems.addAll(ProgrammeRules.chairsMayChair(p.sessions(), people));
        ProgrammeProblem.throwFirstError(problems);
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
