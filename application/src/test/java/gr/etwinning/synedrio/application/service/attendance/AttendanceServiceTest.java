package gr.etwinning.synedrio.application.service.attendance;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.AmbiguousName;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.AttendanceImportReport;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.ImportAttendanceCommand;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceFileException;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceReportReader;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.RegisteredName;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow.Role;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.domain.attendance.AttendanceTarget;
import gr.etwinning.synedrio.domain.attendance.PersonKey;
import gr.etwinning.synedrio.domain.attendance.Presence;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.ParticipantDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.school.School;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import's decisions, with the file reader and the repositories replaced by fakes. */
class AttendanceServiceTest {

    private static final LocalDate DAY2 = LocalDate.of(2021, 11, 20);
    private static final Instant T0 = Instant.parse("2021-11-20T16:00:00Z");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(
            id -> java.util.Optional.empty());
    private final FakeAttendance attendance = new FakeAttendance();
    private final List<AttendanceRow> rows = new ArrayList<>();
    /** The programme's stored version, as every write of the programme raises it. */
    private final long[] programmeVersion = {1};
    private AttendanceService service;

    /** What the service stored, per target and file. */
    private static final class FakeAttendance implements AttendanceRepository {
        final Map<String, Map<String, Collection<FilePerson>>> files = new HashMap<>();
        final Map<String, Collection<TargetPresence>> presence = new HashMap<>();
        final Map<String, AttendanceTarget> targets = new HashMap<>();
        final List<RegisteredName> registered = new ArrayList<>();
        /** Run as each file's persons are written (a test's hook). */
        volatile Runnable onReplace = () -> { };

        @Override
        public List<RegisteredName> registeredNames(EditionNumber edition) {
            return List.copyOf(registered);
        }

        @Override
        public String registrationsStamp(EditionNumber edition) {
            return registered.toString();
        }

        @Override
        public List<String> fileHashes(EditionNumber edition, String targetId) {
            return List.copyOf(files.getOrDefault(targetId, Map.of()).keySet());
        }

        @Override
        public void replaceFile(EditionNumber edition, AttendanceTarget target, ImportedFile file,
                                Collection<FilePerson> persons) {
            onReplace.run();
            targets.put(target.id(), target);
            files.computeIfAbsent(target.id(), k -> new HashMap<>()).put(file.sha256(), List.copyOf(persons));
        }

        @Override
        public Map<Long, Presence> otherFilesPresence(EditionNumber edition, String targetId, String except) {
            Map<Long, Presence> out = new HashMap<>();
            files.getOrDefault(targetId, Map.of()).forEach((sha, persons) -> {
                if (!sha.equals(except)) {
                    persons.forEach(p -> out.merge(p.key().number(), new Presence().addAll(p.presence()),
                            Presence::addAll));
                }
            });
            return out;
        }

        @Override
        public void replacePresence(EditionNumber edition, AttendanceTarget target,
                                    Collection<TargetPresence> presences) {
            presence.put(target.id(), List.copyOf(presences));
        }

        @Override
        public AttendanceCounts counts(EditionNumber edition) {
            throw new UnsupportedOperationException();
        }

        /** As the counts read it: the session's stored presences, or of a session of one file that file's persons. */
        long seconds(String target, PersonKey key) {
            Map<String, Collection<FilePerson>> ofTarget = files.get(target);
            if (ofTarget.size() == 1) {
                assertThat(presence).as("a session of one file stores no presences").doesNotContainKey(target);
                return ofTarget.values().iterator().next().stream().filter(p -> p.key().equals(key)).findFirst()
                        .orElseThrow().presence().seconds();
            }
            return presence.get(target).stream().filter(p -> p.person() == key.number()).findFirst().orElseThrow()
                    .seconds();
        }
    }

    private static Registration registration(long id, String name, String email) {
        return new Registration(id, EditionNumber.of(7), new ConfirmationCode("QnNWJEfqmTDFzBLL5u0uA" + id),
                new ParticipantDetails(name, new EmailAddress(email), School.named("1ο Γυμνάσιο Καλαμάτας"), "ΠΕ02",
                        null, T0), T0, T0);
    }

