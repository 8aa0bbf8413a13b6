package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.school.EducationLevel;

/** Official Greek school unit types (Greek School Network style), with their abbreviations. */
public enum SchoolType {
    NIPIAGOGEIO("ΝΗΠΙΑΓΩΓΕΙΟ", "ΝΗΠ", EducationLevel.PRIMARY),
    DIMOTIKO("ΔΗΜΟΤΙΚΟ", "ΔΗΜ", EducationLevel.PRIMARY),
    GYMNASIO("ΓΥΜΝΑΣΙΟ", "ΓΥΜ", EducationLevel.SECONDARY),
    GENIKO_LYKEIO("ΓΕΝΙΚΟ ΛΥΚΕΙΟ", "ΓΕΛ", EducationLevel.SECONDARY),
    EPAL("ΕΠΑΓΓΕΛΜΑΤΙΚΟ ΛΥΚΕΙΟ", "ΕΠΑΛ", EducationLevel.SECONDARY),
    EPAS("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΣΧΟΛΗ", "ΕΠΑΣ", EducationLevel.SECONDARY),
    TEE("ΤΕΧΝΙΚΟ ΕΠΑΓΓΕΛΜΑΤΙΚΟ ΕΚΠΑΙΔΕΥΤΗΡΙΟ", "ΤΕΕ", EducationLevel.SECONDARY),
    EK("ΕΡΓΑΣΤΗΡΙΑΚΟ ΚΕΝΤΡΟ", "ΕΚ", EducationLevel.SECONDARY),
    EPAG("ΕΠΑΓΓΕΛΜΑΤΙΚΟ ΓΥΜΝΑΣΙΟ", "ΕΠΑΓ", EducationLevel.SECONDARY),
    EEEEK("ΕΙΔΙΚΟ ΕΡΓΑΣΤΗΡΙΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ ΚΑΙ ΚΑΤΑΡΤΙΣΗΣ", "ΕΕΕΕΚ", EducationLevel.SECONDARY),
    /**
     * Post-secondary vocational training; counted with secondary education, as eTwinning's vocational units are
     * (the conference and the prize policies know only two levels).
     */
    IEK("ΙΝΣΤΙΤΟΥΤΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ", "ΙΕΚ", EducationLevel.SECONDARY);

    private final String officialName;
    private final String abbreviation;
    private final EducationLevel level;

    SchoolType(String officialName, String abbreviation, EducationLevel level) {
        this.officialName = officialName;
        this.abbreviation = abbreviation;
        this.level = level;
    }

    public String officialName() {
        return officialName;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public EducationLevel level() {
        return level;
    }
}
