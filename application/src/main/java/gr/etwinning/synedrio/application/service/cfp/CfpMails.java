package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.domain.cfp.Author;
import gr.etwinning.synedrio.domain.cfp.CallForPapers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The call for papers' mails, in Greek: the submission's code to its contact author, the decision to every author. */
public final class CfpMails {

    public static final String SUBMITTED = "submission-code";
    public static final String DECISION = "submission-decision";

    private final String publicUrl;

    public CfpMails(String publicUrl) {
        Objects.requireNonNull(publicUrl, "'publicUrl' must not be null");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public MailMessage submitted(StoredSubmission s, CallForPapers call) {
        Author contact = s.content().contact();
        String text = "Αγαπητή/Αγαπητέ " + contact.name() + ",\n\n"
                + "η υποβολή σας «" + s.content().title() + "» στο " + conference(s) + " καταχωρίστηκε με αριθμό "
                + s.number() + ".\n\n"
                + "Ο κωδικός της υποβολής: " + s.code() + "\n\n"
                + "Με τον κωδικό βλέπετε και αλλάζετε την υποβολή σας έως τη λήξη της προθεσμίας ("
                + call.deadlineShown() + "), ανεβάζετε το πλήρες κείμενο (PDF ή DOCX) και την αποσύρετε έως την "
                + "απόφαση της επιστημονικής επιτροπής:\n"
                + publicUrl + "/api/submissions/" + s.code() + "\n\n"
                + "Φυλάξτε τον: όποιος τον γνωρίζει ενεργεί ως εσείς. Η κρίση είναι διπλά τυφλή: οι κριτές δεν "
                + "βλέπουν ονόματα, σχολεία ή διευθύνσεις· μην τα γράψετε στο κείμενο.\n\n"
                + "Η οργανωτική επιτροπή\n";
        return new MailMessage(SUBMITTED, contact.email().value(), "Υποβολή στο " + conference(s), text, null);
    }

    /** One message per author: accepted (as what, where) or not, with the reviewers' comments to the authors. */
    public List<MailMessage> decision(StoredSubmission s, List<String> commentsToAuthors, String sessionTitle) {
        List<MailMessage> messages = new ArrayList<>();
        boolean accepted = s.status() == gr.etwinning.synedrio.domain.cfp.SubmissionStatus.ACCEPTED;
        StringBuilder comments = new StringBuilder();
        int i = 1;
        for (String c : commentsToAuthors) {
            comments.append("Κριτής ").append(i++).append(":\n").append(c.strip()).append("\n\n");
        }
        String body = accepted
                ? "η επιστημονική επιτροπή αποδέχθηκε την υποβολή σας «" + s.content().title() + "» ως "
                + ("workshop".equals(s.decidedAs()) ? "βιωματικό εργαστήριο" : "επιστημονική ανακοίνωση")
                + (sessionTitle == null ? "" : ", στη συνεδρία «" + sessionTitle + "»") + ".\n\n"
                : "η επιστημονική επιτροπή εξέτασε με προσοχή την υποβολή σας «" + s.content().title()
                + "» και λυπούμαστε που δεν μπορεί να συμπεριληφθεί στο πρόγραμμα.\n\n";
        String text = body + (comments.length() == 0 ? "" : "Τα σχόλια των κριτών προς τους συγγραφείς:\n\n"
                + comments) + "Η οργανωτική επιτροπή\n";
        if (text.length() > 7000) {
            text = text.substring(0, 6900) + "\n…\n\nΗ οργανωτική επιτροπή\n";
        }
        for (Author a : s.content().authors()) {
            messages.add(new MailMessage(DECISION, a.email().value(), (accepted ? "Αποδοχή" : "Απόφαση για την")
                    + " υποβολή" + (accepted ? "ς" : "") + " στο " + conference(s),
                    "Αγαπητή/Αγαπητέ " + a.name() + ",\n\n" + text, null));
        }
        return messages;
    }

    private static String conference(StoredSubmission s) {
        return s.edition().value() + "ο Πανελλήνιο Συνέδριο eTwinning";
    }
}