    @BeforeEach
    void anEditionWithAWorkshopAndRegistrations() {
        Conference c = Conference.plan(EditionNumber.of(7), new ConferenceDetails("7ο Πανελλήνιο Συνέδριο eTwinning",
                null, DAY2.minusDays(1), DAY2.plusDays(1), ConferenceMode.ONLINE, null, null,
                ZoneId.of("Europe/Athens"), List.of()));
        c.replaceProgramme(new Programme(List.of(new Session(new SessionId("d2-workshops"), SessionKind.WORKSHOPS,
                "Βιωματικά εργαστήρια", DAY2, null, null, null, null, List.of(),
                List.of(new Contribution(new ContributionId("d2-workshop-01"), ContributionKind.WORKSHOP,
                        "Ψηφιακή αφήγηση", null, List.of(), null, null))))), id -> java.util.Optional.empty());
        conferences.add(c);
        List<Registration> registered = List.of(registration(1, "Μαρία Παπαδοπούλου", "maria@sch.gr"),
                registration(2, "Γιώργος Νικολάου", "g.nikolaou@sch.gr"),
                registration(3, "ΓΙΩΡΓΟΣ ΝΙΚΟΛΑΟΥ", "giorgos@gmail.com"),
                registration(4, "Κωνσταντίνος Κόππης", "k.koppis@sch.gr"));
        registered.forEach(r -> attendance.registered.add(new RegisteredName(r.id(), r.details().email().value(),
                r.details().fullName())));
        AttendanceReportReader reader = (in, options, sink) -> {
            in.readAllBytes();
            rows.forEach(sink);
            return new AttendanceReportReader.ReadSummary(options.platform() == null ? Platform.ZOOM
                    : options.platform(), rows.size());
        };
        service = new AttendanceService(conferences, attendance, reader, ports.transactions, () -> T0,
                () -> new DataVersionPort.Versions(programmeVersion[0], programmeVersion[0]));
    }

    private void row(String name, String email, long from, long to, Role role) {
        rows.add(new AttendanceRow(rows.size() + 2, name, null, email, role == Role.PARTICIPANT
                ? T0.plusSeconds(from) : null, role == Role.PARTICIPANT ? T0.plusSeconds(to) : null, role));
    }

