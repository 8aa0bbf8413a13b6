package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule of a programme, each written once as an evaluation that lists all its breaches instead of stopping at
 * the first. The constructors of {@link Session} and {@link Programme} and {@link
 * gr.etwinning.synedrio.domain.conference.Conference#replaceProgramme} throw the first error these return; the
 * programme checks report them all, warnings included. The sessions given may hold duplicates: a draft is checked
 * before it could be a {@link Programme}.
 */
public final class ProgrammeRules {

    private ProgrammeRules() {
    }

    /** Every rule, errors then warnings, on sessions that each constructed. */
    public static List<ProgrammeProblem> evaluate(ProgrammeDays details, List<Session> sessions,
                                                  PersonDirectory people) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        problems.addAll(uniqueIds(sessions));
        problems.addAll(withinConferenceDays(details, sessions));
        problems.addAll(peopleKnown(sessions, people));
        problems.addAll(chairsMayChair(sessions, people));
        problems.addAll(onePlaceAtATime(details, sessions));
        problems.addAll(roomOnceAtATime(details, sessions));
        problems.addAll(gaps(sessions));
        return List.copyOf(problems);
    }

    // ---- errors -------------------------------------------------------------------------------------------------

    /** Contributions whose known time does not lie within their session's known time. */
    public static List<ProgrammeProblem> contributionsWithinSession(SessionId session, TimeRange time,
                                                                   List<Contribution> contributions) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        if (time == null) {
            return problems;
        }
        for (Contribution c : contributions) {
            if (c.time().isPresent() && !time.contains(c.time().get())) {
                problems.add(ProgrammeProblem.error("contribution-within-session",
                        List.of("contribution '" + c.id() + "'", "session '" + session + "'"),
                        Map.of("time", c.time().get().toString(), "session-time", time.toString()),
                        "contribution '" + c.id() + "' (" + c.time().get() + ") does not lie within its session '"
                                + session + "' (" + time + ")"));
            }
        }
        return problems;
    }

    /** Session ids and contribution ids each appear once in an edition. */
    public static List<ProgrammeProblem> uniqueIds(List<Session> sessions) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        Set<SessionId> sessionIds = new HashSet<>();
        Set<ContributionId> contributionIds = new HashSet<>();
        for (Session s : sessions) {
            if (!sessionIds.add(s.id())) {
                problems.add(ProgrammeProblem.error("unique-ids", List.of("session '" + s.id() + "'"),
                        "session '" + s.id() + "' appears twice in the programme"));
            }
            for (Contribution c : s.contributions()) {
                if (!contributionIds.add(c.id())) {
                    problems.add(ProgrammeProblem.error("unique-ids", List.of("contribution '" + c.id() + "'"),
                            "contribution '" + c.id() + "' appears twice in the programme"));
                }
            }
        }
        return problems;
    }

    /**
     * Every session is on one of the conference's days and within that day's hours: a day without hours ends at
     * midnight, a day of 11:00 to 04:00 holds a session 23:00–01:30 and one at 02:00 (its night).
     */
    public static List<ProgrammeProblem> withinConferenceDays(ProgrammeDays d, List<Session> sessions) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (Session s : sessions) {
            if (!d.includes(s.day())) {
                problems.add(ProgrammeProblem.error("session-within-conference-days",
                        List.of("session '" + s.id() + "'"), Map.of("day", s.day().toString(), "from",
                                d.startDate().toString(), "to", d.endDate().toString()),
                        "session '" + s.id() + "' is on " + s.day()
                                + ", outside the conference's days " + d.startDate() + " to " + d.endDate()));
            } else if (s.time().isPresent() && !d.hoursOf(s.day()).holds(s.time().get())) {
                Optional<DayHours> hours = d.hours(s.day());
                Map<String, String> values = new LinkedHashMap<>();
                values.put("time", s.time().get().toString());
                values.put("day", s.day().toString());
                hours.ifPresent(h -> values.put("hours", h.toString()));
                problems.add(ProgrammeProblem.error("session-within-conference-day",
                        List.of("session '" + s.id() + "'"), values, "session '" + s.id() + "' (" + s.time().get()
                                + ") does not lie within its day " + s.day() + (hours.isPresent()
                                ? " (" + hours.get() + ")"
                                : ", which ends at midnight: give the day its hours (e.g. 11:00 to 04:00) for a"
                                        + " session past midnight")));
            }
        }
        return problems;
    }

    /** Every person named as chair or speaker is known. */
    public static List<ProgrammeProblem> peopleKnown(List<Session> sessions, PersonDirectory people) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (Session s : sessions) {
            for (Chair chair : s.chairs()) {
                unknown(people, chair.person(), "session '" + s.id() + "'").ifPresent(problems::add);
            }
            for (Contribution c : s.contributions()) {
                for (PersonId speaker : c.speakers()) {
                    unknown(people, speaker, "contribution '" + c.id() + "'").ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static Optional<ProgrammeProblem> unknown(PersonDirectory people, PersonId id, String item) {
        if (people.find(id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ProgrammeProblem.error("person-known", List.of(item, "person '" + id + "'"),
                item + " names person '" + id + "', who is not known: add the person first"));
    }

    /** Only NSS members and eTwinning ambassadors chair or moderate a session. */
    public static List<ProgrammeProblem> chairsMayChair(List<Session> sessions, PersonDirectory people) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (Session s : sessions) {
            for (Chair chair : s.chairs()) {
                Optional<Person> found = people.find(chair.person());
                if (found.isPresent() && !found.get().mayChair()) {
                    Person person = found.get();
                    String role = chair.role().name().toLowerCase(Locale.ROOT);
                    problems.add(ProgrammeProblem.error("chair-is-nss-member-or-ambassador",
                            List.of("session '" + s.id() + "'", "person '" + person.id() + "'"),
                            Map.of("name", person.displayName(), "role", role),
                            "session '" + s.id() + "' names " + person.displayName() + " ('" + person.id()
                                    + "') as " + role + ", but only NSS members and eTwinning ambassadors may "
                                    + (role.equals("moderator") ? "moderate" : "chair") + " a session"));
                }
            }
        }
        return problems;
    }

    private record Slot(PersonId person, LocalDate day, TimeRange time, SessionId session, boolean chairing,
                        String what, String item, LocalDateTime from, LocalDateTime to) {

        Slot(ProgrammeDays days, PersonId person, LocalDate day, TimeRange time, SessionId session, boolean chairing,
             String what, String item) {
            this(person, day, time, session, chairing, what, item, days.startOf(day, time), days.endOf(day, time));
        }

        boolean overlaps(Slot o) {
            return from.isBefore(o.to) && o.from.isBefore(to);
        }
    }

    /**
     * Nobody speaks or chairs in two slots whose known times overlap, each placed on the calendar by its day's
     * hours (a workshop 23:30–00:30 and one at 00:00 of the same night clash). Chairing a session and speaking in
     * it is one slot, not two; slots of unknown time cannot clash.
     */
    public static List<ProgrammeProblem> onePlaceAtATime(ProgrammeDays days, List<Session> sessions) {
        Map<PersonId, List<Slot>> slots = new LinkedHashMap<>();
        for (Session s : sessions) {
            s.time().ifPresent(t -> s.chairs().forEach(c -> slots.computeIfAbsent(c.person(), k -> new ArrayList<>())
                    .add(new Slot(days, c.person(), s.day(), t, s.id(), true,
                            (c.role() == ChairRole.MODERATOR ? "moderates" : "chairs") + " session '" + s.id() + "'",
                            "session '" + s.id() + "'"))));
            for (Contribution c : s.contributions()) {
                c.time().ifPresent(t -> c.speakers().forEach(p -> slots.computeIfAbsent(p, k -> new ArrayList<>())
                        .add(new Slot(days, p, s.day(), t, s.id(), false, "speaks in contribution '" + c.id() + "'",
                                "contribution '" + c.id() + "'"))));
            }
        }
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (List<Slot> personal : slots.values()) {
            for (int i = 0; i < personal.size(); i++) {
                for (int j = i + 1; j < personal.size(); j++) {
                    Slot a = personal.get(i);
                    Slot b = personal.get(j);
                    boolean chairAndSpeakerOfSameSession = a.session().equals(b.session())
                            && (a.chairing() || b.chairing());
                    boolean comparable = days.placesExactly() || a.day().equals(b.day());
                    if (comparable && a.overlaps(b) && !chairAndSpeakerOfSameSession) {
                        problems.add(ProgrammeProblem.error("one-place-at-a-time",
                                List.of("person '" + a.person() + "'", a.item(), b.item()),
                                Map.of("day", a.day().toString(), "time", a.time().toString(), "other-time",
                                        b.time().toString(), "action", a.what().split(" ")[0], "other-action",
                                        b.what().split(" ")[0]),
                                "person '" + a.person() + "' would be in two places at once on " + a.day() + ": "
                                        + a.what() + " (" + a.time() + ") and " + b.what() + " (" + b.time() + ")"));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * No room holds two sessions at once: same room (however its name is typed), overlapping known times, each
     * placed on the calendar by its day's hours.
     */
    public static List<ProgrammeProblem> roomOnceAtATime(ProgrammeDays days, List<Session> sessions) {
        Map<String, List<Session>> byRoom = new LinkedHashMap<>();
        for (Session s : sessions) {
            if (s.room().isPresent() && s.time().isPresent()) {
                byRoom.computeIfAbsent(GreekText.key(s.room().get()), k -> new ArrayList<>()).add(s);
            }
        }
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (List<Session> room : byRoom.values()) {
            for (int i = 0; i < room.size(); i++) {
                for (int j = i + 1; j < room.size(); j++) {
                    Session a = room.get(i);
                    Session b = room.get(j);
                    if (a.id().equals(b.id()) || !days.placesExactly() && !a.day().equals(b.day())) {
                        continue;
                    }
                    TimeRange ta = a.time().get();
                    TimeRange tb = b.time().get();
                    if (days.startOf(a.day(), ta).isBefore(days.endOf(b.day(), tb))
                            && days.startOf(b.day(), tb).isBefore(days.endOf(a.day(), ta))) {
                        problems.add(ProgrammeProblem.error("room-once-at-a-time",
                                List.of("session '" + a.id() + "'", "session '" + b.id() + "'",
                                        "room '" + a.room().get() + "'"),
                                Map.of("day", a.day().toString(), "time", ta.toString(), "other-time",
                                        tb.toString()),
                                "room '" + a.room().get() + "' is booked twice on " + a.day() + ": session '"
                                        + a.id() + "' (" + ta + ") and session '" + b.id() + "' (" + tb + ")"));
                    }
                }
            }
        }
        return problems;
    }

    // ---- warnings -----------------------------------------------------------------------------------------------

    /** Gaps worth knowing about: no chair, unknown times, untitled contributions (one warning per session). */
    public static List<ProgrammeProblem> gaps(List<Session> sessions) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        for (Session s : sessions) {
            String item = "session '" + s.id() + "'";
            if (s.chairs().isEmpty()) {
                problems.add(ProgrammeProblem.warning("session-has-chair", List.of(item),
                        item + " names no chair or moderator"));
            }
            if (s.time().isEmpty()) {
                problems.add(ProgrammeProblem.warning("time-known", List.of(item), Map.of("day", s.day().toString()),
                        item + " on " + s.day() + " has no known start and end"));
            }
            List<String> untimed = new ArrayList<>();
            List<String> untitled = new ArrayList<>();
            for (Contribution c : s.contributions()) {
                if (c.time().isEmpty()) {
                    untimed.add(c.id().value());
                }
                if (c.title().isEmpty()) {
                    untitled.add(c.id().value());
                }
            }
            if (!untimed.isEmpty()) {
                problems.add(ProgrammeProblem.warning("time-known", items(item, untimed),
                        counted(untimed.size(), s.contributions().size(), untimed),
                        item + ": " + count(untimed.size(), s.contributions().size()) + " no known time ("
                                + range(untimed) + ")"));
            }
            if (!untitled.isEmpty()) {
                problems.add(ProgrammeProblem.warning("contribution-has-title", items(item, untitled),
                        counted(untitled.size(), s.contributions().size(), untitled),
                        item + ": " + count(untitled.size(), s.contributions().size()) + " no title ("
                                + range(untitled) + ")"));
            }
        }
        return problems;
    }

    private static List<String> items(String session, List<String> contributions) {
        List<String> items = new ArrayList<>();
        items.add(session);
        contributions.forEach(c -> items.add("contribution '" + c + "'"));
        return items;
    }

    private static Map<String, String> counted(int n, int of, List<String> ids) {
        return Map.of("count", Integer.toString(n), "of", Integer.toString(of), "range", range(ids));
    }

    private static String count(int n, int of) {
        if (n == 1) {
            return of == 1 ? "its contribution has" : "1 of " + of + " contributions has";
        }
        if (n == 2 && of == 2) {
            return "both contributions have";
        }
        return (n == of ? "all " + n : n + " of " + of) + " contributions have";
    }

    private static String range(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids) : ids.get(0) + " … " + ids.get(ids.size() - 1);
    }
}
