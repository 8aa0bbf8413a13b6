package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A block of the programme on one day, in one (virtual) room, with its chairs and its contributions in running
 * order. Its time may be unknown. A contribution with a known time lies within the session's known time.
 */
public final class Session {

    private final SessionId id;
    private final SessionKind kind;
    private final String title;
    private final LocalDate day;
    private final TimeRange time;
    private final String room;
    private final EducationLevel level;
    private final String notes;
    private final List<Chair> chairs;
    private final List<Contribution> contributions;

    public Session(SessionId id, SessionKind kind, String title, LocalDate day, TimeRange time, String room,
                   EducationLevel level, String notes, List<Chair> chairs, List<Contribution> contributions) {
        this.id = Check.notNull(id, "session id");
        String item = "session '" + id + "'";
        this.kind = Check.notNull(kind, item + " kind");
        this.title = Check.optionalText(title, item + " title", 500);
        this.day = Check.notNull(day, item + " day");
        this.time = time;
        this.room = Check.optionalText(room, item + " room", 200);
        this.level = level;
        this.notes = Check.optionalText(notes, item + " notes", 2000);
        this.chairs = Check.list(chairs, item + " chair");
        Set<PersonId> chairPersons = new HashSet<>();
        for (Chair chair : this.chairs) {
            if (!chairPersons.add(chair.person())) {
                throw new InvalidValueException(item, item + " names chair '" + chair.person() + "' twice");
            }
        }
        this.contributions = Check.list(contributions, item + " contribution");
        Set<ContributionId> ids = new HashSet<>();
        for (Contribution c : this.contributions) {
            if (!ids.add(c.id())) {
                throw new InvalidValueException(item, item + " lists contribution '" + c.id() + "' twice");
            }
        }
        ProgrammeProblem.throwFirstError(ProgrammeRules.contributionsWithinSession(id, time, this.contributions));
    }

    public SessionId id() {
        return id;
    }

    public SessionKind kind() {
        return kind;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public LocalDate day() {
        return day;
    }

    /** When it takes place, or empty when the source does not say. */
    public Optional<TimeRange> time() {
        return Optional.ofNullable(time);
    }

    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    /** The education level of a parallel session, if it is for one. */
    public Optional<EducationLevel> level() {
        return Optional.ofNullable(level);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public List<Chair> chairs() {
        return chairs;
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    boolean sameAs(Session o) {
        if (!(id.equals(o.id) && kind == o.kind && Objects.equals(title, o.title) && day.equals(o.day)
                && Objects.equals(time, o.time) && Objects.equals(room, o.room) && level == o.level
                && Objects.equals(notes, o.notes) && chairs.equals(o.chairs)
                && contributions.size() == o.contributions.size())) {
            return false;
        }
        for (int i = 0; i < contributions.size(); i++) {
            if (!contributions.get(i).sameAs(o.contributions.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session s && s.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Session[" + id + ", " + kind + ", " + day + "]";
    }
}
