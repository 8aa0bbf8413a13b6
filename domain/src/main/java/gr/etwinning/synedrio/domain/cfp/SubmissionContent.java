package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a submission says: title, type, the level it is for (its track), abstract, keywords and authors in order,
 * exactly one of them the contact, no e-mail address twice.
 */
public record SubmissionContent(String title, SubmissionType type, EducationLevel level, String abstractText,
                                List<String> keywords, List<Author> authors) {

    public static final int MAX_AUTHORS = 12;
    public static final int MAX_KEYWORDS = 10;

    public SubmissionContent {
        title = Check.text(title, "title", 300);
        Check.notNull(type, "type");
        Check.notNull(level, "level");
        abstractText = Check.text(abstractText, "abstract", 60_000);
        List<String> kw = new ArrayList<>();
        Set<String> seenKw = new HashSet<>();
        for (String k : keywords == null ? List.<String>of() : keywords) {
            String t = Check.text(k, "keywords", 100);
            if (seenKw.add(GreekText.key(t))) {
                kw.add(t);
            }
        }
        if (kw.size() > MAX_KEYWORDS) {
            throw new InvalidValueException("keywords", "at most " + MAX_KEYWORDS + " keywords");
        }
        keywords = List.copyOf(kw);
        authors = Check.list(authors, "authors");
        if (authors.isEmpty()) {
            throw new InvalidValueException("authors", "a submission has at least one author");
        }
        if (authors.size() > MAX_AUTHORS) {
            throw new InvalidValueException("authors", "at most " + MAX_AUTHORS + " authors");
        }
        long contacts = authors.stream().filter(Author::contact).count();
        if (contacts != 1) {
            throw new InvalidValueException("authors", "exactly one author is the contact (\"contact\": true); "
                    + contacts + " are");
        }
        Set<String> emails = new HashSet<>();
        for (Author a : authors) {
            if (!emails.add(a.email().key())) {
                throw new InvalidValueException("authors", "two authors have the same e-mail address");
            }
        }
    }

    public Author contact() {
        return authors.stream().filter(Author::contact).findFirst().orElseThrow();
    }

    /** Words of the abstract, as a reader counts them: runs of letters or digits. */
    public int abstractWords() {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < abstractText.length(); ) {
            int cp = abstractText.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !in) {
                words++;
            }
            in = letter;
            i += Character.charCount(cp);
        }
        return words;
    }
}
