package gr.etwinning.synedrio.application.port.in.comment;

/** An evaluation comment: its number within the edition, its text as written, and whether the report quotes it. */
public record CommentData(Integer number, String text, Boolean selected) {
}
