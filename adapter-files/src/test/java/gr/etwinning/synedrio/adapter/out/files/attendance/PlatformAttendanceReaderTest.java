package gr.etwinning.synedrio.adapter.out.files.attendance;

import gr.etwinning.synedrio.application.port.out.attendance.AttendanceFileException;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceReportReader.ReadSummary;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRow.Role;
import gr.etwinning.synedrio.application.port.out.attendance.Platform;
import gr.etwinning.synedrio.application.port.out.attendance.ReadOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformAttendanceReaderTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final LocalDate DAY1 = LocalDate.of(2021, 11, 19);
    private static final LocalDate DAY2 = LocalDate.of(2021, 11, 20);
    private static final LocalDate DAY3 = LocalDate.of(2021, 11, 21);

    private final PlatformAttendanceReader reader = new PlatformAttendanceReader();

    private record Read(ReadSummary summary, List<AttendanceRow> rows) {
        List<AttendanceRow> with(Role role) {
            return rows.stream().filter(r -> r.role() == role).toList();
        }

        List<AttendanceRow> named(String name) {
            return rows.stream().filter(r -> name.equals(r.name())).toList();
        }
    }

    private Read read(String resource, LocalDate day) throws IOException {
        return read(resource, day, null, Map.of());
    }

    private Read read(String resource, LocalDate day, Platform platform, Map<String, String> columns)
            throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/attendance/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return read(in, day, platform, columns);
        }
    }

    private Read read(InputStream in, LocalDate day, Platform platform, Map<String, String> columns)
            throws IOException {
        List<AttendanceRow> rows = new ArrayList<>();
        ReadSummary summary = reader.read(in, new ReadOptions(platform, columns, ATHENS, day), rows::add);
        return new Read(summary, rows);
    }

    private static Instant athens(int day, int hour, int minute, int second) {
        return LocalDateTime.of(2021, 11, day, hour, minute, second).atZone(ATHENS).toInstant();
    }

    @Nested
    class WrittenTheWayTheToolsWriteThem {

        @Test
        void zoomParticipantsReportHostFromThePreambleIsStaffReconnectionsAreSeparateRows() throws IOException {
            Read r = read("written/zoom-participants.csv", DAY2);

            assertThat(r.summary().platform()).isEqualTo(Platform.ZOOM);
            assertThat(r.summary().rowsRead()).isEqualTo(7);
            assertThat(r.with(Role.STAFF)).singleElement().satisfies(s ->
                    assertThat(s.email()).isEqualTo("ergastirio1@etwinning.gr"));
            assertThat(r.named("Μαρία Παπαδοπούλου")).hasSize(2);
            AttendanceRow first = r.named("Μαρία Παπαδοπούλου").get(0);
            assertThat(first.join()).isEqualTo(athens(20, 18, 1, 12));
            assertThat(first.leave()).isEqualTo(athens(20, 18, 40, 0));
            assertThat(r.named("Γιώργος")).singleElement().satisfies(g ->
                    assertThat(g.originalName()).isEqualTo("Γιώργος Νικολάου"));
        }

        @Test
        void zoomReportResavedByGreekExcelSemicolonsDayFirstNoSeconds() throws IOException {
            Read r = read("written/zoom-participants-excel-el.csv", DAY2);

            assertThat(r.summary().platform()).isEqualTo(Platform.ZOOM);
            assertThat(r.rows()).hasSize(3);
            assertThat(r.rows().get(2).join()).isEqualTo(athens(20, 18, 5, 0));
        }

        @Test
        void zoomWebinarHostsAndPanelistsAreStaffAttendedNoIsAbsentOtherAttendedCounts() throws IOException {
            Read r = read("written/zoom-webinar.csv", DAY1);

            assertThat(r.summary().platform()).isEqualTo(Platform.ZOOM_WEBINAR);
            assertThat(r.with(Role.STAFF)).extracting(AttendanceRow::email)
                    .containsExactly("nss@etwinning.gr", "leivadaou@uni.gr");
            assertThat(r.with(Role.ABSENT)).extracting(AttendanceRow::email).containsExactly("n.alexiou@sch.gr");
            assertThat(r.with(Role.PARTICIPANT)).extracting(AttendanceRow::email).containsExactly(
                    "maria.papadopoulou@sch.gr", "maria.papadopoulou@sch.gr", "kkoppis@sch.gr",
                    "e.georgiou@sch.gr");
            assertThat(r.named("Ελένη Γεωργίου").get(0).join()).isEqualTo(athens(19, 18, 5, 0));
        }

        @Test
        void teamsReportInGreekUtf16LeActivitiesReplaceParticipantsGuestSuffixGoneOrganiserIsStaff()
                throws IOException {
            Read r = read("written/teams-report-el-utf16le.csv", DAY2);

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.summary().rowsRead()).isEqualTo(4);
            assertThat(r.with(Role.STAFF)).extracting(AttendanceRow::name).containsExactly("Ελένη Καραγιάννη");
            List<AttendanceRow> maria = r.named("Μαρία Παπαδοπούλου");
            assertThat(maria).hasSize(2);
            assertThat(maria.get(1).join()).isEqualTo(athens(20, 18, 50, 0));
            assertThat(maria.get(0).email()).isNull();
        }

        @Test
        void teamsReportInUtf16BeWithoutActivitiesReadsParticipantsExtUpnAndUnverifiedSuffix()
                throws IOException {
            Read r = read("written/teams-report-en-utf16be.csv", DAY2);

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.with(Role.PARTICIPANT)).extracting(AttendanceRow::name)
                    .containsExactly("Maria Papadopoulou", "Nikos Alexiou");
            assertThat(r.with(Role.STAFF)).hasSize(1);
            assertThat(r.named("Maria Papadopoulou").get(0).leave()).isEqualTo(athens(20, 12, 0, 0));
        }

        @Test
        void webexInUtf16LeWithColumnsTheReaderDoesNotKnowReadsWithTheOperatorsMapping() throws IOException {
            assertThat(read("written/webex-el-utf16le.tsv", DAY3).rows()).extracting(AttendanceRow::email)
                    .containsOnlyNulls(); // "Email συμμετέχοντα" is no label the reader knows

            Read r = read("written/webex-el-utf16le.tsv", DAY3, null,
                    Map.of("email", "Email συμμετέχοντα", "duration", "Διάρκεια συμμετοχής"));

            assertThat(r.summary().platform()).isEqualTo(Platform.WEBEX);
            assertThat(r.rows()).extracting(AttendanceRow::email)
                    .containsExactly("maria.papadopoulou@sch.gr", "kkoppis@sch.gr");
        }

        @Test
        void bigBlueButtonInGreekModeratorIsStaffAMissingLeaveTakesTheDuration() throws IOException {
            Read r = read("written/LearningDashboard_d2-workshop-03_2021-11-20.csv", DAY2);

            assertThat(r.summary().platform()).isEqualTo(Platform.BBB);
            assertThat(r.with(Role.STAFF)).extracting(AttendanceRow::name).containsExactly("Ελένη Καραγιάννη");
            AttendanceRow nikos = r.named("ΝΙΚΟΣ ΑΛΕΞΙΟΥ").get(0);
            assertThat(Duration.between(nikos.join(), nikos.leave())).isEqualTo(Duration.ofMinutes(45));
        }

        @Test
        void aFileCutShortIsRefusedNamingItsLastLine() {
            assertThatThrownBy(() -> read("written/zoom-participants-truncated.csv", DAY2))
                    .isInstanceOf(AttendanceFileException.class).hasMessageStartingWith("line 3: ");
        }

        @Test
        void aLargeReportIsReadWholeAndABadRowFarIntoItIsRefusedNamingItsLine() throws IOException {
            // far more records than the reading thread hands over at once, so the two threads take turns
            StringBuilder report = new StringBuilder("Name (Original Name),User Email,Join Time,Leave Time,"
                    + "Duration (Minutes),Guest\n");
            for (int i = 0; i < 20_000; i++) {
                report.append("Συμμετέχων ").append(i).append(",teacher").append(i).append("@sch.gr,")
                        .append("11/20/2021 06:01:12 PM,11/20/2021 06:40:00 PM,39,No\n");
            }
            Read whole = read(new ByteArrayInputStream(report.toString().getBytes(StandardCharsets.UTF_8)), DAY2,
                    null, Map.of());
            assertThat(whole.rows()).hasSize(20_000);
            assertThat(whole.rows().get(19_999).email()).isEqualTo("teacher19999@sch.gr");
            assertThat(whole.summary().rowsRead()).isEqualTo(20_000);

            String broken = report.toString().replace("teacher15000@sch.gr,11/20/2021 06:01:12 PM",
                    "teacher15000@sch.gr,11/20/2021 25:01:12 PM");
            assertThatThrownBy(() -> read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), DAY2,
                    null, Map.of())).isInstanceOf(AttendanceFileException.class)
                    .hasMessageStartingWith("line 15002: ");

            // the caller giving up half-way (a row it refuses) stops the reading too
            List<AttendanceRow> taken = new ArrayList<>();
            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(report.toString()
                    .getBytes(StandardCharsets.UTF_8)), new ReadOptions(null, Map.of(), ATHENS, DAY2), row -> {
                        if (taken.size() == 5_000) {
                            throw new IllegalArgumentException("όχι άλλες γραμμές");
                        }
                        taken.add(row);
                    })).isInstanceOf(IllegalArgumentException.class).hasMessage("όχι άλλες γραμμές");
            assertThat(taken).hasSize(5_000);
        }

        @Test
        void aBadRowJustBeforeAQuoteLeftOpenIsTheMistakeTold() {
            // the row's time is refused by the caller's thread; the quote, later, by the reading thread: the file's
            // first mistake is told, though the reading thread met its own before handing the row over
            StringBuilder report = new StringBuilder("Name (Original Name),User Email,Join Time,Leave Time,"
                    + "Duration (Minutes),Guest\n");
            for (int i = 0; i < 10; i++) {
                report.append("Συμμετέχων ").append(i).append(",teacher").append(i).append("@sch.gr,")
                        .append(i == 7 ? "11/20/2021 25:01:12 PM" : "11/20/2021 06:01:12 PM")
                        .append(",11/20/2021 06:40:00 PM,39,No\n");
            }
            report.append("\"Συμμετέχων χωρίς τέλος,teacher@sch.gr,11/20/2021 06:01:12 PM\n");
            assertThatThrownBy(() -> read(new ByteArrayInputStream(report.toString().getBytes(StandardCharsets.UTF_8)),
                    DAY2, null, Map.of())).isInstanceOf(AttendanceFileException.class)
                    .hasMessageStartingWith("line 9: ");
        }

        @Test
        void aReportOfAnotherDayIsRefusedNamingTheLine() {
            assertThatThrownBy(() -> read("written/zoom-participants.csv", DAY3))
                    .isInstanceOf(AttendanceFileException.class)
                    .hasMessageContaining("line 6: ") // line 5 is the host's: staff rows are not attendance
                    .hasMessageContaining("not on the session's day 2021-11-21");
        }
    }

    @Nested
    class PublishedExports {

        @Test
        void teamsAttendanceListInUtf16LeJoinAndLeaveEventsPairUp() throws IOException {
            // day first: the list was written in Austria on 11 December 2020
            Read r = read("real/teams-list-en-utf16le.csv", LocalDate.of(2020, 12, 11));

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.rows()).isNotEmpty().allSatisfy(row -> {
                assertThat(row.role()).isEqualTo(Role.PARTICIPANT);
                assertThat(row.leave()).isAfterOrEqualTo(row.join());
            });
            AttendanceRow firstVisit = r.named("Mustermann Max").get(0);
            assertThat(firstVisit.join()).isEqualTo(LocalDateTime.of(2020, 12, 11, 12, 27, 24).atZone(ATHENS)
                    .toInstant());
            assertThat(firstVisit.leave()).isEqualTo(LocalDateTime.of(2020, 12, 11, 12, 45, 18).atZone(ATHENS)
                    .toInstant());
        }

        @Test
        void teamsAttendanceListInPortugueseEntrouWithoutSaiuStaysUntilTheLastEvent() throws IOException {
            Read r = read("real/teams-list-pt-utf16le.csv", LocalDate.of(2021, 3, 9));

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.summary().rowsRead()).isEqualTo(58);
            assertThat(r.rows().stream().map(AttendanceRow::name).distinct().count()).isEqualTo(38);
        }

        @Test
        void teamsAttendanceListResavedAsCommaCsvJoinedBeforeCounts() throws IOException {
            Read r = read("real/teams-list-en-utf8bom-comma.csv", LocalDate.of(2020, 11, 4));

            assertThat(r.named("Attendee 02")).hasSize(1);
            assertThat(r.rows().stream().map(AttendanceRow::name).distinct().count()).isEqualTo(38);
        }

        @Test
        void olderTeamsReportInFrenchUtf16LeOrganisateurIsStaffPresentateurAttends() throws IOException {
            Read r = read("real/teams-report-fr-utf16le.csv", LocalDate.of(2021, 4, 13));

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.with(Role.STAFF)).hasSize(1);
            assertThat(r.with(Role.PARTICIPANT)).hasSize(6);
            assertThat(r.with(Role.PARTICIPANT).get(0).join()).isEqualTo(LocalDateTime.of(2021, 4, 13, 9, 1, 39)
                    .atZone(ATHENS).toInstant());
        }

        @Test
        void teamsReportResavedWithSemicolonsAndIndonesianNameHeader() throws IOException {
            Read r = read("real/teams-report-id-semicolon.csv", LocalDate.of(2022, 4, 13));

            assertThat(r.summary().platform()).isEqualTo(Platform.TEAMS);
            assertThat(r.with(Role.STAFF)).extracting(AttendanceRow::name).containsExactly("Peserta 01");
            assertThat(r.rows()).hasSize(69);
        }
    }

    @Test
    void aFileWithoutAnyAttendanceTableIsRefused() {
        InputStream in = new ByteArrayInputStream("Topic,Notes\nΕργαστήριο,τίποτα\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(in, DAY2, null, Map.of()))
                .isInstanceOf(AttendanceFileException.class).hasMessageContaining("no attendance table");
    }

    @Test
    void anUnknownColumnInTheMappingIsRefused() {
        InputStream in = new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(in, DAY2, null, Map.of("seat", "Θέση")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown column 'seat'");
    }
}
