package gr.etwinning.synedrio.adapter.in.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.registration.BookingData;
import gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.GetMyRegistrationUseCase.MyRegistration;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.school.ListSchoolsUseCase;
import gr.etwinning.synedrio.application.port.in.school.SchoolData;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.WorkshopSeatsData;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The participant's pages, server-rendered from jte templates, in Greek first and English on request
 * ({@link PageTexts}): registration, the workshops with their live seat counts, the participant's own page by
 * confirmation code (details, bookings, waiting places, certificate) and the search. Every form works without
 * JavaScript, carries a {@link FormGuard} token (403 without it) and counts against its client address's
 * {@link FormLimits} (429 with {@code Retry-After} beyond them). Booking and cancelling call the same use cases,
 * hence the same transactions, as the JSON routes.
 */
public final class ParticipantPagesController implements RouteContributor {

    /** What every page's frame needs: texts, title, the form token, the language switch, the edition. */
    public record Frame(PageTexts t, String title, String csrf, String otherLanguageHref, Integer edition,
                        String editionTitle) {
    }

    /** The registration form: the values sent (kept on error) and each field's error. */
    public record RegisterPage(Frame frame, Map<String, String> values, Map<String, String> errors,
                               List<String> schools) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** After registering: where the code went, or the code itself where mail is not configured. */
    public record RegisteredPage(Frame frame, String email, String code, boolean mailConfigured) {
    }

    /** A workshop as listed to participants. */
    public record WorkshopRow(String id, String title, String when, boolean open, boolean full, String seats,
                              boolean booked) {
    }

    public record WorkshopsPage(Frame frame, int limit, List<WorkshopRow> workshops) {
    }

    /** A booking as its participant sees it. */
    public record BookingRow(String workshop, String title, String when, boolean confirmed, String status) {
    }

    /** The participant's own page. */
    public record MyPage(Frame frame, String code, MyRegistration my, Map<String, String> values,
                         Map<String, String> errors, List<BookingRow> bookings, List<WorkshopRow> bookable,
                         String notice, String refusal, String limitText) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** A search result. */
    public record Hit(String kind, String title, String detail, String href) {
    }

    public record SearchPage(Frame frame, String query, String problem, List<Hit> hits) {
    }

    /** A page with one message (not found, refused, too many posts). */
    public record NoticePage(Frame frame, String text) {
    }

    private static final List<String> FIELDS = List.of("fullName", "email", "school", "specialty", "level",
            "consent");
    private static final Pattern MAX = Pattern.compile("longer than (\\d+)");
    private static final long SCHOOLS_CACHED_MILLIS = 60_000;

    private final GetConferenceUseCase conference;
    private final RegisterUseCase register;
    private final GetMyRegistrationUseCase my;
    private final UpdateRegistrationUseCase update;
    private final BookWorkshopUseCase book;
    private final CancelBookingUseCase cancel;
    private final ListWorkshopsUseCase workshops;
    private final ListSchoolsUseCase schools;
    private final SearchUseCase search;
    private final RenderCertificatesUseCase certificates;
    private final BooleanSupplier mailConfigured;
    private final MissLimiter registrationPosts;
    private final MissLimiter otherPosts;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private volatile List<String> schoolNames;
    private volatile long schoolNamesAt;

    public ParticipantPagesController(GetConferenceUseCase conference, RegisterUseCase register,
                                      GetMyRegistrationUseCase my, UpdateRegistrationUseCase update,
                                      BookWorkshopUseCase book, CancelBookingUseCase cancel,
                                      ListWorkshopsUseCase workshops, ListSchoolsUseCase schools,
                                      SearchUseCase search, RenderCertificatesUseCase certificates,
                                      BooleanSupplier mailConfigured, FormLimits limits) {
        this.conference = Objects.requireNonNull(conference);
        this.register = Objects.requireNonNull(register);
        this.my = Objects.requireNonNull(my);
        this.update = Objects.requireNonNull(update);
        this.book = Objects.requireNonNull(book);
        this.cancel = Objects.requireNonNull(cancel);
        this.workshops = Objects.requireNonNull(workshops);
        this.schools = Objects.requireNonNull(schools);
        this.search = Objects.requireNonNull(search);
        this.certificates = Objects.requireNonNull(certificates);
        this.mailConfigured = Objects.requireNonNull(mailConfigured);
        this.registrationPosts = new MissLimiter(limits.registrations(), limits.windowMillis(),
                System::currentTimeMillis);
        this.otherPosts = new MissLimiter(limits.otherPosts(), limits.windowMillis(), System::currentTimeMillis);
    }

