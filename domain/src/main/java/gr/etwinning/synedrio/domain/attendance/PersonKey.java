package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.Check;

/**
 * Who a row of an attendance report is, across every file of an edition: a registered participant by their
 * registration's id ({@code r:42}), else an unregistered person by e-mail ({@code e:maria@sch.gr}), else by folded
 * name ({@code n:μαρια παπαδοπουλου}). The same person in two meetings has the same key, so unique counts over
 * sessions count them once; a registered participant's key holds nothing personal, so erasing their registration
 * leaves the counts as they were.
 */
public record PersonKey(String value) {

    public static final int MAX = 254;

    public PersonKey {
        Check.text(value, "person key", MAX + 2);
    }

    public static PersonKey registration(long id) {
        return new PersonKey("r:" + id);
    }

    public static PersonKey email(String emailKey) {
        return new PersonKey("e:" + cut(emailKey));
    }

    public static PersonKey name(String nameKey) {
        return new PersonKey("n:" + cut(nameKey));
    }

    public boolean isRegistration() {
        return value.startsWith("r:");
    }

    private static String cut(String s) {
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }

    @Override
    public String toString() {
        return isRegistration() ? value : "PersonKey[***]";
    }
}
