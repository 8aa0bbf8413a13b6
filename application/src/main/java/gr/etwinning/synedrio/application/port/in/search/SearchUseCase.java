package gr.etwinning.synedrio.application.port.in.search;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.List;

/**
 * Finds people (by name and other names), sessions, contributions, schools and contest projects however their
 * words are typed: with or without accents, in capitals, with a final sigma or not, with Latin look-alike letters. Results are ranked: exact
 * matches first, then whole words, then word beginnings.
 */
public interface SearchUseCase {

    List<SearchHit> search(SearchQuery query);

    /** {@code limit} is 1 to 100 (default 20). */
    record SearchQuery(String text, Integer limit) {
        public SearchQuery {
            if (text == null || GreekText.key(text).isEmpty()) {
                throw new InvalidValueException("q", "the search needs at least one letter or digit");
            }
            if (text.length() > 200) {
                throw new InvalidValueException("q", "the search is longer than 200 characters");
            }
            limit = limit == null ? 20 : limit;
            if (limit < 1 || limit > 100) {
                throw new InvalidValueException("limit", "limit must be 1 to 100, not " + limit);
            }
        }
    }

    /**
     * One result. {@code kind} is {@code person}, {@code session}, {@code contribution}, {@code school} (a school of
     * the registry, by any spelling seen; {@code id} is its normalised key) or {@code project} (a contest project,
     * by its title or one of its partner schools; {@code id} is {@code contest-N:title}, {@code edition} the
     * edition that presented the contest); {@code id} is the item's id, {@code edition} the edition it belongs to
     * (none for a person or a school), {@code title} what to show, {@code detail} where it belongs, {@code rank} 3
     * exact, 2 whole words, 1 word beginnings. New kinds may be added; a client shows what it does not know as
     * text.
     */
    record SearchHit(String kind, String id, Integer edition, String title, String detail, int rank) {
    }
}