    @Override
    public void contribute(ApiRoutes routes) {
        ApiRoutes.Doc page = new ApiRoutes.Doc("A participant's page (HTML; Greek, or English with ?lang=en)", null,
                String.class, false, 200, "text/html").withQuery("lang", "en: the page in English (Greek otherwise)");
        ApiRoutes.Doc form = new ApiRoutes.Doc("A participant's form post (HTML form with its csrf token; 403 "
                + "without it, 429 with Retry-After when one address posts too often)", null, String.class, false,
                200, "text/html");
        routes.get("/conferences/{edition}/register", Access.PUBLIC, page, ctx -> {
            ConferenceData c = edition(ctx);
            if (c != null) {
                PageTexts t = PageTexts.of(ctx);
                render(ctx, 200, "register.jte", new RegisterPage(frame(ctx, t, t.get("register.title"), c),
                        Map.of(), Map.of(), schoolNames()));
            }
        });
        routes.post("/conferences/{edition}/register", Access.PUBLIC, form, ctx -> {
            if (!admitted(ctx, registrationPosts)) {
                return;
            }
            ConferenceData c = edition(ctx);
            if (c != null) {
                registerPost(ctx, c);
            }
        });
        routes.get("/conferences/{edition}/workshops", Access.PUBLIC, page, ctx -> {
            ConferenceData c = edition(ctx);
            if (c != null) {
                PageTexts t = PageTexts.of(ctx);
                ctx.header("Cache-Control", "no-cache");
                render(ctx, 200, "workshops.jte", new WorkshopsPage(frame(ctx, t, t.get("workshops.title"), c),
                        workshops.bookingLimit(c.edition()), rows(t, workshops.listWorkshops(c.edition()), List.of())));
            }
        });
        routes.get("/conferences/{edition}/search", Access.PUBLIC, page.withQuery("q", "what to look for"), ctx -> {
            ConferenceData c = edition(ctx);
            if (c != null) {
                searchPage(ctx, c);
            }
        });
        routes.get("/r", Access.PUBLIC, new ApiRoutes.Doc("Opens the participant's page of the code typed "
                + "(?code=…): 303 to /r/{code}", null, String.class, false, 303, "text/html")
                .withQuery("code", "the participant's code, as typed"), ctx -> {
                    String code = Optional.ofNullable(ctx.queryParam("code")).orElse("").strip();
                    if (code.isEmpty() || code.length() > 100) {
                        PageTexts t = PageTexts.of(ctx);
                        notice(ctx, 404, t, t.get("notfound.title"), t.get("notfound.code"));
                        return;
                    }
                    ctx.status(303).header("Location", "/r/" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                            .replace("+", "%20")).header("Cache-Control", "no-store");
                });
        routes.get("/r/{code}", Access.PUBLIC, page, ctx -> {
            PageTexts t = PageTexts.of(ctx);
            MyRegistration m = mine(ctx, t);
            if (m != null) {
                renderMine(ctx, 200, t, m, values(m.registration()), Map.of(), notice(ctx, t, m), null);
            }
        });
        routes.post("/r/{code}", Access.PUBLIC, form, ctx -> {
            if (admitted(ctx, otherPosts)) {
                updatePost(ctx);
            }
        });
        routes.post("/r/{code}/bookings/{workshop}", Access.PUBLIC, form, ctx -> {
            if (admitted(ctx, otherPosts)) {
                bookingPost(ctx, false);
            }
        });
        routes.post("/r/{code}/bookings/{workshop}/cancel", Access.PUBLIC, form, ctx -> {
            if (admitted(ctx, otherPosts)) {
                bookingPost(ctx, true);
            }
        });
        routes.get("/r/{code}/certificate.pdf", Access.PUBLIC, new ApiRoutes.Doc("The participant's certificate "
                + "of attendance (PDF), once issued", null, String.class, false, 200, "application/pdf"), ctx -> {
                    PageTexts t = PageTexts.of(ctx);
                    MyRegistration m = mine(ctx, t);
                    if (m == null) {
                        return;
                    }
                    if (m.certificateCode() == null || m.certificateRevoked()) {
                        notice(ctx, 404, t, t.get("notfound.title"), t.get(m.certificateRevoked()
                                ? "my.certificate.revoked" : "my.certificate.none"));
                        return;
                    }
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    certificates.pdf(m.certificateCode(), pdf);
                    ctx.status(200).contentType("application/pdf")
                            .header("Content-Disposition", "attachment; filename=\"" + m.certificateCode() + ".pdf\"")
                            .header("Cache-Control", "no-store").result(pdf.toByteArray());
                });
    }

