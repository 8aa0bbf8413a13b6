package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.text.GreekText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONTRIBUTION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROGRAMME_SESSION;

/**
 * The stored search keys: what {@link GreekText#key} makes of a session's title and room, of a contribution's title
 * and subject (persons' keys are written by {@link PersonRecordMapper}). A word matches a key when it starts one of
 * the key's words, which SQL asks as {@code ' ' || key LIKE '% word%'}: keys hold only letters, digits and single
 * spaces, so no LIKE wildcard can slip in.
 */
final class SearchKeys {

    static final int MAX = 3000;

    private SearchKeys() {
    }

    static String session(String title, String room) {
        return join(GreekText.key(title), GreekText.key(room));
    }

    static String contribution(String title, String subject) {
        return join(GreekText.key(title), GreekText.key(subject));
    }

    private static String join(String a, String b) {
        String key = (a + " " + b).strip();
        return key.length() > MAX ? key.substring(0, MAX) : key;
    }

    static Condition matches(Field<String> key, List<String> words) {
        Condition c = DSL.noCondition();
        for (String word : words) {
            String w = GreekText.key(word).replace(" ", "");
            if (!w.isEmpty()) {
                c = c.and(DSL.concat(DSL.inline(" "), DSL.coalesce(key, DSL.inline(""))).like("% " + w + "%"));
            }
        }
        return c;
    }

    /** Gives keys to rows stored before the keys existed (migration 2); cheap when there are none. */
    static void backfill(Database database) {
        database.inTransaction(() -> {
            DSLContext dsl = database.dsl();
            dsl.selectFrom(PROGRAMME_SESSION).where(PROGRAMME_SESSION.SEARCH_KEY.isNull()).fetch()
                    .forEach(r -> dsl.update(PROGRAMME_SESSION)
                            .set(PROGRAMME_SESSION.SEARCH_KEY, session(r.getTitle(), r.getRoom()))
                            .where(PROGRAMME_SESSION.EDITION.eq(r.getEdition()).and(PROGRAMME_SESSION.ID.eq(r.getId())))
                            .execute());
            dsl.selectFrom(CONTRIBUTION).where(CONTRIBUTION.SEARCH_KEY.isNull()).fetch()
                    .forEach(r -> dsl.update(CONTRIBUTION)
                            .set(CONTRIBUTION.SEARCH_KEY, contribution(r.getTitle(), r.getSubject()))
                            .where(CONTRIBUTION.EDITION.eq(r.getEdition()).and(CONTRIBUTION.ID.eq(r.getId())))
                            .execute());
            return null;
        });
    }
}
