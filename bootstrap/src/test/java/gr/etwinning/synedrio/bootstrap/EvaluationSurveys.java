package gr.etwinning.synedrio.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Survey exports for the end-to-end tests, written the way Google Forms writes them: every field quoted. */
final class EvaluationSurveys {

    static final List<String> SCALE = List.of("Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ");
    static final List<String> LIKERT = List.of("Πόσο σας ικανοποίησε συνολικά το συνέδριο;",
            "Πόσο χρήσιμα ήταν τα βιωματικά εργαστήρια για την τάξη σας;",
            "Πόσο σας ενδιέφεραν οι ομιλίες και οι επιστημονικές ανακοινώσεις;",
            "Πόσο εύκολη ήταν η σύνδεση στην πλατφόρμα;");

    private EvaluationSurveys() {
    }

    /** Six responses with Greek headers and answers, a checkbox question, quoted ';' and a line break. */
    static String small() {
        return String.join("\n",
                "\"Χρονική σήμανση\",\"Διεύθυνση ηλεκτρονικού ταχυδρομείου\",\"Πόσο σας ικανοποίησε συνολικά το"
                        + " συνέδριο;\",\"Ποια μέρη του προγράμματος παρακολουθήσατε;\",\"Σε ποια βαθμίδα υπηρετείτε;\","
                        + "\"Τι θα θέλατε να κρατήσουμε ή να αλλάξουμε;\"",
                "\"2021/11/21 10:15:03 π.μ. EET\",\"maria@sch.gr\",\"Πάρα πολύ\",\"Ομιλίες;Βιωματικά εργαστήρια\","
                        + "\"Πρωτοβάθμια\",\"Εξαιρετική οργάνωση, μπράβο σε όλους!\"",
                "\"2021/11/21 10:16:40 π.μ. EET\",\"nikos@sch.gr\",\"Πολύ\",\"Βιωματικά εργαστήρια\","
                        + "\"Δευτεροβάθμια\",\"\"",
                "\"2021/11/21 10:17:02 π.μ. EET\",\"eleni@sch.gr\",\"Πάρα πολύ\",\"Ομιλίες\",\"Πρωτοβάθμια\","
                        + "\"Περισσότερα εργαστήρια; ήταν τα καλύτερα.\nΚαι μεγαλύτερα διαλείμματα.\"",
                "\"2021/11/21 11:02:19 π.μ. EET\",\"kostas@sch.gr\",\"Μέτρια\",\"Ομιλίες;Στρογγυλή τράπεζα\","
                        + "\"Δευτεροβάθμια\",\"\"",
                "\"2021/11/21 1:30:45 μ.μ. EET\",\"anna@sch.gr\",\"Πολύ\",\"Ομιλίες;Βιωματικά εργαστήρια\","
                        + "\"Δευτεροβάθμια\",\"\"",
                "\"2021/11/21 6:05:11 μ.μ. EET\",\"giorgos@sch.gr\",\"Πάρα πολύ\",\"Βιωματικά εργαστήρια\","
                        + "\"Πρωτοβάθμια\",\"Το καλύτερο συνέδριο!\"") + "\n";
    }

    /** {@code n} responses to four Likert questions, a choice and a checkbox, drawn from a fixed seed. */
    static String many(int n) {
        Random random = new Random(2021);
        StringBuilder s = new StringBuilder("\"Χρονική σήμανση\",\"Διεύθυνση ηλεκτρονικού ταχυδρομείου\"");
        for (String q : LIKERT) {
            s.append(",\"").append(q).append('"');
        }
        s.append(",\"Σε ποια βαθμίδα υπηρετείτε;\",\"Ποια μέρη του προγράμματος παρακολουθήσατε;\"\n");
        int[][] weights = {{1, 2, 8, 35, 54}, {2, 4, 14, 38, 42}, {1, 5, 20, 44, 30}, {6, 9, 17, 33, 35}};
        for (int i = 0; i < n; i++) {
            s.append("\"2021/11/21 ").append(10 + i / 3600).append(':').append(String.format("%02d:%02d",
                    i / 60 % 60, i % 60)).append(" π.μ. EET\",\"teacher").append(i).append("@sch.gr\"");
            for (int[] w : weights) {
                s.append(",\"").append(SCALE.get(pick(random, w))).append('"');
            }
            s.append(",\"").append(random.nextInt(10) < 6 ? "Πρωτοβάθμια" : "Δευτεροβάθμια").append('"');
            List<String> parts = new ArrayList<>();
            if (random.nextInt(10) < 8) {
                parts.add("Ομιλίες");
            }
            if (random.nextInt(10) < 7) {
                parts.add("Βιωματικά εργαστήρια");
            }
            if (random.nextInt(10) < 3) {
                parts.add("Στρογγυλή τράπεζα");
            }
            s.append(",\"").append(String.join(";", parts)).append("\"\n");
        }
        return s.toString();
    }

    private static int pick(Random random, int[] weights) {
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