    // ---- registration

    private void registerPost(Context ctx, ConferenceData c) {
        PageTexts t = PageTexts.of(ctx);
        Map<String, String> values = formValues(ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!values.containsKey("consent")) {
            errors.put("consent", t.get("error.consent.missing"));
        }
        RegistrationData data = new RegistrationData(values.get("fullName"), values.get("email"),
                values.get("school"), values.get("specialty"), values.get("level"), values.containsKey("consent"),
                null);
        RegisterUseCase.Registered registered = null;
        try {
            registered = register.register(new RegisterUseCase.RegisterCommand(c.edition(), data));
        } catch (InvalidValueException e) {
            errors.putAll(fieldErrors(t, e));
        }
        if (!errors.isEmpty() || registered == null) {
            Map<String, String> ordered = new LinkedHashMap<>();
            FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
            String title = t.get("error.prefix") + " " + t.get("register.title");
            render(ctx, 400, "register.jte", new RegisterPage(frame(ctx, t, title, c), values, ordered,
                    schoolNames()));
            return;
        }
        boolean mail = mailConfigured.getAsBoolean();
        // Without mail the code is shown, but only to whoever made the registration now: a known address's code
        // belongs to its owner.
        String code = !mail && registered.created() ? registered.registration().code() : null;
        ctx.header("Cache-Control", "no-store");
        render(ctx, 200, "registered.jte", new RegisteredPage(frame(ctx, t, t.get("registered.title"), c),
                values.get("email").strip(), code, mail));
    }

