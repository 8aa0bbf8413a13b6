package gr.etwinning.synedrio.adapter.out.files.archfixture;

import gr.etwinning.synedrio.adapter.in.web.Access;

/** Violates rule 8: a file format that reaches into the web adapter instead of speaking the application's records. */
public final class FilesUsingWeb {

    public Access access() {
        return Access.PUBLIC;
    }
}
