package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.DayData;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.programme.ChairData;
import gr.etwinning.synedrio.application.port.in.programme.ContributionData;
import gr.etwinning.synedrio.application.port.in.programme.GetProgrammeUseCase;
import gr.etwinning.synedrio.application.port.in.programme.PersonData;
import gr.etwinning.synedrio.application.port.in.programme.ProgrammeData;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public programme page, rendered on the server from jte templates (precompiled at build time; jte escapes
 * every value): {@code GET /} shows the latest edition, {@code GET /conferences/{edition}} any edition.
 */
public final class PublicPageController implements RouteContributor {

    private static final Locale GREEK = Locale.forLanguageTag("el");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", GREEK);

    private final ListConferencesUseCase list;
    private final GetConferenceUseCase conference;
    private final GetProgrammeUseCase programme;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Inject
    public PublicPageController(ListConferencesUseCase list, GetConferenceUseCase conference,
                                GetProgrammeUseCase programme) {
        this.list = list;
        this.conference = conference;
        this.programme = programme;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        ApiRoutes.Doc doc = new ApiRoutes.Doc("The public programme page (HTML, Greek)", null, String.class, false,
                200, "text/html");
        routes.get("/", Access.PUBLIC, doc, ctx -> {
            List<ConferenceSummaryData> all = list.listConferences();
            if (all.isEmpty()) {
                message(ctx, 200, "Synedrio", "Δεν υπάρχει ακόμη κανένα συνέδριο.");
                return;
            }
            page(ctx, all.get(all.size() - 1).edition(), all);
        });
        routes.get("/conferences/{edition}", Access.PUBLIC, doc, ctx -> {
            int edition;
            try {
                edition = Integer.parseInt(ctx.pathParam("edition"));
            } catch (NumberFormatException e) {
                message(ctx, 404, "Δεν βρέθηκε", "Δεν υπάρχει συνέδριο «" + ctx.pathParam("edition") + "».");
                return;
            }
            try {
                page(ctx, edition, list.listConferences());
            } catch (NotFoundException | gr.etwinning.synedrio.domain.InvalidValueException e) {
                message(ctx, 404, "Δεν βρέθηκε", "Δεν υπάρχει το " + edition + "ο συνέδριο.");
            }
        });
    }

    private void page(Context ctx, int edition, List<ConferenceSummaryData> all) {
        ConferenceData c = conference.getConference(edition);
        ProgrammeData p = programme.getProgrammeInTimeOrder(edition);
        render(ctx, 200, "programme.jte", Map.of("page", model(c, p, all)));
    }

    private void message(Context ctx, int status, String heading, String text) {
        render(ctx, status, "message.jte", Map.of("heading", heading, "message", text));
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static PageWebModel model(ConferenceData c, ProgrammeData p, List<ConferenceSummaryData> all) {
        Map<String, PersonData> people = new HashMap<>();
        p.persons().forEach(person -> people.put(person.id(), person));
        Map<LocalDate, List<PageWebModel.Session>> byDay = new LinkedHashMap<>();
        for (DayData d : c.days()) {
            byDay.put(d.date(), new ArrayList<>());
        }
        for (SessionData s : p.sessions()) {
            byDay.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(session(s, people));
        }
        List<PageWebModel.Day> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<PageWebModel.Session>> e : byDay.entrySet()) {
            LocalDate date = e.getKey();
            String label = c.days().stream().filter(d -> d.date().equals(date)).map(DayData::label)
                    .filter(l -> l != null).findFirst().orElse(null);
            days.add(new PageWebModel.Day("d" + date, capital(date.getDayOfWeek().getDisplayName(TextStyle.FULL,
                    GREEK)) + " " + LONG_DATE.format(date), label, e.getValue()));
        }
        String dates = c.startDate().equals(c.endDate()) ? LONG_DATE.format(c.startDate())
                : c.startDate().getDayOfMonth() + "–" + LONG_DATE.format(c.endDate());
        if (c.startDate().getMonthValue() != c.endDate().getMonthValue()) {
            dates = LONG_DATE.format(c.startDate()) + " – " + LONG_DATE.format(c.endDate());
        }
        String mode = switch (c.mode()) {
            case "online" -> "διαδικτυακά";
            case "hybrid" -> "υβριδικά";
            default -> "δια ζώσης" + (c.venue() == null ? "" : ", " + c.venue());
        };
        List<PageWebModel.Edition> editions = all.stream()
                .map(e -> new PageWebModel.Edition(e.edition(), e.title(), e.edition() == c.edition())).toList();
        String base = "/api/conferences/" + c.edition() + "/";
        List<PageWebModel.Link> exports = List.of(new PageWebModel.Link("schedule.xml", base + "schedule.xml"),
                new PageWebModel.Link("schedule.json", base + "schedule.json"),
                new PageWebModel.Link("iCalendar", base + "schedule.ics"));
        return new PageWebModel(c.title(), c.theme(), dates, mode, c.organiser(), c.edition(), days, editions,
                exports);
    }