    /** Each field's problem in the visitor's language, from the use case's refusal. */
    static Map<String, String> fieldErrors(PageTexts t, InvalidValueException e) {
        String[] items = e.item() == null ? new String[0] : e.item().split(", ");
        String[] problems = e.getMessage().split("; ");
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            String field = switch (items[i]) {
                case "full name", "fullName" -> "fullName";
                case "email" -> "email";
                case "school" -> "school";
                case "specialty" -> "specialty";
                case "level" -> "level";
                case "consent" -> "consent";
                default -> null;
            };
            if (field == null) {
                continue;
            }
            String problem = items.length == problems.length ? problems[i] : "";
            String kind = problem.contains("missing") ? "missing" : problem.contains("longer than") ? "long"
                    : "invalid";
            if (field.equals("consent") || field.equals("specialty") && kind.equals("missing")) {
                kind = field.equals("consent") ? "missing" : "invalid";
            }
            Matcher max = MAX.matcher(problem);
            errors.put(field, t.f("error." + field + "." + kind, max.find() ? max.group(1) : ""));
        }
        if (errors.isEmpty()) {
            errors.put("fullName", t.get("error.fullName.invalid"));
        }
        return errors;
    }

    // ---- my registration

    private void updatePost(Context ctx) {
        PageTexts t = PageTexts.of(ctx);
        MyRegistration m = mine(ctx, t);
        if (m == null) {
            return;
        }
        Map<String, String> values = formValues(ctx);
        if (!m.editable()) {
            renderMine(ctx, 409, t, m, values(m.registration()), Map.of(), null, t.get("my.details.locked"));
            return;
        }
        try {
            update.updateRegistration(new UpdateRegistrationUseCase.UpdateRegistrationCommand(m.registration().code(),
                    new RegistrationData(values.get("fullName"), values.get("email"), values.get("school"),
                            values.get("specialty"), values.get("level"), true, null)));
        } catch (InvalidValueException e) {
            Map<String, String> errors = fieldErrors(t, e);
            renderMine(ctx, 400, t, m, values, errors, null, t.get("my.details.errors"));
            return;
        } catch (gr.etwinning.synedrio.application.ConflictException e) { // another registration's address
            renderMine(ctx, 409, t, m, values, Map.of("email", t.get("error.email.taken")), null,
                    t.get("my.details.errors"));
            return;
        } catch (RuleViolationException e) { // the edition began meanwhile
            renderMine(ctx, 409, t, my.myRegistration(m.registration().code()), values(m.registration()), Map.of(),
                    null, t.get("my.details.locked"));
            return;
        }
        redirectMine(ctx, "saved", null);
    }

    private void bookingPost(Context ctx, boolean cancelling) {
        PageTexts t = PageTexts.of(ctx);
        MyRegistration m = mine(ctx, t);
        if (m == null) {
            return;
        }
        String workshop = ctx.pathParam("workshop");
        String code = m.registration().code();
        try {
            if (cancelling) {
                cancel.cancel(new CancelBookingUseCase.CancelBookingCommand(code, workshop));
                redirectMine(ctx, "cancelled", workshop);
            } else {
                BookWorkshopUseCase.Booked b = book.book(new BookWorkshopUseCase.BookWorkshopCommand(code, workshop));
                redirectMine(ctx, "waiting".equals(b.booking().status()) ? "waiting" : "booked", workshop);
            }
        } catch (RuleViolationException e) {
            String reason = switch (e.rule()) {
                case "booking-limit" -> t.f("my.refused.limit", m.bookingLimit());
                case "no-overlapping-workshops" -> t.get("my.refused.overlap");
                case "workshop-open-for-booking" -> t.get("my.refused.closed");
                default -> t.f("my.refused.other", e.rule());
            };
            renderMine(ctx, 409, t, my.myRegistration(code), values(m.registration()), Map.of(), null,
                    t.f("my.refused", reason));
        } catch (NotFoundException | InvalidValueException e) {
            String reason = cancelling ? t.get("my.refused.notbooked") : t.get("my.refused.unknown");
            renderMine(ctx, 404, t, m, values(m.registration()), Map.of(), null, t.f("my.refused", reason));
        }
    }

    private void redirectMine(Context ctx, String done, String workshop) {
        String to = "/r/" + URLEncoder.encode(ctx.pathParam("code"), StandardCharsets.UTF_8) + "?done=" + done
                + (workshop == null ? "" : "&w=" + URLEncoder.encode(workshop, StandardCharsets.UTF_8));
        ctx.status(303).header("Location", to).header("Cache-Control", "no-store");
    }

    /** The registration of the path's code, or null after answering the Greek 404 page. */
    private MyRegistration mine(Context ctx, PageTexts t) {
        try {
            return my.myRegistration(ctx.pathParam("code"));
        } catch (NotFoundException | InvalidValueException e) {
            notice(ctx, 404, t, t.get("notfound.title"), t.get("notfound.code"));
            return null;
        }
    }

    private String notice(Context ctx, PageTexts t, MyRegistration m) {
        String done = ctx.queryParam("done");
        if (done == null) {
            return null;
        }
        String w = ctx.queryParam("w");
        String title = w == null ? "" : workshopTitle(t, m.registration().edition(), w);
        return switch (done) {
            case "saved" -> t.get("my.details.saved");
            case "booked" -> t.f("my.done.booked", title);
            case "cancelled" -> t.f("my.done.cancelled", title);
            case "waiting" -> t.f("my.done.waiting", title, m.registration().bookings().stream()
                    .filter(b -> b.workshop().equals(w) && b.waitingPosition() != null)
                    .map(b -> b.waitingPosition().toString()).findFirst().orElse("?"));
            default -> null;
        };
    }

    private String workshopTitle(PageTexts t, int edition, String id) {
        return workshops.listWorkshops(edition).stream().filter(w -> w.workshop().equals(id))
                .map(w -> title(t, w)).findFirst().orElse(id);
    }

    private void renderMine(Context ctx, int status, PageTexts t, MyRegistration m, Map<String, String> values,
                            Map<String, String> errors, String notice, String refusal) {
        RegistrationView r = m.registration();
        List<WorkshopSeatsData> all = workshops.listWorkshops(r.edition());
        Map<String, WorkshopSeatsData> byId = new HashMap<>();
        all.forEach(w -> byId.put(w.workshop(), w));
        List<BookingRow> bookings = new ArrayList<>();
        for (BookingData b : r.bookings()) {
            WorkshopSeatsData w = byId.get(b.workshop());
            boolean confirmed = "confirmed".equals(b.status());
            bookings.add(new BookingRow(b.workshop(), w == null ? b.workshop() : title(t, w),
                    when(t, b.day(), b.start(), b.end()), confirmed, confirmed ? t.get("my.booking.confirmed")
                    : t.f("my.booking.waiting", b.waitingPosition())));
        }
        List<String> held = r.bookings().stream().map(BookingData::workshop).toList();
        List<WorkshopRow> bookable = rows(t, all, held).stream().filter(w -> w.open() && !w.booked()).toList();
        Frame frame = frame(ctx, t, (refusal != null || !errors.isEmpty() ? t.get("error.prefix") + " " : "")
                + t.get("my.title"), null);
        // After a post (a refused booking, say) the other language is the page itself, not the form's address.
        frame = new Frame(frame.t(), frame.title(), frame.csrf(), "/r/" + URLEncoder.encode(r.code(),
                StandardCharsets.UTF_8) + "?lang=" + t.get("lang.switch.code"), r.edition(), m.editionTitle());
        ctx.header("Cache-Control", "no-store");
        render(ctx, status, "my.jte", new MyPage(frame, r.code(), m, values, errors, bookings, bookable, notice,
                refusal, t.f("my.bookings.limit", r.bookings().size(), m.bookingLimit())));
    }

    private static Map<String, String> values(RegistrationView r) {
        Map<String, String> v = new HashMap<>();
        v.put("fullName", nullToEmpty(r.fullName()));
        v.put("email", nullToEmpty(r.email()));
        v.put("school", nullToEmpty(r.school()));
        v.put("specialty", nullToEmpty(r.specialty()));
        v.put("level", nullToEmpty(r.level()));
        return v;
    }

    // ---- workshops and search

    private List<WorkshopRow> rows(PageTexts t, List<WorkshopSeatsData> all, List<String> held) {
        List<WorkshopRow> rows = new ArrayList<>();
        for (WorkshopSeatsData w : all) {
            boolean full = w.open() && w.left() != null && w.left() <= 0;
            String seats = !w.open() ? t.get("workshops.closed") : full ? t.f("workshops.full", w.waiting())
                    : t.f("workshops.left", w.left(), w.capacity());
            rows.add(new WorkshopRow(w.workshop(), title(t, w), when(t, w.day(), w.start(), w.end()), w.open(), full,
                    seats, held.contains(w.workshop())));
        }
        return rows;
    }

    private static String title(PageTexts t, WorkshopSeatsData w) {
        if (w.title() != null) {
            return w.title();
        }
        // An untitled workshop by its number in the programme (d2-workshop-07 → 7); its day is shown beside it.
        Matcher number = Pattern.compile("(\\d+)$").matcher(w.workshop());
        return t.f("workshops.untitled", number.find() ? String.valueOf(Integer.parseInt(number.group(1)))
                : w.workshop());
    }

    private static String when(PageTexts t, LocalDate day, LocalTime start, LocalTime end) {
        Locale locale = Locale.forLanguageTag(t.lang());
        String d = day == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day);
        d = d.isEmpty() ? d : d.substring(0, 1).toUpperCase(locale) + d.substring(1);
        String time = start == null ? t.get("workshops.time.unknown") : start + "–" + end;
        return d.isEmpty() ? time : d + ", " + time;
    }

    private void searchPage(Context ctx, ConferenceData c) {
        PageTexts t = PageTexts.of(ctx);
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String problem = null;
        List<Hit> hits = new ArrayList<>();
        try {
            for (SearchUseCase.SearchHit h : search.search(new SearchUseCase.SearchQuery(q, 100))) {
                if (h.edition() != null && h.edition() != c.edition().intValue()) {
                    continue;
                }
                // a contest project has no anchor on the programme page
                String href = h.edition() == null || h.kind().equals("project") ? null
                        : "/conferences/" + h.edition() + "#" + h.id();
                String detail = h.kind().equals("person") || h.kind().equals("school")
                        || h.kind().equals("project") ? h.detail() : null;
                hits.add(new Hit(t.get("search.kind." + h.kind()), h.title(),
                        detail == null || detail.isBlank() ? null : detail, href));
            }
        } catch (InvalidValueException e) {
            problem = q.length() > 200 ? t.get("search.long") : t.get("search.empty");
        }
        String shown = q.length() > 200 ? q.substring(0, 200) + "…" : q;
        render(ctx, problem == null ? 200 : 400, "search.jte", new SearchPage(frame(ctx, t, t.f("search.title",
                shown), c), shown, problem, hits));
    }

    private List<String> schoolNames() {
        List<String> names = schoolNames;
        long now = System.currentTimeMillis();
        if (names == null || now - schoolNamesAt > SCHOOLS_CACHED_MILLIS) {
            names = schools.listSchools(false).stream().map(SchoolData::name).toList();
            schoolNames = names;
            schoolNamesAt = now;
        }
        return names;
    }

    // ---- the frame, guards and rendering

    /** The edition of the path, or null after answering the Greek 404 page. */
    private ConferenceData edition(Context ctx) {
        String value = ctx.pathParam("edition");
        try {
            if (value.length() <= 6 && value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
                return conference.getConference(Integer.parseInt(value));
            }
        } catch (NotFoundException | InvalidValueException e) {
            // answered below
        }
        PageTexts t = PageTexts.of(ctx);
        notice(ctx, 404, t, t.get("notfound.title"), t.f("notfound.edition", value.length() > 20
                ? value.substring(0, 20) + "…" : value));
        return null;
    }

    /** Whether the post may go on: within its address's limit and one of our forms; else answered. */
    private boolean admitted(Context ctx, MissLimiter limiter) {
        String client = ctx.ip();
        long wait = limiter.retryAfterSeconds(client);
        if (wait > 0) {
            PageTexts t = PageTexts.of(ctx);
            ctx.header("Retry-After", Long.toString(wait));
            notice(ctx, 429, t, t.get("toomany.title"), t.f("toomany.text", wait));
            return false;
        }
        limiter.miss(client);
        if (!FormGuard.genuine(ctx)) {
            PageTexts t = PageTexts.of(ctx);
            notice(ctx, 403, t, t.get("forbidden.title"), t.get("forbidden.text"));
            return false;
        }
        return true;
    }

    private static Map<String, String> formValues(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            String v = ctx.formParam(field);
            if (v != null) {
                values.put(field, v.length() > 1000 ? v.substring(0, 1000) : v);
            }
        }
        return values;
    }

    private Frame frame(Context ctx, PageTexts t, String title, ConferenceData c) {
        String other = t.get("lang.switch.code");
        String q = ctx.queryParam("q");
        return new Frame(t, title, FormGuard.token(ctx), ctx.path() + "?lang=" + other + (q == null ? ""
                : "&q=" + URLEncoder.encode(q.length() > 200 ? q.substring(0, 200) : q, StandardCharsets.UTF_8)),
                c == null ? null : c.edition(), c == null ? null : c.title());
    }

    private void notice(Context ctx, int status, PageTexts t, String heading, String text) {
        render(ctx, status, "notice.jte", new NoticePage(frame(ctx, t, heading, null), text));
    }

    private void render(Context ctx, int status, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("page", page), out);
        ctx.header("Referrer-Policy", "same-origin").header("X-Content-Type-Options", "nosniff")
                .header("Content-Language", PageTexts.of(ctx).lang()).header("Vary", "Accept-Language, Cookie");
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
