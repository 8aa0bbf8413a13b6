package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.SchoolName;
import gr.etwinning.synedrio.domain.text.GreekText;

/**
 * An author as the submitter gives them: name and school as written, e-mail, and whether they are the contact (the
 * one the code and the decision are mailed to).
 */
public record Author(String name, EmailAddress email, String school, boolean contact) {

    public Author {
        name = Check.text(name, "author name", 200);
        Check.notNull(email, "author e-mail");
        school = Check.optionalText(school, "author school", 300);
    }

    /** The school's key however typed (the schools registry's normaliser), or null. */
    public String schoolKey() {
        return school == null ? null : SchoolName.key(school);
    }

    /** The name folded for comparison (case, accents, final sigma ignored). */
    public String nameKey() {
        return GreekText.key(name);
    }
}