    private static PageWebModel.Session session(SessionData s, Map<String, PersonData> people) {
        SessionKind kind = SessionKind.valueOf(code(s.kind()));
        String title = s.title() != null ? s.title() : kind.label();
        boolean timeKnown = s.start() != null;
        String time = timeKnown ? s.start() + "–" + s.end() : "ώρα άγνωστη";
        String level = s.level() == null ? null : EducationLevel.valueOf(code(s.level())).label();
        List<String> chairs = new ArrayList<>();
        for (ChairData chair : s.chairs()) {
            chairs.add(("moderator".equals(chair.role()) ? "Συντονισμός: " : "Προεδρείο: ")
                    + name(people, chair.person()));
        }
        List<PageWebModel.Contribution> shown = new ArrayList<>();
        Map<ContributionKind, Integer> untitledAnonymous = new LinkedHashMap<>();
        for (ContributionData c : s.contributions()) {
            ContributionKind k = ContributionKind.valueOf(code(c.kind()));
            if (c.title() == null && c.subject() == null && c.speakers().isEmpty() && c.start() == null) {
                untitledAnonymous.merge(k, 1, Integer::sum);
                continue;
            }
            List<String> names = c.speakers().stream().map(id -> name(people, id)).toList();
            // the subject is stored as the source words it after "για" (accusative): "Ομιλία για τις τρέχουσες…"
            String untitled = c.subject() != null ? k.label() + " για " + c.subject()
                    : k.label() + " (ο τίτλος δεν είναι γνωστός)";
            shown.add(new PageWebModel.Contribution(c.id(), c.title() != null ? c.title() : untitled,
                    c.title() != null, k.label(), names.isEmpty() ? null : String.join(", ", names),
                    c.title() != null && c.subject() != null ? "για " + c.subject() : null,
                    c.start() == null ? null : c.start() + "–" + c.end()));
        }
        String summary = null;
        if (!untitledAnonymous.isEmpty()) {
            List<String> parts = new ArrayList<>();
            untitledAnonymous.forEach((k, n) -> parts.add(k.noun().count(n)));
            int all = untitledAnonymous.values().stream().mapToInt(Integer::intValue).sum();
            summary = String.join(", ", parts) + (all == 1 ? ": ο τίτλος και οι ομιλητές δεν έχουν δημοσιευτεί."
                    : ": οι τίτλοι και οι ομιλητές δεν έχουν δημοσιευτεί.");
        }
        return new PageWebModel.Session(s.id(), title, kind.label().equals(title) ? null : kind.label(), time, timeKnown, s.room(), level, chairs,
                s.notes(), shown, summary);
    }

    private static String name(Map<String, PersonData> people, String id) {
        PersonData p = people.get(id);
        if (p == null) {
            return id;
        }
        return p.honorific() == null ? p.name() : p.honorific() + " " + p.name();
    }

    private static String code(String fileValue) {
        return fileValue.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(GREEK) + s.substring(1);
    }
}
