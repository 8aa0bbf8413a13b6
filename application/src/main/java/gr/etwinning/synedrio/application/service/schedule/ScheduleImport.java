package gr.etwinning.synedrio.application.service.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.text.Elot743;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read {@link Schedule} as a programme's sessions. A file Synedrio wrote is read back by its conventions (see
 * {@link ScheduleMapper}), so export → import → export gives the same bytes. A file from pretalx or frab becomes
 * one session per day, room and track, each event a contribution; ids are made from the events' codes or slugs.
 */
final class ScheduleImport {

    private static final Pattern OUR_SLUG = Pattern.compile("[a-z0-9]+-([a-z0-9][a-z0-9-]*?)(?:_([a-z0-9][a-z0-9-]*))?");

    private ScheduleImport() {
    }

    private static final class SessionDraft {
        String id;
        SessionKind kind;
        String title;
        LocalDate day;
        LocalTime start;
        LocalTime end;
        boolean timeUnknown;
        String room;
        EducationLevel level;
        final List<ContributionData> contributions = new ArrayList<>();
        final List<LocalTime[]> spans = new ArrayList<>();
    }

    /** The sessions of the schedule; {@code personId} gives the id of the person a name means. */
    static List<SessionData> sessions(Schedule schedule, Function<String, String> personId) {
        boolean ours = ScheduleMapper.GENERATOR.equals(schedule.generator());
        ZoneId zone = ZoneId.of(schedule.conference().timeZone());
        Map<String, SessionDraft> sessions = new LinkedHashMap<>();
        Set<String> contributionIds = new HashSet<>();
        for (Schedule.Day day : schedule.conference().days()) {
            for (List<Schedule.Event> events : day.rooms().values()) {
                for (Schedule.Event e : events) {
                    if (ours) {
                        ours(e, zone, sessions, personId);
                    } else {
                        foreign(e, zone, sessions, contributionIds, personId);
                    }
                }
            }
        }
        List<SessionData> result = new ArrayList<>();
        for (SessionDraft s : sessions.values()) {
            if (s.start == null && !s.timeUnknown && !s.spans.isEmpty()) {
                s.start = s.spans.stream().map(t -> t[0]).min(LocalTime::compareTo).orElseThrow();
                s.end = s.spans.stream().map(t -> t[1]).max(LocalTime::compareTo).orElseThrow();
            }
            result.add(new SessionData(s.id, Enums.write(s.kind), s.title, s.day, s.start, s.end, s.room,
                    Enums.write(s.level), null, List.of(), s.contributions));
        }
        return result;
    }

    private static void ours(Schedule.Event e, ZoneId zone, Map<String, SessionDraft> sessions,
                             Function<String, String> personId) {
        Matcher m = e.slug() == null ? null : OUR_SLUG.matcher(e.slug());
        if (m == null || !m.matches()) {
            throw refuse(e, "slug '" + e.slug() + "' is not as Synedrio writes it (<acronym>-<session>"
                    + "[_<contribution>])");
        }
        String sessionId = m.group(1);
        String contributionId = m.group(2);
        LocalDate day = e.date().atZoneSameInstant(zone).toLocalDate();
        SessionDraft s = sessions.get(sessionId);
        if (s == null) {
            s = new SessionDraft();
            s.id = sessionId;
            s.day = day;
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
        boolean unknown = ScheduleMapper.UNKNOWN_TIME_NOTE.equals(e.description());
        LocalTime[] span = unknown ? null : span(e, zone);
        if (contributionId == null) {
            s.kind = parse(SessionKind.class, e.type(), e);
            if (span != null) {
                s.start = span[0];
                s.end = span[1];
            } else {
                s.timeUnknown = true;
            }
            return;
        }
        if (unknown) {
            s.timeUnknown = true;
        } else if (sessionSpan) {
            s.start = span[0];
            s.end = span[1];
        } else {
            s.spans.add(span);
        }
        ContributionKind kind = parse(ContributionKind.class, e.type(), e);
        String title = e.title().equals(kind.label() + ScheduleMapper.UNTITLED + e.track()) ? null : e.title();
        boolean own = !unknown && !sessionSpan;
        s.contributions.add(new ContributionData(contributionId, Enums.write(kind), title, e.abstractText(),
                e.persons().stream().map(personId).toList(), null, own ? span[0] : null, own ? span[1] : null));
    }

    private static void foreign(Schedule.Event e, ZoneId zone, Map<String, SessionDraft> sessions,
                                Set<String> contributionIds, Function<String, String> personId) {
        LocalDate day = e.date().atZoneSameInstant(zone).toLocalDate();
        String track = e.track() == null ? "" : e.track();
        String key = day + "|" + e.room() + "|" + track;
        SessionDraft s = sessions.get(key);
        if (s == null) {
            s = new SessionDraft();
            s.id = unique(Elot743.slug(day + " " + e.room() + " " + track), sessions.values().stream()
                    .map(d -> d.id).toList());
            s.day = day;
            s.title = track.isEmpty() ? e.room() : track;
            s.room = e.room();
            s.kind = SessionKind.PLENARY;
            sessions.put(key, s);
        }
        String base = e.code() != null ? e.code() : e.slug() != null ? e.slug()
                : e.id() > 0 ? "event-" + e.id() : e.guid() != null ? e.guid().toString() : e.title();
        String id = unique(Elot743.slug(base), contributionIds);
        contributionIds.add(id);
        LocalTime[] span = e.duration().isZero() ? null : span(e, zone);
        if (span != null) {
            s.spans.add(span);
        } else {
            s.timeUnknown = true;
        }
        ContributionKind kind = guess(e.type());
        s.contributions.add(new ContributionData(id, Enums.write(kind), e.title(),
                e.abstractText() != null ? e.abstractText() : e.subtitle(),
                e.persons().stream().map(personId).distinct().toList(), null, span == null ? null : span[0],
                span == null ? null : span[1]));
        if (s.contributions.stream().allMatch(c -> c.kind().equals(Enums.write(ContributionKind.WORKSHOP)))) {
            s.kind = SessionKind.WORKSHOPS;
        } else {
            s.kind = SessionKind.PLENARY;
        }
    }

    private static LocalTime[] span(Schedule.Event e, ZoneId zone) {
        LocalTime start = e.date().atZoneSameInstant(zone).toLocalTime().withSecond(0).withNano(0);
        Duration d = e.duration();
        if (d.isZero()) {
            throw refuse(e, "lasts 00:00; write its real duration, or use Synedrio's note for an unknown time");
        }
        if (d.toMinutes() >= 24 * 60 || start.plus(d).isBefore(start) || start.plus(d).equals(LocalTime.MIDNIGHT)
                && start.toSecondOfDay() + d.getSeconds() > 24 * 3600) {
            throw refuse(e, "starts at " + start + " and lasts " + String.format("%02d:%02d", d.toMinutes() / 60, d.toMinutes() % 60) + ", past midnight: a session"
                    + " lies within one day");
        }
        LocalTime end = start.plus(d);
        if (end.equals(LocalTime.MIDNIGHT)) {
            end = LocalTime.of(23, 59);
        }
        return new LocalTime[] {start, end};
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
