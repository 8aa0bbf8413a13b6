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
        routes.document("/", doc, ctx -> {
            PageTexts t = PageTexts.of(ctx);
            routes.cache().serve(ctx, DocumentCache.Source.PROGRAMME, "page:latest:" + t.lang(), () -> {
                List<ConferenceSummaryData> all = list.listConferences();
                if (all.isEmpty()) {
                    return html(t, render("message.jte", Map.of("t", t, "heading", "Synedrio", "message",
                            t.get("programme.none"))));
                }
                return page(all.get(all.size() - 1).edition(), all, t);
            });
        });
        routes.document("/conferences/{edition}", doc, ctx -> {
            PageTexts t = PageTexts.of(ctx);
            String value = ctx.pathParam("edition");
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            int edition;
            try {
                edition = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                message(ctx, 404, t.get("notfound.title"), t.f("notfound.edition", shown));
                return;
            }
            routes.cache().serve(ctx, DocumentCache.Source.PROGRAMME, "page:" + edition + ":" + t.lang(),
                    () -> page(edition, list.listConferences(), t), (c, failure) -> {
                        if (failure instanceof NotFoundException
                                || failure instanceof gr.etwinning.synedrio.domain.InvalidValueException) {
                            message(c, 404, t.get("notfound.title"), t.f("notfound.edition", shown));
                            return true;
                        }
                        return false;
                    });
        });
    }

    private DocumentCache.Document page(int edition, List<ConferenceSummaryData> all, PageTexts t) {
        ConferenceData c = conference.getConference(edition);
        ProgrammeData p = programme.getProgrammeInTimeOrder(edition);
        return html(t, render("programme.jte", Map.of("page", model(c, p, all, t), "t", t)));
    }

    private void message(Context ctx, int status, String heading, String text) {
        PageTexts t = PageTexts.of(ctx);
        ctx.header("Content-Language", t.lang()).header("Vary", "Accept-Language, Cookie");
        ctx.status(status).contentType("text/html; charset=utf-8").result(render("message.jte",
                Map.of("t", t, "heading", heading, "message", text)).getBytes(StandardCharsets.UTF_8));
    }

    /** A page in the asker's language: kept per language, and says which (and that it varies by it). */
    private static DocumentCache.Document html(PageTexts t, String page) {
        return DocumentCache.Document.of(page, "text/html; charset=utf-8").withHeader("Content-Language", t.lang())
                .withHeader("Vary", "Accept-Language, Cookie");
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    static PageWebModel model(ConferenceData c, ProgrammeData p, List<ConferenceSummaryData> all, PageTexts t) {
        Locale locale = Locale.forLanguageTag(t.lang());
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        Map<String, PersonData> people = new HashMap<>();
        p.persons().forEach(person -> people.put(person.id(), person));
        Map<LocalDate, List<PageWebModel.Session>> byDay = new LinkedHashMap<>();
        for (DayData d : c.days()) {
            byDay.put(d.date(), new ArrayList<>());
        }
        for (SessionData s : p.sessions()) {
            byDay.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(session(s, people, t));
        }
        List<PageWebModel.Day> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<PageWebModel.Session>> e : byDay.entrySet()) {
            LocalDate date = e.getKey();
            String label = c.days().stream().filter(d -> d.date().equals(date)).map(DayData::label)
                    .filter(l -> l != null).findFirst().orElse(null);
            days.add(new PageWebModel.Day("d" + date, capital(date.getDayOfWeek().getDisplayName(TextStyle.FULL,
                    locale), locale) + " " + longDate.format(date), label, e.getValue()));
        }
        String dates = c.startDate().equals(c.endDate()) ? longDate.format(c.startDate())
                : c.startDate().getDayOfMonth() + "–" + longDate.format(c.endDate());
        if (c.startDate().getMonthValue() != c.endDate().getMonthValue()) {
            dates = longDate.format(c.startDate()) + " – " + longDate.format(c.endDate());
        }
        String mode = switch (c.mode()) {
            case "online" -> t.get("programme.mode.online");
            case "hybrid" -> t.get("programme.mode.hybrid");
            default -> t.get("programme.mode.onsite") + (c.venue() == null ? "" : ", " + c.venue());
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

    private static PageWebModel.Session session(SessionData s, Map<String, PersonData> people, PageTexts t) {
        SessionKind kind = SessionKind.valueOf(code(s.kind()));
        String kindLabel = t.get("session.kind." + kind.name());
        String title = s.title() != null ? s.title() : kindLabel;
        boolean timeKnown = s.start() != null;
        String time = timeKnown ? s.start() + "–" + s.end() : t.get("programme.time.unknown");
        String level = s.level() == null ? null : t.get("level." + EducationLevel.valueOf(code(s.level())).name());
        List<String> chairs = new ArrayList<>();
        for (ChairData chair : s.chairs()) {
            chairs.add(t.f("moderator".equals(chair.role()) ? "programme.moderator" : "programme.chair",
                    name(people, chair.person())));
        }
        List<PageWebModel.Contribution> shown = new ArrayList<>();
        Map<ContributionKind, Integer> untitledAnonymous = new LinkedHashMap<>();
        for (ContributionData c : s.contributions()) {
            ContributionKind k = ContributionKind.valueOf(code(c.kind()));
            String label = t.get("contribution.kind." + k.name());
            if (c.title() == null && c.subject() == null && c.speakers().isEmpty() && c.start() == null) {
                untitledAnonymous.merge(k, 1, Integer::sum);
                continue;
            }
            List<String> names = c.speakers().stream().map(id -> name(people, id)).toList();
            // the subject is stored as the source words it after "για" (accusative): "Ομιλία για τις τρέχουσες…"
            String untitled = c.subject() != null ? t.f("programme.about", label, c.subject())
                    : t.f("programme.title.unknown", label);
            shown.add(new PageWebModel.Contribution(c.id(), c.title() != null ? c.title() : untitled,
                    c.title() != null, label, names.isEmpty() ? null : String.join(", ", names),
                    c.title() != null && c.subject() != null ? t.f("programme.subject", c.subject()) : null,
                    c.start() == null ? null : c.start() + "–" + c.end()));
        }
        String summary = null;
        if (!untitledAnonymous.isEmpty()) {
            List<String> parts = new ArrayList<>();
            // counts agree with their noun in either language: "31 ομιλίες" (GreekNoun, as the CLI), "31 talks"
            untitledAnonymous.forEach((k, n) -> parts.add(t.count(n, k)));
            int all = untitledAnonymous.values().stream().mapToInt(Integer::intValue).sum();
            summary = String.join(", ", parts) + t.get(all == 1 ? "programme.untitled.one" : "programme.untitled");
        }
        return new PageWebModel.Session(s.id(), title, kindLabel.equals(title) ? null : kindLabel, time, timeKnown,
                s.room(), level, chairs, s.notes(), shown, summary);
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

    private static String capital(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
