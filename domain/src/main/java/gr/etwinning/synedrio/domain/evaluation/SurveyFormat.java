package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/** Which tool wrote a survey export, as operators name it; {@code auto} lets the reader tell from the file. */
public enum SurveyFormat {
    AUTO("auto"), GOOGLE_CSV("google-csv"), MS_FORMS_XLSX("ms-forms-xlsx"), MS_FORMS_CSV("ms-forms-csv");

    private final String code;

    SurveyFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SurveyFormat of(String code) {
        if (code == null || code.isBlank()) {
            return AUTO;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (SurveyFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new InvalidValueException("format", "format '" + code + "' is none of auto, google-csv,"
                + " ms-forms-xlsx, ms-forms-csv");
    }
}
