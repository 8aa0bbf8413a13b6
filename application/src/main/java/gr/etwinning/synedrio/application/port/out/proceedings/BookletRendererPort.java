package gr.etwinning.synedrio.application.port.out.proceedings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the contest's good-practice booklet: the awarded projects by category, with their schools and teachers. */
public interface BookletRendererPort {

    void render(Booklet booklet, OutputStream out) throws IOException;

    /**
     * @param title      "Καλές πρακτικές eTwinning — 15ος Εθνικός Διαγωνισμός"
     * @param facts      lines under the title (school year, the conference that presented the awards)
     * @param categories in the awards table's order
     */
    record Booklet(String title, List<String> facts, List<BookletCategory> categories) {
        public Booklet {
            facts = List.copyOf(facts);
            categories = List.copyOf(categories);
        }
    }

    record BookletCategory(String title, List<BookletProject> projects) {
        public BookletCategory {
            projects = List.copyOf(projects);
        }
    }

    /** A project as the table gives it: its distinction ("1ο βραβείο"), title, and partner schools in order. */
    record BookletProject(String distinction, String title, List<BookletSchool> schools) {
        public BookletProject {
            schools = List.copyOf(schools);
        }
    }

    record BookletSchool(String name, List<String> teachers) {
        public BookletSchool {
            teachers = List.copyOf(teachers);
        }
    }
}
