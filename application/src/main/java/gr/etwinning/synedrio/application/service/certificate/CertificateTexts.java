package gr.etwinning.synedrio.application.service.certificate;

import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.domain.certificate.Certificate;

/** The Greek words of certificates and their mail. */
final class CertificateTexts {

    static final String MAIL_KIND = "certificate";
    static final String ATTACHMENT_PREFIX = "certificate:";

    private CertificateTexts() {
    }

    /** "2 ώρες και 5 λεπτά σε 3 συνεδρίες". */
    static String attended(long minutes, int sessions) {
        return gr.etwinning.synedrio.domain.text.GreekNoun.attended(minutes, sessions);
    }

    static MailMessage mail(Certificate c, String email, String editionTitle, String organiser, String url) {
        String text = "Αγαπητή/Αγαπητέ " + c.fullName() + ",\n\n"
                + "σας ευχαριστούμε για τη συμμετοχή σας στο «" + editionTitle + "».\n"
                + "Σας επισυνάπτουμε τη βεβαίωση παρακολούθησης (" + attended(c.minutes(), c.sessions())
                + ").\n\n"
                + "Κωδικός επαλήθευσης: " + c.code().value() + "\n"
                + "Όποιος θέλει να βεβαιωθεί ότι είναι γνήσια, τη βρίσκει εδώ:\n" + url + "\n\n"
                + (organiser == null ? "Η οργανωτική επιτροπή" : organiser) + "\n";
        return new MailMessage(MAIL_KIND, email, "Βεβαίωση παρακολούθησης: " + editionTitle, text,
                ATTACHMENT_PREFIX + c.code().value());
    }
}
