package gr.etwinning.synedrio.application.port.in.programme;

/** A session's chair or moderator: a person id and {@code chair} (default) or {@code moderator}. */
public record ChairData(String person, String role) {
}
