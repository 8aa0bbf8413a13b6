package gr.etwinning.synedrio.application.service.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.programme.DayHours;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.text.Elot743;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read {@link Schedule} as a programme's sessions and the days' hours. A file Synedrio wrote is read back by its
 * conventions (see {@link ScheduleMapper}), so export → import → export gives the same bytes. A file from pretalx,
 * frab, the c3voc tools or the hub becomes, per conference day and room, one session for each run of consecutive
 * events of one track; each event a contribution whose id is made from its code, slug or id.
 *
 * <p>An event belongs to the day the file lists it on (schedule.json 2.0: the day whose hours hold its start), even
 * when it starts after midnight; a day's hours are the file's, widened to hold its events. What a programme cannot
 * hold as the file has it is changed and said so in {@link Result#changed()}: an event overlapping the session
 * before it in its room joins that session, and a person named in two events at once stays a speaker of the first.
 */
final class ScheduleImport {

    private static final Pattern OUR_SLUG = Pattern.compile("[a-z0-9]+-([a-z0-9][a-z0-9-]*?)(?:_([a-z0-9][a-z0-9-]*))?");
    private static final Duration DAY = Duration.ofDays(1);

    private ScheduleImport() {
    }

    /**
     * The programme's sessions; the hours of the days that have their own (midnight to midnight otherwise); the
     * dates the days cover; what was changed to fit, in sentences; and by contribution id the id the source tool
     * gave each event (its code: pretalx's, or older frab's guid that is not a UUID), which the programme keeps.
     */
    record Result(List<SessionData> sessions, Map<LocalDate, DayHours> hours, LocalDate start, LocalDate end,
                  List<String> changed, Map<String, String> externalIds) {
    }

    private static final class SessionDraft {
        String id;
        SessionKind kind;
        String title;
        String track;
        LocalDate day;
        LocalDateTime start;
        LocalDateTime end;
        boolean explicitTime;
        boolean timeUnknown;
        String room;
        EducationLevel level;
        final List<ContributionDraft> contributions = new ArrayList<>();
        LocalDateTime spanFrom;
        LocalDateTime spanTo;

        void span(LocalDateTime from, LocalDateTime to) {
            spanFrom = spanFrom == null || from.isBefore(spanFrom) ? from : spanFrom;
            spanTo = spanTo == null || to.isAfter(spanTo) ? to : spanTo;
        }
    }

    private static final class ContributionDraft {
        String id;
        ContributionKind kind;
        String title;
        String subject;
        List<String> speakers;
        LocalDateTime from;
        LocalDateTime to;
        String externalId;
    }

    /** An event with where it lies on the calendar (null: unknown time). */
    private record Placed(Schedule.Event event, LocalDate day, LocalDateTime from, LocalDateTime to) {
    }

    /** The result for the schedule; {@code personId} gives the id of the person a name means. */
    static Result read(Schedule schedule, Function<String, String> personId) {
        boolean ours = ScheduleMapper.GENERATOR.equals(schedule.generator());
        ZoneId zone = ZoneId.of(schedule.conference().timeZone());
        List<String> changed = new ArrayList<>();
        Map<LocalDate, DayHours> hours = new TreeMap<>();
        List<Placed> placed = new ArrayList<>();
        LocalDate start = schedule.conference().start();
        LocalDate end = schedule.conference().end();
        for (Schedule.Day day : schedule.conference().days()) {
            start = day.date().isBefore(start) ? day.date() : start;
            end = day.date().isAfter(end) ? day.date() : end;
            placeDay(day, zone, ours, placed, hours, changed);
        }
        if (!start.equals(schedule.conference().start()) || !end.equals(schedule.conference().end())) {
            changed.add("the conference's dates " + schedule.conference().start() + " to "
                    + schedule.conference().end() + " widened to " + start + " to " + end
                    + ", so that they hold every day of the file");
        }
        Map<String, SessionDraft> sessions = new LinkedHashMap<>();
        if (ours) {
            for (Placed p : placed) {
                ours(p, sessions, personId);
            }
        } else {
            foreign(placed, sessions, personId, changed);
            onePlaceAtATime(sessions.values(), changed);
        }
        List<SessionData> result = new ArrayList<>();
        Map<String, String> externalIds = new LinkedHashMap<>();
        for (SessionDraft s : sessions.values()) {
            s.contributions.stream().filter(c -> c.externalId != null).forEach(c -> externalIds.put(c.id,
                    c.externalId));
            if (!s.explicitTime && !s.timeUnknown && s.spanFrom != null) {
                s.start = s.spanFrom;
                s.end = s.spanTo;
            }
            boolean timed = s.start != null && !s.timeUnknown || s.explicitTime;
            List<ContributionData> contributions = s.contributions.stream().map(c -> new ContributionData(c.id,
                    Enums.write(c.kind), c.title, c.subject, c.speakers, null,
                    c.from == null ? null : c.from.toLocalTime(), c.to == null ? null : c.to.toLocalTime())).toList();
            result.add(new SessionData(s.id, Enums.write(s.kind), s.title, s.day,
                    timed ? s.start.toLocalTime() : null, timed ? s.end.toLocalTime() : null, s.room,
                    Enums.write(s.level), null, List.of(), contributions));
        }
        return new Result(result, hours, start, end, List.copyOf(changed), externalIds);
    }

    /**
     * Places a day's events on the calendar and finds the day's hours: the file's, widened to hold every event
     * that starts or ends outside them (said so); none when the file gives none, or midnight to midnight, and the
     * events keep within the date.
     */
    private static void placeDay(Schedule.Day day, ZoneId zone, boolean ours, List<Placed> placed,
                                 Map<LocalDate, DayHours> hours, List<String> changed) {
        LocalDateTime midnight = day.date().atStartOfDay();
        LocalDateTime from = day.start() == null ? null : day.start().atZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime to = day.end() == null ? null : day.end().atZoneSameInstant(zone).toLocalDateTime();
        boolean given = from != null && to != null && to.isAfter(from)
                && !(from.equals(midnight) && to.equals(midnight.plusDays(1)));
        LocalDateTime dayFrom = given ? from : midnight;
        LocalDateTime dayTo = given ? to : midnight.plusDays(1);
        if (Duration.between(dayFrom, dayTo).compareTo(DAY) > 0) {
            changed.add("day " + day.date() + ": its hours " + dayFrom.toLocalTime() + " to " + dayTo.toLocalTime()
                    + " last more than 24 hours; it is taken as 24 hours from " + dayFrom.toLocalTime());
            dayTo = dayFrom.plus(DAY);
        }
        LocalDateTime earliest = given ? dayFrom : null;
        LocalDateTime latest = given ? dayTo : null;
        List<Placed> events = new ArrayList<>();
        for (List<Schedule.Event> room : day.rooms().values()) {
            for (Schedule.Event e : room) {
                boolean unknown = e.duration().isZero() || ours && ScheduleMapper.UNKNOWN_TIME_NOTE.equals(e.description());
                if (!unknown && e.duration().compareTo(DAY) >= 0) {
                    changed.add("event '" + e.title() + "' (" + e.where() + ") lasts " + hhmm(e.duration())
                            + ", a day or more: imported with its time unknown");
                    unknown = true;
                }
                if (unknown) {
                    events.add(new Placed(e, day.date(), null, null));
                    continue;
                }
                LocalDateTime f = e.date().atZoneSameInstant(zone).toLocalDateTime().withSecond(0).withNano(0);
                LocalDateTime t = f.plus(e.duration());
                earliest = earliest == null || f.isBefore(earliest) ? f : earliest;
                latest = latest == null || t.isAfter(latest) ? t : latest;
                events.add(new Placed(e, day.date(), f, t));
            }
        }
        if (earliest != null && Duration.between(earliest, latest).compareTo(DAY) > 0) {
            throw new InvalidValueException("day " + day.date(), "day " + day.date() + " (index " + day.index()
                    + ") holds events from " + earliest + " to " + latest + ": a conference day spans at most 24"
                    + " hours");
        }
        boolean beyondDate = earliest != null && (earliest.isBefore(midnight) || latest.isAfter(midnight.plusDays(1)));
        if (given && (!earliest.equals(dayFrom) || !latest.equals(dayTo))) {
            changed.add("day " + day.date() + ": its hours " + dayFrom.toLocalTime() + " to " + dayTo.toLocalTime()
                    + " widened to " + earliest.toLocalTime() + " to " + latest.toLocalTime() + " to hold its events");
        } else if (!given && beyondDate) {
            changed.add("day " + day.date() + ": no hours given and its events run past midnight, from "
                    + earliest + " to " + latest + ": those are taken as its hours");
        }
        if (given || beyondDate) {
            hours.put(day.date(), new DayHours(earliest.toLocalTime(), latest.toLocalTime()));
        }
        placed.addAll(events);
    }

    private static void ours(Placed p, Map<String, SessionDraft> sessions, Function<String, String> personId) {
        Schedule.Event e = p.event();
        Matcher m = e.slug() == null ? null : OUR_SLUG.matcher(e.slug());
        if (m == null || !m.matches()) {
            throw refuse(e, "slug '" + e.slug() + "' is not as Synedrio writes it (<acronym>-<session>"
                    + "[_<contribution>])");
        }
        String sessionId = m.group(1);
        String contributionId = m.group(2);
        SessionDraft s = sessions.get(sessionId);
        if (s == null) {
            s = new SessionDraft();
            s.id = sessionId;
            s.day = p.day();
            s.title = e.track();
            s.room = ScheduleMapper.UNKNOWN_ROOM.equals(e.room()) ? null : e.room();
            String[] subtitle = e.subtitle() == null ? new String[0] : e.subtitle().split(" · ");
            s.kind = subtitle.length > 0 ? byLabel(SessionKind.values(), subtitle[0], SessionKind::label) : null;
            s.level = subtitle.length > 1 ? byLabel(EducationLevel.values(), subtitle[1], EducationLevel::label)
                    : null;
            if (s.kind == null) {
                throw refuse(e, "subtitle '" + e.subtitle() + "' does not name a session kind as Synedrio writes it");
            }
            sessions.put(sessionId, s);
        }
        boolean sessionSpan = ScheduleMapper.SESSION_SPAN_NOTE.equals(e.description());
        boolean unknown = p.from() == null;
        if (contributionId == null) {
            s.kind = parse(SessionKind.class, e.type(), e);
            if (!unknown) {
                s.start = p.from();
                s.end = p.to();
                s.explicitTime = true;
            } else {
                s.timeUnknown = true;
            }
            return;
        }
        if (unknown) {
            s.timeUnknown = true;
        } else if (sessionSpan) {
            s.start = p.from();
            s.end = p.to();
            s.explicitTime = true;
        } else {
            s.span(p.from(), p.to());
        }
        ContributionDraft c = new ContributionDraft();
        c.id = contributionId;
        c.kind = parse(ContributionKind.class, e.type(), e);
        c.title = e.title().equals(c.kind.label() + ScheduleMapper.UNTITLED + e.track()) ? null : e.title();
        c.subject = e.abstractText();
        c.speakers = e.persons().stream().map(personId).toList();
        boolean own = !unknown && !sessionSpan;
        c.from = own ? p.from() : null;
        c.to = own ? p.to() : null;
        s.contributions.add(c);
    }

    /**
     * Per day and room, in time order: a session for each run of consecutive events of one track. An event that
     * starts before the session before it ends joins it, whatever its track, so that no room holds two sessions at
     * once; events of unknown time follow the room's timed ones.
     */
    private static void foreign(List<Placed> placed, Map<String, SessionDraft> sessions,
                                Function<String, String> personId, List<String> changed) {
        Map<String, List<Placed>> byDayAndRoom = new LinkedHashMap<>();
        for (Placed p : placed) {
            byDayAndRoom.computeIfAbsent(p.day() + "|" + p.event().room(), k -> new ArrayList<>()).add(p);
        }
        Set<String> sessionIds = new HashSet<>();
        Set<String> contributionIds = new HashSet<>();
        Texts texts = new Texts();
        int roomless = 0;
        int joined = 0;
        String example = null;
        for (List<Placed> room : byDayAndRoom.values()) {
            List<Placed> sorted = new ArrayList<>(room);
            sorted.sort(Comparator.comparing(Placed::from, Comparator.nullsLast(Comparator.naturalOrder())));
            SessionDraft current = null;
            for (Placed p : sorted) {
                Schedule.Event e = p.event();
                String track = e.track() == null ? "" : e.track();
                boolean overlaps = current != null && p.from() != null && current.spanTo != null
                        && p.from().isBefore(current.spanTo);
                if (current == null || !current.track.equals(track) && !overlaps) {
                    current = new SessionDraft();
                    current.id = ScheduleImport.unique(Elot743.slug(p.day() + " " + e.room() + " " + track),
                            sessionIds);
                    sessionIds.add(current.id);
                    current.day = p.day();
                    current.track = track;
                    current.title = texts.fit(track.isEmpty() ? e.room() : track, 500, "track");
                    current.room = texts.fit(e.room(), 200, "room");
                    current.kind = SessionKind.PLENARY;
                    sessions.put(current.id, current);
                } else if (!current.track.equals(track)) {
                    joined++;
                    example = example != null ? example : "'" + e.title() + "' (" + track + ", " + p.from()
                            + ") in '" + e.room() + "'";
                }
                if (e.room() == null || e.room().isBlank()) {
                    roomless++;
                }
                contribution(p, current, contributionIds, personId, texts);
            }
        }
        if (roomless > 0) {
            changed.add(roomless + " event(s) without a room: in the room '" + ScheduleMapper.UNKNOWN_ROOM + "'");
        }
        changed.addAll(texts.changes());
        if (joined > 0) {
            changed.add(joined + " event(s) overlap the session before them in their room and joined it, under"
                    + " its track, e.g. " + example);
        }
    }

    private static void contribution(Placed p, SessionDraft s, Set<String> contributionIds,
                                     Function<String, String> personId, Texts texts) {
        Schedule.Event e = p.event();
        String base = e.code() != null ? e.code() : e.slug() != null ? e.slug()
                : e.id() > 0 ? "event-" + e.id() : e.guid() != null ? e.guid().toString() : e.title();
        ContributionDraft c = new ContributionDraft();
        c.id = unique(Elot743.slug(base), contributionIds);
        c.externalId = e.code() == null || e.code().length() > 200 ? null : e.code().strip();
        contributionIds.add(c.id);
        if (p.from() != null) {
            s.span(p.from(), p.to());
        } else {
            s.timeUnknown = true;
        }
        c.kind = guess(e.type());
        c.title = texts.fit(e.title(), 1000, "title");
        c.subject = texts.fit(e.abstractText() != null ? e.abstractText() : e.subtitle(), 1000, "abstract");
        c.speakers = new ArrayList<>(e.persons().stream().map(personId).distinct().toList());
        c.from = p.from();
        c.to = p.to();
        s.contributions.add(c);
        s.kind = s.contributions.stream().allMatch(x -> x.kind == ContributionKind.WORKSHOP) ? SessionKind.WORKSHOPS
                : SessionKind.PLENARY;
    }

    /**
     * A person named in two events at once (a group, an angel, a host of parallel rooms) stays a speaker of the
     * earlier one only: nobody is in two places at once in a programme. Said so, with the first case.
     */
    private static void onePlaceAtATime(java.util.Collection<SessionDraft> sessions, List<String> changed) {
        List<ContributionDraft> timed = new ArrayList<>();
        sessions.forEach(s -> s.contributions.stream().filter(c -> c.from != null).forEach(timed::add));
        timed.sort(Comparator.comparing((ContributionDraft c) -> c.from).thenComparing(c -> c.to));
        Map<String, List<ContributionDraft>> kept = new java.util.HashMap<>();
        int removed = 0;
        String example = null;
        for (ContributionDraft c : timed) {
            for (java.util.Iterator<String> it = c.speakers.iterator(); it.hasNext(); ) {
                String person = it.next();
                List<ContributionDraft> theirs = kept.computeIfAbsent(person, k -> new ArrayList<>());
                ContributionDraft clash = theirs.stream()
                        .filter(o -> o.from.isBefore(c.to) && c.from.isBefore(o.to)).findFirst().orElse(null);
                if (clash != null) {
                    it.remove();
                    removed++;
                    example = example != null ? example : "'" + person + "' in '" + c.title + "' ("
                            + c.from + ") while in '" + clash.title + "' (" + clash.from + ")";
                } else {
                    theirs.add(c);
                }
            }
        }
        if (removed > 0) {
            changed.add(removed + " speaker(s) named in two events at once stay speakers of the earlier event only,"
                    + " e.g. " + example);
        }
    }

    /**
     * Texts as a programme holds them: line ends as line feeds, without other control characters, and at most as
     * long as the programme keeps (cut at a word, with "…"); how many were changed, per kind, is said.
     */
    private static final class Texts {
        private final Map<String, Integer> cut = new TreeMap<>();
        private int cleaned;

        String fit(String text, int max, String what) {
            if (text == null) {
                return null;
            }
            String t = text.replace("\r\n", "\n").replace('\r', '\n');
            StringBuilder b = new StringBuilder(t.length());
            t.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                    .forEach(b::appendCodePoint);
            String clean = b.toString().strip();
            if (!clean.equals(text.strip()) && !text.replace("\r\n", "\n").strip().equals(clean)) {
                cleaned++;
            }
            if (clean.codePointCount(0, clean.length()) > max) {
                String head = clean.substring(0, clean.offsetByCodePoints(0, max - 1));
                int space = head.lastIndexOf(' ');
                clean = (space > max / 2 ? head.substring(0, space) : head).strip() + "…";
                cut.merge(what, 1, Integer::sum);
            }
            return clean;
        }

        List<String> changes() {
            List<String> changes = new ArrayList<>();
            cut.forEach((what, n) -> changes.add(n + " " + what + "(s) longer than the programme keeps, cut at a word"
                    + " and ended with '…'"));
            if (cleaned > 0) {
                changes.add(cleaned + " text(s) with control characters, which were left out");
            }
            return changes;
        }
    }

    private static String hhmm(Duration d) {
        return String.format("%02d:%02d", d.toMinutes() / 60, d.toMinutes() % 60);
    }

    private static ContributionKind guess(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        for (ContributionKind k : ContributionKind.values()) {
            if (Enums.write(k).equals(t.strip())) {
                return k;
            }
        }
        if (t.contains("workshop") || t.contains("hands-on") || t.contains("εργαστ")) {
            return ContributionKind.WORKSHOP;
        }
        if (t.contains("keynote")) {
            return ContributionKind.KEYNOTE;
        }
        return ContributionKind.TALK;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, Schedule.Event e) {
        try {
            return Enums.parse(type, value, "type");
        } catch (InvalidValueException x) {
            throw refuse(e, x.getMessage());
        }
    }

    private static <E> E byLabel(E[] values, String label, Function<E, String> labelOf) {
        for (E v : values) {
            if (labelOf.apply(v).equals(label)) {
                return v;
            }
        }
        return null;
    }

    static String unique(String base, java.util.Collection<String> taken) {
        String b = base.length() > 90 ? base.substring(0, 90).replaceAll("-+$", "") : base;
        String id = b;
        for (int n = 2; taken.contains(id); n++) {
            id = b + "-" + n;
        }
        return id;
    }

    static InvalidValueException refuse(Schedule.Event e, String message) {
        return new InvalidValueException("event '" + e.title() + "'", e.where() + ": event '" + e.title() + "': "
                + message);
    }
}
