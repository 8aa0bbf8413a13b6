package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A conference's sessions, in the order the organisers list them. By construction: session and contribution ids
 * are unique within the edition, nobody speaks or chairs in two slots whose known times overlap (chairing a
 * session and speaking in it is one slot, not two), and no room holds two sessions at once. Slots whose times are
 * unknown cannot clash. The rules are {@link ProgrammeRules}'s; this constructor throws the first error.
 */
public final class Programme {

    private static final Programme EMPTY = new Programme(List.of());

    private final List<Session> sessions;

    public Programme(List<Session> sessions) {
        this.sessions = Check.list(sessions, "session");
        List<ProgrammeProblem> problems = new ArrayList<>(ProgrammeRules.uniqueIds(this.sessions));
        problems.addAll(ProgrammeRules.onePlaceAtATime(ProgrammeDays.midnightToMidnight(), this.sessions));
        problems.addAll(ProgrammeRules.roomOnceAtATime(ProgrammeDays.midnightToMidnight(), this.sessions));
        ProgrammeProblem.throwFirstError(problems);
    }

    public static Programme empty() {
        return EMPTY;
    }

    /** The sessions in the order the organisers list them. */
    public List<Session> sessions() {
        return sessions;
    }

    /**
     * The sessions in time order: by day, then by start where it is known, sessions of unknown time after the
     * timed ones of their day, and the organisers' order breaking ties.
     */
    public List<Session> inTimeOrder() {
        return inTimeOrder(ProgrammeDays.midnightToMidnight());
    }

    /** The same, times placed by the days' hours: a session at 01:00 of a day that runs to 04:00 comes last. */
    public List<Session> inTimeOrder(ProgrammeDays days) {
        Map<Session, Integer> position = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            position.put(sessions.get(i), i);
        }
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::day)
                .thenComparing(s -> s.time().map(t -> t.startAfter(days.hoursOf(s.day()).start())).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(position::get));
        return List.copyOf(sorted);
    }

    public Optional<Session> session(SessionId id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<LocalDate> days() {
        return sessions.stream().map(Session::day).distinct().sorted().toList();
    }

    public int contributionCount() {
        return sessions.stream().mapToInt(s -> s.contributions().size()).sum();
    }

    /** Everybody the programme names, as speaker or chair, in order of first mention. */
    public Set<PersonId> people() {
        Set<PersonId> people = new LinkedHashSet<>();
        for (Session s : sessions) {
            s.chairs().forEach(c -> people.add(c.person()));
            s.contributions().forEach(c -> people.addAll(c.speakers()));
        }
        return people;
    }

    /** Whether both programmes hold the same sessions and contributions, field for field and in the same order. */
    public boolean sameAs(Programme other) {
        if (other == null || sessions.size() != other.sessions.size()) {
            return false;
        }
        for (int i = 0; i < sessions.size(); i++) {
            if (!sessions.get(i).sameAs(other.sessions.get(i))) {
                return false;
            }
        }
        return true;
    }
}
