package gr.etwinning.synedrio.domain.school;

/** The two levels of Greek school education the conference's parallel sessions are organised by. */
public enum EducationLevel {
    /** Πρωτοβάθμια Εκπαίδευση: kindergartens and primary schools. */
    PRIMARY,
    /** Δευτεροβάθμια Εκπαίδευση: gymnasia, lyceums and vocational schools. */
    SECONDARY;

    /** What the programme calls it, in Greek. */
    public String label() {
        return this == PRIMARY ? "Πρωτοβάθμια Εκπαίδευση" : "Δευτεροβάθμια Εκπαίδευση";
    }
}
