package gr.etwinning.synedrio.application.service.schedule;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.programme.SessionData;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ImportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ScheduleFormat;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.out.schedule.ScheduleCodecPort;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.mapping.DomainMapper;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Exports an edition's programme as schedule.xml, schedule.json or iCalendar, and imports the first two. */
@Singleton
public final class ScheduleService implements ExportScheduleUseCase, ImportScheduleUseCase {

    /** Written into every export's generator field. */
    public static final String VERSION = "0.1.0";

    private final ConferenceRepository conferences;
    private final PersonRepository persons;
    private final TransactionPort transactions;
    private final ScheduleCodecPort codecs;

    @Inject
    public ScheduleService(ConferenceRepository conferences, PersonRepository persons, TransactionPort transactions,
                           ScheduleCodecPort codecs) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.codecs = Objects.requireNonNull(codecs, "'codecs' must not be null");
    }

    @Override
    public ScheduleFile exportSchedule(ExportScheduleQuery query) {
        EditionNumber number = EditionNumber.of(query.edition());
        Schedule schedule = transactions.inTransaction(() -> {
            Conference c = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number));
            Map<PersonId, Person> people = new HashMap<>();
            persons.findAll(c.programme().people()).forEach(p -> people.put(p.id(), p));
            return ScheduleMapper.toSchedule(number.value(), c.details(), c.programme(), people, query.baseUrl());
        });
        ScheduleFormat f = query.format();
        String content = switch (f) {
            case FRAB_XML -> codecs.writeFrabXml(schedule, VERSION);
            case SCHEDULE_JSON -> codecs.writeScheduleJson(schedule, VERSION);
            case ICAL -> codecs.writeICalendar(schedule, VERSION);
            case SCHEDULE_JSON2 -> codecs.writeScheduleJson2(schedule, VERSION);
        };
        return new ScheduleFile(f.fileName(), f.mediaType(), content);
    }

    @Override
    public ScheduleImportReport importSchedule(ImportScheduleCommand command) {
        EditionNumber number = EditionNumber.of(command.edition());
        String source = command.fileName();
        String text = command.content().startsWith("\uFEFF") ? command.content().substring(1) : command.content();
        boolean xml = source.toLowerCase(Locale.ROOT).endsWith(".xml") || text.stripLeading().startsWith("<");
        Schedule schedule = xml ? codecs.readFrabXml(text, source) : codecs.readScheduleJson(text, source);
        ConferenceMode mode = Enums.parse(ConferenceMode.class, command.mode() == null ? "onsite" : command.mode(),
                "mode");
        return transactions.inTransaction(() -> InContext.run(source, () -> store(number, schedule, mode)));
    }

    private ScheduleImportReport store(EditionNumber number, Schedule schedule, ConferenceMode mode) {
        Map<String, Person> created = new LinkedHashMap<>();
        Map<String, String> idsByName = new HashMap<>();
        ScheduleImport.Result read = ScheduleImport.read(schedule, name -> idsByName.computeIfAbsent(name,
                n -> resolve(n, created)));
        Programme programme = withExternalIds(DomainMapper.toProgramme(read.sessions()), read.externalIds());
        created.values().forEach(persons::save);
        Optional<Conference> existing = conferences.find(number);
        boolean newEdition = existing.isEmpty();
        if (newEdition) {
            Schedule.Conference c = schedule.conference();
            Conference conference = Conference.plan(number, new ConferenceDetails(c.title(), null, read.start(),
                    read.end(), mode, null, null, ZoneId.of(c.timeZone()), days(read, List.of())));
            conference.replaceProgramme(conference.details(), programme, persons);
            conferences.add(conference);
        } else {
            Conference conference = existing.get();
            ConferenceDetails d = conference.details();
            programme = keepingWhatFilesDoNotHold(conference.programme(), programme);
            conference.replaceProgramme(new ConferenceDetails(d.title(), d.theme(), d.startDate(), d.endDate(),
                    d.mode(), d.organiser(), d.venue(), d.timeZone(), days(read, d.days())), programme, persons);
            conferences.update(conference);
        }
        return new ScheduleImportReport(number.value(), newEdition, programme.sessions().size(),
                programme.contributionCount(), new ArrayList<>(created.keySet()), schedule.ignored(),
                changed(schedule, read, idsByName));
    }

    /**
     * What the reader and the import changed, and the names that are one person (they differ only in case or
     * accents, as {@link #resolve} finds).
     */
    private static List<String> changed(Schedule schedule, ScheduleImport.Result read, Map<String, String> idsByName) {
        List<String> changed = new ArrayList<>(schedule.changed());
        changed.addAll(read.changed());
        Map<String, List<String>> namesById = new java.util.TreeMap<>();
        idsByName.forEach((name, id) -> namesById.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
        List<String> merged = namesById.values().stream().filter(n -> n.size() > 1)
                .map(n -> n.stream().sorted().map(x -> "'" + x + "'").collect(java.util.stream.Collectors.joining(" = ")))
                .toList();
        if (!merged.isEmpty()) {
            changed.add(merged.size() + " person(s) written in more than one way (case or accents) are one person"
                    + " each, named as first written: " + String.join(", ", merged.subList(0, Math.min(3,
                    merged.size()))) + (merged.size() > 3 ? " …" : ""));
        }
        return changed;
    }

    /** The programme with each contribution's external id, the id the source tool gave it. */
    private static Programme withExternalIds(Programme p, Map<String, String> externalIds) {
        if (externalIds.isEmpty()) {
            return p;
        }
        return new Programme(p.sessions().stream().map(s -> new Session(s.id(), s.kind(), s.title().orElse(null),
                s.day(), s.time().orElse(null), s.room().orElse(null), s.level().orElse(null),
                s.notes().orElse(null), s.chairs(), s.contributions().stream()
                .map(c -> c.withExternalId(externalIds.get(c.id().value()))).toList())).toList());
    }

    /**
     * The days with the file's hours: a day the file gives hours keeps its label and takes them; the others keep
     * their labels, and a day without hours in the file runs midnight to midnight. For an existing edition
     * ({@code stored} not empty) hours of days outside its dates are left out: its sessions there are refused.
     */
    private static List<ConferenceDay> days(ScheduleImport.Result read, List<ConferenceDay> stored) {
        Map<java.time.LocalDate, ConferenceDay> days = new java.util.TreeMap<>();
        stored.forEach(d -> days.put(d.date(), new ConferenceDay(d.date(), d.label(), null)));
        read.hours().forEach((date, hours) -> {
            if (stored.isEmpty() || days.containsKey(date)) {
                days.put(date, new ConferenceDay(date, days.containsKey(date) ? days.get(date).label() : null,
                        hours));
            }
        });
        return List.copyOf(days.values());
    }

    /**
     * The imported programme with what a schedule file cannot carry taken over from the stored one, so that
     * importing into an existing edition loses nothing the file does not mention (issue 19): a session the file
     * names by a stored session's id keeps that session's chairs (moderators) and notes when the file gives none,
     * and the sessions keep the organisers' order: stored sessions stay where they were, and a new one follows the
     * session it follows in the file. Sessions and contributions the file leaves out are gone, as with any replace.
     */
    static Programme keepingWhatFilesDoNotHold(Programme stored, Programme imported) {
        Map<gr.etwinning.synedrio.domain.programme.SessionId, Integer> storedOrder = new HashMap<>();
        Map<gr.etwinning.synedrio.domain.programme.SessionId, Session> storedSessions = new HashMap<>();
        for (int i = 0; i < stored.sessions().size(); i++) {
            Session s = stored.sessions().get(i);
            storedOrder.put(s.id(), i);
            storedSessions.put(s.id(), s);
        }
        record Placed(Session session, double rank) {
        }
        List<Placed> placed = new ArrayList<>();
        double after = -1;
        double step = 0;
        for (Session s : imported.sessions()) {
            Session old = storedSessions.get(s.id());
            if (old == null) {
                step += 1e-4;
                placed.add(new Placed(s, after + step));
                continue;
            }
            after = storedOrder.get(s.id());
            step = 0;
            placed.add(new Placed(new Session(s.id(), s.kind(), s.title().orElse(null), s.day(), s.time().orElse(null),
                    s.room().orElse(null), s.level().orElse(null), s.notes().orElse(old.notes().orElse(null)),
                    s.chairs().isEmpty() ? old.chairs() : s.chairs(), s.contributions()), after));
        }
        placed.sort(java.util.Comparator.comparingDouble(Placed::rank));
        return new Programme(placed.stream().map(Placed::session).toList());
    }

    /**
     * The id of the person a name means: the ELOT 743 transliteration, surname first; a stored person of that id
     * is the same person when the name answers to them, otherwise the id gets a number ("-2").
     */
    private String resolve(String name, Map<String, Person> created) {
        String base = PersonId.fromName(name).value();
        String id = base;
        for (int n = 2; ; n++) {
            Person known = created.get(id);
            if (known == null) {
                known = persons.find(PersonId.of(id)).orElse(null);
            }
            if (known == null) {
                created.put(id, new Person(PersonId.of(id), null, name, List.of(), null, null, Set.of()));
                return id;
            }
            if (known.name().equals(name) || known.answersTo(name) && gr.etwinning.synedrio.domain.text.GreekText
                    .key(known.name()).equals(gr.etwinning.synedrio.domain.text.GreekText.key(name))
                    || known.otherNames().contains(name)) {
                return id;
            }
            if (n > 99) {
                throw new InvalidValueException("person '" + name + "'", "too many persons share the id '" + base
                        + "'");
            }
            id = base + "-" + n;
        }
    }
}
