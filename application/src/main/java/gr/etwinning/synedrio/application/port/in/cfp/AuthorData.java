package gr.etwinning.synedrio.application.port.in.cfp;

/** An author as submitted: name, e-mail, school, order (1, 2, …; optional: the list's order), contact. */
public record AuthorData(String name, String email, String school, Integer order, Boolean contact) {
}
