package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
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
 * are unique within the edition, and nobody speaks or chairs in two slots whose known times overlap. (Chairing a
 * session and speaking in it is one slot, not two.) Slots whose times are unknown cannot clash.
 */
public final class Programme {

    private static final Programme EMPTY = new Programme(List.of());

    private final List<Session> sessions;

    public Programme(List<Session> sessions) {
        this.sessions = Check.list(sessions, "session");
        Set<SessionId> sessionIds = new java.util.HashSet<>();
        Set<ContributionId> contributionIds = new java.util.HashSet<>();
        for (Session s : this.sessions) {
            if (!sessionIds.add(s.id())) {
                throw new InvalidValueException("session '" + s.id() + "'", "session '" + s.id()
                        + "' appears twice in the programme");
            }
            for (Contribution c : s.contributions()) {
                if (!contributionIds.add(c.id())) {
                    throw new InvalidValueException("contribution '" + c.id() + "'", "contribution '" + c.id()
                            + "' appears twice in the programme");
                }
            }
        }
        checkNobodyIsInTwoPlacesAtOnce();
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
        Map<Session, Integer> position = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            position.put(sessions.get(i), i);
        }
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::day)
                .thenComparing(s -> s.time().map(TimeRange::start).orElse(null),
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

    private record Slot(PersonId person, LocalDate day, TimeRange time, SessionId session, boolean chairing,
                        String what) {
    }

    private void checkNobodyIsInTwoPlacesAtOnce() {
        Map<PersonId, List<Slot>> slots = new HashMap<>();
        for (Session s : sessions) {
            s.time().ifPresent(t -> s.chairs().forEach(c -> slots.computeIfAbsent(c.person(), k -> new ArrayList<>())
                    .add(new Slot(c.person(), s.day(), t, s.id(), true,
                            (c.role() == ChairRole.MODERATOR ? "moderates" : "chairs") + " session '" + s.id() + "'"))));
            for (Contribution c : s.contributions()) {
                c.time().ifPresent(t -> c.speakers().forEach(p -> slots.computeIfAbsent(p, k -> new ArrayList<>())
                        .add(new Slot(p, s.day(), t, s.id(), false, "speaks in contribution '" + c.id() + "'"))));
            }
        }
        for (List<Slot> personal : slots.values()) {
            for (int i = 0; i < personal.size(); i++) {
                for (int j = i + 1; j < personal.size(); j++) {
                    Slot a = personal.get(i);
                    Slot b = personal.get(j);
                    boolean chairAndSpeakerOfSameSession = a.session().equals(b.session())
                            && (a.chairing() || b.chairing());
                    if (a.day().equals(b.day()) && a.time().overlaps(b.time()) && !chairAndSpeakerOfSameSession) {
                        throw new RuleViolationException("person '" + a.person() + "'", "one-place-at-a-time",
                                "person '" + a.person() + "' would be in two places at once on " + a.day() + ": "
                                        + a.what() + " (" + a.time() + ") and " + b.what() + " (" + b.time() + ")");
                    }
                }
            }
        }
    }
}
