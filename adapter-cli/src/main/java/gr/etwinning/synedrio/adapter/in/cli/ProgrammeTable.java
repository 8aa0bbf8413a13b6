package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The programme as a table for a terminal: a block per day, a row per session (time, room, title and kind), an
 * indented row per contribution (kind, title, speakers). Runs of contributions that the source only counts — no
 * title, no speaker, no time — are folded into one row: "31 × talk, title unknown".
 */
final class ProgrammeTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] WEEKDAYS = {"Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο",
            "Κυριακή"};
    private static final int TIME = 14;
    private static final int ROOM = 26;

    private ProgrammeTable() {
    }

    static String render(ConferenceData c, ProgrammeData p) {
        Map<String, PersonData> people = new HashMap<>();
        p.persons().forEach(person -> people.put(person.id(), person));
        StringBuilder out = new StringBuilder();
        out.append(c.title()).append(" (edition ").append(c.edition()).append(")\n");
        if (c.theme() != null) {
            out.append("«").append(c.theme()).append("»\n");
        }
        int contributions = p.sessions().stream().mapToInt(s -> s.contributions().size()).sum();
        out.append(c.startDate().format(DAY)).append("–").append(c.endDate().format(DAY)).append(" · ")
                .append(c.mode()).append(" · ").append(count(p.sessions().size(), "session")).append(" · ")
                .append(count(contributions, "contribution")).append('\n');
        if (p.sessions().isEmpty()) {
            out.append("\nThe programme is empty.\n");
            return out.toString();
        }
        LocalDate day = null;
        for (SessionData s : p.sessions()) {
            if (!s.day().equals(day)) {
                day = s.day();
                out.append('\n').append(weekday(day)).append(' ').append(day.format(DAY)).append('\n');
                out.append(pad("TIME", TIME)).append(pad("ROOM", ROOM)).append("SESSION / CONTRIBUTION\n");
            }
            String title = s.title() != null ? s.title() : "(untitled " + s.kind() + ")";
            out.append(pad(time(s.start(), s.end()), TIME)).append(pad(s.room() == null ? "-" : s.room(), ROOM))
                    .append(title).append(" [").append(s.kind()).append(s.level() == null ? "" : ", " + s.level())
                    .append("]\n");
            String indent = " ".repeat(TIME + ROOM + 2);
            if (!s.chairs().isEmpty()) {
                out.append(indent).append(s.chairs().stream()
                        .map(ch -> ("moderator".equals(ch.role()) ? "moderator: " : "chair: ") + name(people, ch.person()))
                        .collect(Collectors.joining("; "))).append('\n');
            }
            List<ContributionData> items = s.contributions();
            for (int i = 0; i < items.size(); ) {
                ContributionData k = items.get(i);
                int run = 1;
                while (countedOnly(k) && i + run < items.size() && countedOnly(items.get(i + run))
                        && sameKind(k, items.get(i + run))) {
                    run++;
                }
                out.append(indent);
                if (run > 1) {
                    out.append(run).append(" × ").append(k.kind()).append(", title unknown\n");
                } else {
                    if (k.start() != null) {
                        out.append(time(k.start(), k.end())).append(' ');
                    }
                    out.append(k.kind()).append(": ").append(k.title() != null ? "«" + k.title() + "»"
                            : k.subject() != null ? "on " + k.subject() : "title unknown");
                    if (!k.speakers().isEmpty()) {
                        out.append(" — ").append(k.speakers().stream().map(id -> name(people, id))
                                .collect(Collectors.joining(", ")));
                    }
                    out.append('\n');
                }
                i += run;
            }
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean countedOnly(ContributionData k) {
        return k.title() == null && k.subject() == null && k.speakers().isEmpty() && k.start() == null;
    }

    private static boolean sameKind(ContributionData a, ContributionData b) {
        return a.kind().equals(b.kind()) && Objects.equals(a.level(), b.level());
    }

    private static String name(Map<String, PersonData> people, String id) {
        PersonData p = people.get(id);
        if (p == null) {
            return id;
        }
        return p.honorific() == null ? p.name() : p.honorific() + " " + p.name();
    }

    private static String time(java.time.LocalTime start, java.time.LocalTime end) {
        return start == null ? "time unknown" : start + "–" + end;
    }

    private static String weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return WEEKDAYS[d.getValue() - 1];
    }

    private static String pad(String s, int width) {
        int length = s.codePointCount(0, s.length());
        if (length >= width - 1) {
            return s.substring(0, s.offsetByCodePoints(0, width - 2)) + "… ";
        }
        return s + " ".repeat(width - length);
    }
}
