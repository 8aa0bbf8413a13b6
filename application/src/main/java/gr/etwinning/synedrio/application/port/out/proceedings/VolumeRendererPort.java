package gr.etwinning.synedrio.application.port.out.proceedings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the proceedings volume: title page, copyright page, table of contents with page numbers, a part per
 * session with each paper on a new page (the submitted full text merged after its heading, else its abstract),
 * the author index and the list of what is missing; bookmarks and metadata. It streams: a big volume must fit in a
 * small heap.
 */
public interface VolumeRendererPort {

    /** Renders the volume into {@code out}; tells {@code progress} how many papers there are and each one done. */
    RenderedVolume render(Volume volume, OutputStream out, Progress progress) throws IOException;

    /**
     * @param title     the volume's title ("Πρακτικά")
     * @param subtitle  the conference's title ("7ο Πανελλήνιο Συνέδριο eTwinning")
     * @param theme     its theme, or null
     * @param facts     the copyright page's lines about the edition (dates, mode, organiser), in order
     * @param isbn      hyphenated, or null when none is set yet
     * @param editors   as given, possibly none
     * @param cover     an image for the title page (PNG or JPEG bytes), or null
     * @param sections  the parts, in the volume's order
     * @param index     the author index, already in Greek alphabetical order
     * @param missing   what the volume lacks, contribution by contribution
     */
    record Volume(String title, String subtitle, String theme, List<String> facts, String isbn, List<String> editors, byte[] cover,
                  List<Section> sections, List<IndexEntry> index, List<Missing> missing) {
        public Volume {
            facts = List.copyOf(facts);
            editors = List.copyOf(editors);
            sections = List.copyOf(sections);
            index = List.copyOf(index);
            missing = List.copyOf(missing);
        }

        public int paperCount() {
            return sections.stream().mapToInt(s -> s.papers().size()).sum();
        }
    }

    /** A part of the volume: one session's papers. */
    record Section(String id, String title, List<Paper> papers) {
        public Section {
            papers = List.copyOf(papers);
        }
    }

    /**
     * A paper: its heading (title, authors with schools) and either the submitted full text (file, not null) or the
     * abstract (may be null: then the page says the text is missing).
     */
    record Paper(String id, String title, List<Author> authors, String abstractText, List<String> keywords,
                 PaperFile file) {
        public Paper {
            authors = List.copyOf(authors);
            keywords = List.copyOf(keywords);
        }
    }

    /** An author as printed: name, school (may be null). */
    record Author(String name, String school) {
    }

    /** A line of the author index: the name as printed there ("Κόππης, Αλέξανδρος") and the papers' ids. */
    record IndexEntry(String heading, List<String> paperIds) {
        public IndexEntry {
            paperIds = List.copyOf(paperIds);
        }
    }

    /** What one contribution lacks: its id, the session it is in, and the missing parts in words. */
    record Missing(String contribution, String session, String what) {
    }

    /**
     * @param pages      pages written
     * @param papers     papers printed
     * @param merged     full texts merged from submitted PDFs
     * @param unreadable submitted files that could not be read as PDF (their abstract was printed instead)
     * @param startPages the page each paper starts on, by paper id, in volume order
     */
    record RenderedVolume(int pages, int papers, int merged, List<Missing> unreadable,
                          java.util.Map<String, Integer> startPages) {
    }

    /** Told how many papers there are, then each one written. */
    interface Progress {
        default void starting(int papers) {
        }

        default void paperDone() {
        }

        Progress NONE = new Progress() {
        };
    }
}
