package gr.etwinning.synedrio.application.service.proceedings;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildBookletUseCase;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort.BookletCategory;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort.BookletProject;
import gr.etwinning.synedrio.application.port.out.proceedings.BookletRendererPort.BookletSchool;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.contest.Category;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.Project;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The good-practice booklet of a national contest: its awarded projects by category, in the order of the awards
 * table, each with its distinction, partner schools and teachers, exactly as stored.
 */
@Singleton
public final class BookletService implements BuildBookletUseCase {

    private final ContestRepository contests;
    private final ConferenceRepository conferences;
    private final BookletRendererPort renderer;

    @Inject
    public BookletService(ContestRepository contests, ConferenceRepository conferences,
                          BookletRendererPort renderer) {
        this.contests = contests;
        this.conferences = conferences;
        this.renderer = renderer;
    }

    @Override
    public BookletReport booklet(int number, OutputStream out) throws IOException {
        Contest contest = contests.find(ContestNumber.of(number)).orElseThrow(() -> new NotFoundException("contest",
                "contest " + number + " does not exist"));
        if (contest.projects().isEmpty()) {
            throw new RuleViolationException("contest", "awards-imported", "contest " + number
                    + " has no awarded project yet: awards import FILE --contest " + number);
        }
        List<BookletCategory> categories = new ArrayList<>();
        int projects = 0;
        int schools = 0;
        int teachers = 0;
        for (Category category : contest.categories()) {
            List<BookletProject> awarded = new ArrayList<>();
            for (Project p : contest.projects()) {
                if (p.category() != category.kind()) {
                    continue;
                }
                List<BookletSchool> partners = new ArrayList<>();
                for (Partner partner : p.partners()) {
                    partners.add(new BookletSchool(partner.schoolName(), partner.teachers()));
                    teachers += partner.teachers().size();
                }
                schools += partners.size();
                awarded.add(new BookletProject(p.distinction().label(), p.title(), partners));
            }
            projects += awarded.size();
            if (!awarded.isEmpty()) {
                categories.add(new BookletCategory(category.title().replaceFirst("^Κατηγορία:\\s*", ""), awarded));
            }
        }
        List<String> facts = new ArrayList<>();
        contest.schoolYear().ifPresent(y -> facts.add("Σχολικό έτος " + y));
        contest.presentedAt().flatMap(conferences::find).ifPresent(c -> facts.add("Τα βραβεία απονεμήθηκαν στο "
                + c.details().title()));
        contest.presentedAt().flatMap(conferences::find).map(c -> c.details().organiser())
                .filter(o -> o != null && !o.isBlank()).ifPresent(facts::add);
        renderer.render(new BookletRendererPort.Booklet("Καλές πρακτικές eTwinning — " + number
                + "ος Εθνικός Διαγωνισμός έργων eTwinning", facts, categories), out);
        return new BookletReport(categories.size(), projects, schools, teachers);
    }
}
