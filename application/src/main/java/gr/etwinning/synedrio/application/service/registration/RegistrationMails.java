package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.domain.registration.Registration;

import java.util.Objects;

/** The mails a registration causes, in Greek: the confirmation code, to the registered address only. */
public final class RegistrationMails {

    public static final String KIND = "registration-code";

    /** The text reference of {@link #registeredWhenSent}: this prefix, then the registration's code. */
    public static final String REGISTERED_PREFIX = "registered:";

    private final String publicUrl;

    /** @param publicUrl where Synedrio is served, e.g. {@code https://synedrio.example.gr} (no trailing slash) */
    public RegistrationMails(String publicUrl) {
        Objects.requireNonNull(publicUrl, "'publicUrl' must not be null");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public MailMessage registered(Registration r) {
        String code = r.code().value();
        String text = "Αγαπητή/Αγαπητέ " + r.details().fullName() + ",\n\n"
                + "η εγγραφή σας στο " + conference(r) + " καταχωρίστηκε.\n\n"
                + "Ο κωδικός επιβεβαίωσης: " + code + "\n\n"
                + "Με τον κωδικό βλέπετε και αλλάζετε την εγγραφή σας και κλείνετε θέση στα εργαστήρια, στη σελίδα:\n"
                + publicUrl + "/r/" + code + "\n\n"
                + "Φυλάξτε τον: όποιος τον γνωρίζει ενεργεί ως εσείς. Στη διεύθυνση αυτή θα σας σταλεί και η "
                + "βεβαίωση παρακολούθησης.\n\n"
                + "Η οργανωτική επιτροπή\n";
        return new MailMessage(KIND, r.details().email().value(), "Εγγραφή στο " + conference(r), text, null);
    }

    /**
     * The mail of {@link #registered}, its text rendered when it is sent ({@link RegistrationMailTexts}) from the
     * registration as stored then: what a national import writes a million times (issue 16).
     */
    public MailMessage registeredWhenSent(Registration r) {
        return MailMessage.renderedWhenSent(KIND, r.details().email().value(), "Εγγραφή στο " + conference(r),
                REGISTERED_PREFIX + r.code().value());
    }

    public MailMessage registeredAgain(Registration r) {
        String code = r.code().value();
        String text = "Αγαπητή/Αγαπητέ " + r.details().fullName() + ",\n\n"
                + "ζητήθηκε νέα εγγραφή στο " + conference(r) + " με αυτή τη διεύθυνση ηλεκτρονικού "
                + "ταχυδρομείου. Είστε ήδη εγγεγραμμένη/εγγεγραμμένος και δεν αλλάξαμε τίποτα.\n\n"
                + "Ο κωδικός επιβεβαίωσής σας: " + code + "\n\n"
                + "Αν θέλετε να αλλάξετε τα στοιχεία σας, αλλάξτε τα στη σελίδα της εγγραφής σας:\n"
                + publicUrl + "/r/" + code + "\n\n"
                + "Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: η εγγραφή σας μένει όπως ήταν.\n\n"
                + "Η οργανωτική επιτροπή\n";
        return new MailMessage(KIND, r.details().email().value(), "Ο κωδικός της εγγραφής σας στο " + conference(r),
                text, null);
    }

    private static String conference(Registration r) {
        return r.edition().value() + "ο Πανελλήνιο Συνέδριο eTwinning";
    }
}
