package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.domain.programme.ContributionKind;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every text of the participant's pages, one file per language ({@code web/texts_el.properties}, the site's first
 * language, and {@code web/texts_en.properties}). The visitor's language: {@code ?lang=en|el} (remembered in a
 * cookie), else that cookie, else the first of Greek or English in {@code Accept-Language}, else Greek.
 */
public final class PageTexts {

    static final String COOKIE = "synedrio_lang";
    private static final Map<String, PageTexts> ALL = Map.of("el", load("el"), "en", load("en"));

    private final String lang;
    private final Properties texts;

    private PageTexts(String lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    public static PageTexts of(String lang) {
        return ALL.getOrDefault(lang, ALL.get("el"));
    }

    /** The language the request asks for; {@code ?lang=} is remembered for the next pages. */
    static PageTexts of(Context ctx) {
        PageTexts chosen = ctx.attribute(COOKIE);
        if (chosen == null) {
            chosen = choose(ctx);
            ctx.attribute(COOKIE, chosen);
        }
        return chosen;
    }

    private static PageTexts choose(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && ALL.containsKey(asked)) {
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + asked + "; Path=/; Max-Age=31536000; SameSite=Lax");
            return ALL.get(asked);
        }
        String remembered = ctx.cookie(COOKIE);
        if (remembered != null && ALL.containsKey(remembered)) {
            return ALL.get(remembered);
        }
        return ALL.get(fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** Greek or English, whichever the header ranks higher (Greek when it names neither). */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.length() > 1000) {
            return "el";
        }
        String best = "el";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if ((primary.equals("el") || primary.equals("en")) && q > 0 && q > bestQ) {
                best = primary;
                bestQ = q;
            }
        }
        return best;
    }

    public String lang() {
        return lang;
    }

    /**
     * The language to mark a piece of data with (WCAG 3.1.2, language of parts): on a page that is not in Greek, a
     * title or name written in Greek letters is {@code el}; otherwise nothing (null: jte leaves the attribute out).
     */
    public String dataLang(String text) {
        if (lang.equals("el") || text == null) {
            return null;
        }
        return text.codePoints().anyMatch(c -> c >= 0x0370 && c <= 0x03FF || c >= 0x1F00 && c <= 0x1FFF) ? "el"
                : null;
    }

    /**
     * A count of contributions of one kind, its noun agreeing with the number: in Greek through {@link
     * ContributionKind#noun()} ("1 ομιλία", "31 ομιλίες", "16 βιωματικά εργαστήρια"), in English the kind's name
     * as a noun with its plural ("1 talk", "31 talks", "16 hands-on workshops", "2 addresses").
     */
    public String count(long n, ContributionKind kind) {
        if (lang.equals("el")) {
            return kind.noun().count(n);
        }
        String one = get("contribution.kind." + kind.name()).toLowerCase(Locale.ROOT);
        return n + " " + (n == 1 ? one : one.endsWith("s") ? one + "es" : one + "s");
    }

    /** The text of that key. */
    public String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text '" + key + "' in texts_" + lang + ".properties");
        }
        return text;
    }

    /** The text of that key with {0}, {1}… replaced by the values. */
    public String f(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static PageTexts load(String lang) {
        Properties p = new Properties();
        try (InputStream in = PageTexts.class.getResourceAsStream("/web/texts_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("web/texts_" + lang + ".properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageTexts(lang, p);
    }
}
