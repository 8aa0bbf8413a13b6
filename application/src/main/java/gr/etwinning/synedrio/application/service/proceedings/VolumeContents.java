package gr.etwinning.synedrio.application.service.proceedings;

import gr.etwinning.synedrio.application.port.out.proceedings.PaperFile;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts.SubmittedText;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Author;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the proceedings hold of an edition's programme: the sessions with papers — the primary education's parallel
 * sessions, then the secondary's, then the workshops, then any other session with a paper (keynote, plenary,
 * round table), each group in programme time order — and for each paper what is known of it: from the call for
 * papers when it came from a submission, else from the programme. Nothing is made up: what is unknown is null or
 * empty, and listed as missing.
 */
final class VolumeContents {

    /** Kinds of contribution that are papers of the proceedings (with a submission, any kind is). */
    static final Set<ContributionKind> PAPER_KINDS = EnumSet.of(ContributionKind.TALK,
            ContributionKind.SCIENTIFIC_ANNOUNCEMENT, ContributionKind.WORKSHOP, ContributionKind.KEYNOTE,
            ContributionKind.ROUND_TABLE_POSITION);

    /** A contribution of the volume, as known. */
    record Item(Session session, Contribution contribution, String title, List<Author> authors, String abstractText,
                List<String> keywords, PaperFile file) {

        String id() {
            return contribution.id().value();
        }

        /** The missing parts, in English words ("title", "authors", "full text", "abstract"). */
        List<String> missing() {
            List<String> parts = new ArrayList<>();
            if (title == null) {
                parts.add("title");
            }
            if (authors.isEmpty()) {
                parts.add("authors");
            }
            if (file == null) {
                parts.add("full text");
                if (abstractText == null) {
                    parts.add("abstract");
                }
            }
            return parts;
        }

        /** The same in Greek, for the volume's own list. */
        String missingInGreek() {
            List<String> parts = new ArrayList<>();
            for (String p : missing()) {
                parts.add(switch (p) {
                    case "title" -> "τίτλος";
                    case "authors" -> "συγγραφείς";
                    case "full text" -> "πλήρες κείμενο";
                    default -> "περίληψη";
                });
            }
            return String.join(", ", parts);
        }
    }

    /** A session of the volume and its papers. */
    record Part(Session session, List<Item> items) {

        String title() {
            return session.title().orElse(session.kind().label());
        }
    }

    private VolumeContents() {
    }

    static List<Part> of(Conference conference, Map<PersonId, Person> people, Optional<SubmittedTexts> texts) {
        List<Session> sessions = new ArrayList<>(conference.programme().inTimeOrder());
        sessions.sort(java.util.Comparator.comparingInt(VolumeContents::group)); // stable: time order within a group
        List<Part> parts = new ArrayList<>();
        for (Session s : sessions) {
            List<Item> items = new ArrayList<>();
            for (Contribution c : s.contributions()) {
                Optional<SubmittedText> submitted = texts.flatMap(t -> t.of(conference.edition(), c.id()));
                if (submitted.isEmpty() && !PAPER_KINDS.contains(c.kind())) {
                    continue;
                }
                items.add(item(s, c, submitted, people, texts));
            }
            if (!items.isEmpty()) {
                parts.add(new Part(s, List.copyOf(items)));
            }
        }
        return List.copyOf(parts);
    }

    private static int group(Session s) {
        if (s.kind() == SessionKind.PARALLEL) {
            return s.level().map(l -> l == EducationLevel.PRIMARY ? 0 : 1).orElse(2);
        }
        return s.kind() == SessionKind.WORKSHOPS ? 3 : 4;
    }

    private static Item item(Session s, Contribution c, Optional<SubmittedText> submitted,
                             Map<PersonId, Person> people, Optional<SubmittedTexts> texts) {
        String title = submitted.map(SubmittedText::title).filter(t -> !t.isBlank())
                .orElse(c.title().orElse(null));
        List<Author> authors = new ArrayList<>();
        if (submitted.isPresent() && !submitted.get().authors().isEmpty()) {
            for (SubmittedTexts.Author a : submitted.get().authors()) {
                authors.add(new Author(a.name(), blankToNull(a.school())));
            }
        } else {
            for (PersonId id : c.speakers()) {
                Person p = people.get(id);
                if (p != null) {
                    authors.add(new Author(p.name(), blankToNull(p.affiliation())));
                }
            }
        }
        String abstractText = submitted.map(SubmittedText::abstractText).map(VolumeContents::blankToNull)
                .orElse(null);
        List<String> keywords = submitted.map(SubmittedText::keywords).orElse(List.of());
        PaperFile file = null;
        if (submitted.isPresent() && submitted.get().paper().isPresent()) {
            SubmittedTexts.Paper paper = submitted.get().paper().get();
            if (paper.contentType() == null || paper.contentType().toLowerCase(Locale.ROOT).contains("pdf")) {
                SubmittedTexts t = texts.get();
                String sha = paper.sha256();
                file = () -> t.openPaper(sha);
            }
        }
        return new Item(s, c, title, List.copyOf(authors), abstractText, keywords, file);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
