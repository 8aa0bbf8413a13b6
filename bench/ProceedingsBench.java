import gr.etwinning.synedrio.adapter.out.files.pdf.PdfVolumeRenderer;
import gr.etwinning.synedrio.adapter.out.files.proceedings.SpecialIssueFiles;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.FlywaySchema;
import gr.etwinning.synedrio.adapter.out.persistence.JooqConferenceRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqPersonRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqProceedingsRepository;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.service.proceedings.ProceedingsService;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
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
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bench/proceedings.sh's measuring side: a generated edition whose N papers (a third primary, a third secondary, a
 * third workshops) each came from a submission with an abstract, three authors and a full text of P pages (real
 * PDFs, written to disk before the clock starts), in an embedded H2 database; then, timed, the proceedings volume
 * built as {@code proceedings build} does, to a file. Prints the time, pages, file size and the heap's peak.
 */
public final class ProceedingsBench {

    static final String[] FIRST = {"Αικατερίνη", "Γεώργιος", "Μαρία", "Ιωάννης", "Ελένη", "Κωνσταντίνος",
        "Σοφία", "Δημήτριος", "Παναγιώτα", "Νικόλαος", "Ευαγγελία", "Χαράλαμπος"};
    static final String[] LAST = {"Παπαδοπούλου", "Καλογεροπούλου", "Θεοδώρου-Ψαρρά", "Ζαχαρίου", "Αλεξίου",
        "Κωνσταντινίδου", "Βλάχου", "Ιωαννίδη", "Σταματίου", "Χριστοδούλου", "Μαυρίδου"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int pages = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        EditionNumber edition = EditionNumber.of(98);
        LocalDate day = LocalDate.of(2025, 11, 22);
        List<Session> sessions = new ArrayList<>();
        Map<String, SubmittedTexts.SubmittedText> texts = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        String[] groups = {"primary", "secondary", "workshop"};
        int made = 0;
        long t0 = System.nanoTime();
        for (int g = 0; g < 3; g++) {
            List<Contribution> contributions = new ArrayList<>();
            int count = n / 3 + (g < n % 3 ? 1 : 0);
            for (int i = 1; i <= count; i++) {
                String id = groups[g] + "-" + i;
                contributions.add(new Contribution(ContributionId.of(id), g == 2 ? ContributionKind.WORKSHOP
                        : ContributionKind.TALK, null, null, List.of(), g == 0 ? EducationLevel.PRIMARY
                        : g == 1 ? EducationLevel.SECONDARY : null, null));
                List<SubmittedTexts.Author> authors = new ArrayList<>();
                for (int a = 0; a < 3; a++) {
                    int k = made * 3 + a;
                    authors.add(new SubmittedTexts.Author(FIRST[k % FIRST.length] + " " + LAST[(k / 7) % LAST.length],
                            (k % 40 + 1) + "ο Γυμνάσιο Αθηνών"));
                }
                Path pdf = dir.resolve(id + ".pdf");
                writePaper(pdf, id, pages);
                files.put("sha-" + id, pdf);
                texts.put(id, new SubmittedTexts.SubmittedText("Συνεργατικά έργα eTwinning και ψηφιακές δεξιότητες: "
                        + "εργασία " + (made + 1), "Περίληψη. " + "Η εργασία παρουσιάζει ένα έργο eTwinning. "
                        .repeat(12), List.of("eTwinning", "συνεργασία"), authors,
                        Optional.of(new SubmittedTexts.Paper("application/pdf", Files.size(pdf), "sha-" + id))));
                made++;
            }
            sessions.add(new Session(SessionId.of("d1-" + groups[g]), g == 2 ? SessionKind.WORKSHOPS
                    : SessionKind.PARALLEL, g == 0 ? "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης" : g == 1
                    ? "Συνεδρία Δευτεροβάθμιας Εκπαίδευσης" : "Βιωματικά εργαστήρια", day, null, "αίθουσα " + g,
                    g == 0 ? EducationLevel.PRIMARY : g == 1 ? EducationLevel.SECONDARY : null, null, List.of(),
                    contributions));
        }
        System.out.printf("generated %d paper(s) of %d page(s) in %.1f s (not timed)%n", n, pages,
                (System.nanoTime() - t0) / 1e9);
        SubmittedTexts submitted = new SubmittedTexts() {
            @Override
            public Optional<SubmittedText> of(EditionNumber e, ContributionId c) {
                return Optional.ofNullable(texts.get(c.value()));
            }

            @Override
            public InputStream openPaper(String sha) throws java.io.IOException {
                return Files.newInputStream(files.get(sha));
            }
        };
        ClockPort clock = Instant::now;
        try (Database db = new Database(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath(),
                "sa", ""), 4)) {
            new FlywaySchema(db).ensureCurrent();
            JooqPersonRepository persons = new JooqPersonRepository(db);
            JooqConferenceRepository conferences = new JooqConferenceRepository(db, persons);
            db.inTransaction(() -> {
                Conference c = Conference.restore(edition, new ConferenceDetails("11ο Πανελλήνιο Συνέδριο eTwinning",
                        "Ψηφιακές δεξιότητες", day, day, ConferenceMode.ONLINE, "Εθνική Υπηρεσία Υποστήριξης eTwinning",
                        null, ZoneId.of("Europe/Athens"), List.of(new ConferenceDay(day, "Ημέρα 1"))),
                        new Programme(sessions), id -> Optional.empty(), 0);
                conferences.add(c);
                return null;
            });
            ProceedingsService service = new ProceedingsService(conferences, persons, new JooqProceedingsRepository(db),
                    Optional.of(submitted), new PdfVolumeRenderer(), new SpecialIssueFiles(), db, clock);
            service.setIsbn(98, "978-618-5895-00-6");
            Path out = dir.resolve("volume.pdf");
            long t = System.nanoTime();
            BuildVolumeUseCase.VolumeReport r;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                r = service.build(new BuildVolumeUseCase.BuildVolumeCommand(98, List.of("Μαρία Νικητάκη"), null), o,
                        BuildVolumeUseCase.Listener.NONE);
            }
            double s = (System.nanoTime() - t) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("volume: %d paper(s), %d full text(s) merged, %d page(s), %.1f MB, in %.1f s "
                            + "(%.0f pages/s); heap peak %d MiB of %d MiB%n", r.papers(), r.merged(), r.pages(),
                    Files.size(out) / 1e6, s, r.pages() / s, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    static void writePaper(Path file, String tag, int pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 770);
                    cs.showText(tag + ", page " + p);
                    for (int line = 0; line < 48; line++) {
                        cs.newLineAtOffset(0, -14);
                        cs.showText("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                                + line);
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }
}
