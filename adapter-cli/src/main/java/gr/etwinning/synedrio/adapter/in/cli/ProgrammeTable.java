package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;

import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Locale;
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
 * title, no speaker, no time — are folded into one row: "31 ομιλίες, τίτλοι άγνωστοι". Every word around the data
 * is in one language, Greek unless English is asked for ({@link Lang}).
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
        return render(c, p, Lang.el);
    }

    static String render(ConferenceData c, ProgrammeData p, Lang lang) {
        Map<String, PersonData> people = new HashMap<>();
        p.persons().forEach(person -> people.put(person.id(), person));
        StringBuilder out = new StringBuilder();
        out.append(c.title()).append(" (").append(lang.word("συνέδριο ", "edition ")).append(c.edition())
                .append(")\n");
        if (c.theme() != null) {
            out.append("«").append(c.theme()).append("»\n");
        }
        int contributions = p.sessions().stream().mapToInt(s -> s.contributions().size()).sum();
        out.append(c.startDate().format(DAY)).append("–").append(c.endDate().format(DAY)).append(" · ")
                .append(lang.mode(c.mode())).append(" · ").append(lang.sessions(p.sessions().size())).append(" · ")
                .append(lang.contributions(contributions)).append('\n');
        if (p.sessions().isEmpty()) {
            out.append('\n').append(lang.word("Το πρόγραμμα είναι κενό.", "The programme is empty.")).append('\n');
            return out.toString();
        }
        LocalDate day = null;
        for (SessionData s : p.sessions()) {
            if (!s.day().equals(day)) {
                day = s.day();
                out.append('\n').append(weekday(day, lang)).append(' ').append(day.format(DAY)).append('\n');
                out.append(pad(lang.word("ΩΡΑ", "TIME"), TIME)).append(pad(lang.word("ΑΙΘΟΥΣΑ", "ROOM"), ROOM))
                        .append(lang.word("ΣΥΝΕΔΡΙΑ / ΠΑΡΟΥΣΙΑΣΗ", "SESSION / CONTRIBUTION")).append('\n');
            }
            String kind = lang.kind(SessionKind.valueOf(Lang.constant(s.kind())));
            String title = s.title() != null ? s.title() : kind;
            List<String> tags = new ArrayList<>();
            if (!title.equals(kind)) {
                tags.add(kind);
            }
            if (s.level() != null) {
                tags.add(lang.level(EducationLevel.valueOf(Lang.constant(s.level()))));
            }
            out.append(pad(time(s.start(), s.end(), lang), TIME)).append(pad(s.room() == null ? "-" : s.room(), ROOM))
                    .append(title).append(tags.isEmpty() ? "" : " [" + String.join(", ", tags) + "]").append('\n');
            String indent = " ".repeat(TIME + ROOM + 2);
            if (!s.chairs().isEmpty()) {
                out.append(indent).append(s.chairs().stream()
                        .map(ch -> ("moderator".equals(ch.role()) ? lang.word("Συντονισμός: ", "moderator: ")
                                : lang.word("Προεδρείο: ", "chair: ")) + name(people, ch.person()))
                        .collect(Collectors.joining("; "))).append('\n');
            }
            List<ContributionData> items = s.contributions();
            for (int i = 0; i < items.size(); ) {
                ContributionData k = items.get(i);
                ContributionKind kindOf = ContributionKind.valueOf(Lang.constant(k.kind()));
                int run = 1;
                while (countedOnly(k) && i + run < items.size() && countedOnly(items.get(i + run))
                        && sameKind(k, items.get(i + run))) {
                    run++;
                }
                out.append(indent);
                if (run > 1) {
                    out.append(lang.count(run, kindOf)).append(lang.word(", τίτλοι άγνωστοι", ", titles unknown"))
                            .append('\n');
                } else {
                    if (k.start() != null) {
                        out.append(time(k.start(), k.end(), lang)).append(' ');
                    }
                    out.append(lang.kind(kindOf));
                    if (k.title() != null) {
                        out.append(": «").append(k.title()).append('»');
                    } else if (k.subject() != null) {
                        // the subject is stored as the source words it after "για" (accusative): "για τις τρέχουσες…"
                        out.append(lang.word(" για ", ", subject: «")).append(k.subject())
                                .append(lang.word("", "»"));
                    } else {
                        out.append(lang.word(": τίτλος άγνωστος", ": title unknown"));
                    }
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

    private static String time(java.time.LocalTime start, java.time.LocalTime end, Lang lang) {
        return start == null ? lang.word("ώρα άγνωστη", "time unknown") : start + "–" + end;
    }

    private static String weekday(LocalDate date, Lang lang) {
        DayOfWeek d = date.getDayOfWeek();
        return lang == Lang.el ? WEEKDAYS[d.getValue() - 1] : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String pad(String s, int width) {
        int length = s.codePointCount(0, s.length());
        if (length >= width - 1) {
            return s.substring(0, s.offsetByCodePoints(0, width - 2)) + "… ";
        }
        return s + " ".repeat(width - length);
    }
}
