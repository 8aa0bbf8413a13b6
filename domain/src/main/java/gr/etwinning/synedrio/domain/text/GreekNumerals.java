package gr.etwinning.synedrio.domain.text;

import gr.etwinning.synedrio.domain.InvalidValueException;

/**
 * Numbers as a Greek press release writes them: cardinals in words agreeing in gender with their noun ("τριάντα
 * μία (31) ομιλίες", "δεκαέξι (16) βιωματικά εργαστήρια", "ένας (1) εκπαιδευτικός"), thousands grouped with a dot
 * ("7.000", "226.461"), decimals with a comma, and the feminine ordinals of days ("η δεύτερη ημέρα").
 */
public final class GreekNumerals {

    /** The largest number written in words; larger ones are written in digits only. */
    public static final int MAX_WORDS = 999_999;

    private static final String[] UNITS_M = {"", "ένας", "δύο", "τρεις", "τέσσερις", "πέντε", "έξι", "επτά", "οκτώ",
        "εννέα"};
    private static final String[] UNITS_F = {"", "μία", "δύο", "τρεις", "τέσσερις", "πέντε", "έξι", "επτά", "οκτώ",
        "εννέα"};
    private static final String[] UNITS_N = {"", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ",
        "εννέα"};
    private static final String[] TEENS_MF = {"δέκα", "έντεκα", "δώδεκα", "δεκατρείς", "δεκατέσσερις", "δεκαπέντε",
        "δεκαέξι", "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"};
    private static final String[] TEENS_N = {"δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
        "δεκαέξι", "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"};
    private static final String[] TENS = {"", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
        "ογδόντα", "ενενήντα"};
    private static final String[] HUNDREDS_STEM = {"", "", "διακόσι", "τριακόσι", "τετρακόσι", "πεντακόσι",
        "εξακόσι", "επτακόσι", "οκτακόσι", "εννιακόσι"};
    private static final String[] ORDINALS_F = {"", "πρώτη", "δεύτερη", "τρίτη", "τέταρτη", "πέμπτη", "έκτη",
        "έβδομη", "όγδοη", "ένατη", "δέκατη"};

    private GreekNumerals() {
    }

    /**
     * The cardinal in words, agreeing with a noun of the given gender: {@code cardinal(31, FEMININE)} is "τριάντα
     * μία", {@code cardinal(1000, NEUTER)} "χίλια", {@code cardinal(2300, FEMININE)} "δύο χιλιάδες τριακόσιες".
     */
    public static String cardinal(long n, Gender gender) {
        if (gender == null) {
            throw new InvalidValueException("gender", "gender is missing");
        }
        if (n < 0 || n > MAX_WORDS) {
            throw new InvalidValueException("number", "only whole numbers from 0 to " + grouped(MAX_WORDS)
                    + " are written in words, not " + n);
        }
        if (n == 0) {
            return "μηδέν";
        }
        int thousands = (int) (n / 1000);
        int rest = (int) (n % 1000);
        StringBuilder out = new StringBuilder();
        if (thousands == 1) {
            out.append(switch (gender) {
                case MASCULINE -> "χίλιοι";
                case FEMININE -> "χίλιες";
                case NEUTER -> "χίλια";
            });
        } else if (thousands > 1) {
            // "χιλιάδες" is feminine: τρεις χιλιάδες, διακόσιες χιλιάδες, είκοσι μία χιλιάδες
            out.append(belowThousand(thousands, Gender.FEMININE)).append(" χιλιάδες");
        }
        if (rest > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(belowThousand(rest, gender));
        }
        return out.toString();
    }

    /** The count as the release writes it: words, then the digits in brackets — "τριάντα μία (31)". */
    public static String counted(long n, Gender gender) {
        if (n > MAX_WORDS) {
            return grouped(n);
        }
        return cardinal(n, gender) + " (" + n + ")";
    }

    /** {@link #counted} with a capital first letter, for the start of a sentence: "Μία (1)". */
    public static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** Thousands grouped with a dot, as Greek writes them: 7000 is "7.000", 226461 is "226.461", 600 is "600". */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (n < 0 ? "-" : "") + out;
    }

    /**
     * Reads a number as a Greek text writes it: plain digits ("4500") or thousands grouped with dots ("7.000");
     * anything else is refused.
     */
    public static long parse(String written, String item) {
        String w = written == null ? "" : written.strip();
        if (!w.matches("\\d{1,15}|\\d{1,3}(\\.\\d{3}){1,4}")) {
            throw new InvalidValueException(item, item + " '" + written + "' is not a whole number written with"
                    + " digits, with or without dots between thousands (7000 or 7.000)");
        }
        return Long.parseLong(w.replace(".", ""));
    }

    /** A decimal with a comma and the given number of places: 16.666 with 1 place is "16,7". */
    public static String decimal(double value, int places) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP);
        return d.toPlainString().replace('.', ',');
    }

    /** The feminine ordinal in words up to ten ("πρώτη", "δεύτερη"), else the digits with η ("11η"). */
    public static String ordinalFeminine(int n) {
        if (n < 1) {
            throw new InvalidValueException("number", "an ordinal starts at 1, not " + n);
        }
        return n < ORDINALS_F.length ? ORDINALS_F[n] : n + "η";
    }

    private static String belowThousand(int n, Gender gender) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder out = new StringBuilder();
        if (hundreds == 1) {
            out.append(rest == 0 ? "εκατό" : "εκατόν");
        } else if (hundreds > 1) {
            out.append(HUNDREDS_STEM[hundreds]).append(switch (gender) {
                case MASCULINE -> "οι";
                case FEMININE -> "ες";
                case NEUTER -> "α";
            });
        }
        if (rest > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(belowHundred(rest, gender));
        }
        return out.toString();
    }

    private static String belowHundred(int n, Gender gender) {
        if (n < 10) {
            return units(gender)[n];
        }
        if (n < 20) {
            return (gender == Gender.NEUTER ? TEENS_N : TEENS_MF)[n - 10];
        }
        String tens = TENS[n / 10];
        return n % 10 == 0 ? tens : tens + " " + units(gender)[n % 10];
    }

    private static String[] units(Gender gender) {
        return switch (gender) {
            case MASCULINE -> UNITS_M;
            case FEMININE -> UNITS_F;
            case NEUTER -> UNITS_N;
        };
    }
}