    private AttendanceImportReport importFile(String content) throws Exception {
        return service.importAttendance(new ImportAttendanceCommand(7, "d2-workshop-01", "f.csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), null, Map.of(), null));
    }

    private ImportAttendanceUseCase.AttendanceFile file(String content, List<String> events) {
        return () -> {
            events.add("open " + content);
            return new ImportAttendanceCommand(7, "d2-workshop-01", content + ".csv",
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), null, Map.of(), null);
        };
    }

    @Test
    void givenAListOfFilesWhenImportingThemAllThenTheNextFileIsReadWhileTheOneBeforeIsWritten() throws Exception {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch secondOpened = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        attendance.onReplace = () -> {
            if (writes.incrementAndGet() > 1) {
                return;
            }
            try { // the first file's write waits (at most 10 s) for the second file to be opened meanwhile
                events.add(secondOpened.await(10, java.util.concurrent.TimeUnit.SECONDS)
                        ? "f1 written while f2 was read" : "f1 written before f2 was opened");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<ImportAttendanceUseCase.AttendanceFile> files = List.of(file("f1", events), () -> {
            ImportAttendanceCommand c = file("f2", events).open();
            secondOpened.countDown();
            return c;
        }, file("f3", events));
        List<AttendanceImportReport> reports = new ArrayList<>();

        service.importAll(files, reports::add);

        assertThat(reports).hasSize(3);
        assertThat(attendance.files.get("d2-workshop-01")).hasSize(3);
        assertThat(events).contains("f1 written while f2 was read");
    }

    @Test
    void givenAListWhoseSecondFileIsRefusedWhenImportingThemAllThenTheFirstStaysAndTheThirdIsNeverOpened() {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        List<AttendanceImportReport> reports = new ArrayList<>();
        List<ImportAttendanceUseCase.AttendanceFile> files = List.of(file("f1", events), () -> {
            events.add("open f2");
            return new ImportAttendanceCommand(7, "d2-workshop-99", "f2.csv",
                    new ByteArrayInputStream(new byte[0]), null, Map.of(), null);
        }, file("f3", events));

        assertThatThrownBy(() -> service.importAll(files, reports::add)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("d2-workshop-99");

        assertThat(reports).hasSize(1);
        assertThat(attendance.files.get("d2-workshop-01")).hasSize(1);
        assertThat(events).doesNotContain("open f3");
    }

    @Test
    void givenReconnectionsStaffAbsentAndASharedNameWhenImportingThenEachIsCountedForWhatItIs() throws Exception {
        row("Μαρία", "MARIA@sch.gr ", 0, 1800, Role.PARTICIPANT);
        row("Μαρία", "maria@sch.gr", 1800, 3600, Role.PARTICIPANT);
        row("ΚΩΝΣΤΑΝΤΙΝΟΣ ΚΟΠΠΗΣ", null, 0, 600, Role.PARTICIPANT);
        row("Γιώργος Νικολάου", null, 0, 1200, Role.PARTICIPANT);
        row("Οργανωτής", "nss@etwinning.gr", 0, 0, Role.STAFF);
        row("Νίκος", "n@sch.gr", 0, 0, Role.ABSENT);

        AttendanceImportReport r = importFile("one");

        assertThat(r.kind()).isEqualTo("workshop");
        assertThat(r.day()).isEqualTo(DAY2);
        assertThat(r.persons()).isEqualTo(3);
        assertThat(r.matchedByEmail()).isEqualTo(1);
        assertThat(r.matchedByName()).isEqualTo(1);
        assertThat(r.unregistered()).isEqualTo(1);
        assertThat(r.staffRowsIgnored()).isEqualTo(1);
        assertThat(r.absentRowsIgnored()).isEqualTo(1);
        assertThat(r.ambiguousNames()).containsExactly(new AmbiguousName("Γιώργος Νικολάου", 2));
        assertThat(r.personMinutes()).isEqualTo(60 + 10 + 20);
        assertThat(attendance.seconds("d2-workshop-01", PersonKey.registration(1))).isEqualTo(3600);
        assertThat(r.replaced()).isFalse();
    }

    @Test
    void givenTheSameBytesAgainWhenImportingThenTheFileIsReplacedNotAdded() throws Exception {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        importFile("same");

        AttendanceImportReport again = importFile("same");

        assertThat(again.replaced()).isTrue();
        assertThat(attendance.files.get("d2-workshop-01")).hasSize(1);
        // still a session of one file: its persons are its presences, none stored apart
        assertThat(attendance.seconds("d2-workshop-01", PersonKey.registration(1))).isEqualTo(1800);
    }

    @Test
    void givenOneOfASessionsTwoFilesImportedAgainWhenImportingThenThePresencesAreMergedAnew() throws Exception {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        importFile("first part");
        rows.clear();
        row("Μαρία", "maria@sch.gr", 900, 2700, Role.PARTICIPANT);
        importFile("second part");
        rows.clear();
        row("Μαρία", "maria@sch.gr", 0, 600, Role.PARTICIPANT); // the first file's bytes, read differently now

        AttendanceImportReport again = importFile("first part");

        assertThat(again.replaced()).isTrue();
        assertThat(attendance.files.get("d2-workshop-01")).hasSize(2);
        assertThat(attendance.seconds("d2-workshop-01", PersonKey.registration(1))).isEqualTo(600 + 1800);
    }

    @Test
    void givenASecondFileOfTheSameMeetingWhenImportingThenEachPersonsSecondsAreMergedAcrossFiles()
            throws Exception {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        importFile("first part");
        rows.clear();
        row("Μαρία", "maria@sch.gr", 900, 2700, Role.PARTICIPANT);

        importFile("second part");

        assertThat(attendance.seconds("d2-workshop-01", PersonKey.registration(1))).isEqualTo(2700);
    }

    @Test
    void givenAFileTheReaderRefusesWhenImportingThenNothingIsWritten() {
        AttendanceReportReader refusing = (in, options, sink) -> {
            throw new AttendanceFileException(3, "the row has no join time; is the file cut short?");
        };
        attendance.registered.clear();
        service = new AttendanceService(conferences, attendance, refusing, ports.transactions, () -> T0,
                () -> new DataVersionPort.Versions(programmeVersion[0], programmeVersion[0]));

        assertThatThrownBy(() -> importFile("x")).hasMessage("line 3: the row has no join time; is the file cut "
                + "short?");
        assertThat(attendance.files).isEmpty();
    }

    @Test
    void givenAContributionAddedToTheProgrammeBetweenTwoImportsWhenImportingIntoItThenItIsFound() throws Exception {
        row("Μαρία", "maria@sch.gr", 0, 1800, Role.PARTICIPANT);
        importFile("first");
        Conference c = conferences.find(EditionNumber.of(7)).orElseThrow();
        c.replaceProgramme(new Programme(List.of(new Session(new SessionId("d2-workshops"), SessionKind.WORKSHOPS,
                "Βιωματικά εργαστήρια", DAY2, null, null, null, null, List.of(),
                List.of(new Contribution(new ContributionId("d2-workshop-01"), ContributionKind.WORKSHOP,
                                "Ψηφιακή αφήγηση", null, List.of(), null, null),
                        new Contribution(new ContributionId("d2-workshop-02"), ContributionKind.WORKSHOP,
                                "Ρομποτική", null, List.of(), null, null))))), id -> java.util.Optional.empty());
        conferences.update(c);
        programmeVersion[0]++;

        AttendanceImportReport r = service.importAttendance(new ImportAttendanceCommand(7, "d2-workshop-02", "g.csv",
                new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)), null, Map.of(), null));

        assertThat(r.target()).isEqualTo("d2-workshop-02");
        assertThat(r.persons()).isEqualTo(1);
    }

    @Test
    void givenANameLongerThanIsKeptEndingInAnEmojiWhenImportingThenItIsCutBeforeTheEmojiNotInsideIt()
            throws Exception {
        String name = "Α".repeat(199) + "😀"; // the emoji is two chars: the 200th and the 201st
        row(name, "anna@gmail.com", 0, 600, Role.PARTICIPANT);

        importFile("long");

        assertThat(attendance.files.get("d2-workshop-01").values().iterator().next()).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Α".repeat(199)));
    }

    @Test
    void givenAnIdTheProgrammeDoesNotHaveWhenImportingThenItIsNotFound() {
        assertThatThrownBy(() -> service.importAttendance(new ImportAttendanceCommand(7, "d2-workshop-99", null,
                new ByteArrayInputStream(new byte[0]), null, Map.of(), null))).isInstanceOf(NotFoundException.class);
    }
}
