package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;

/**
 * A submission as sent: title, type (paper | workshop), level (primary | secondary, the Greek words too), abstract,
 * keywords, authors (exactly one the contact), and consent to keep these details for the conference.
 */
public record SubmissionData(String title, String type, String level, String abstractText, List<String> keywords,
                             List<AuthorData> authors, Boolean consent) {
}
