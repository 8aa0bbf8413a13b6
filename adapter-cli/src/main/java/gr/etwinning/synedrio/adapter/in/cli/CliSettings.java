package gr.etwinning.synedrio.adapter.in.cli;

/**
 * The global options, filled in while the command line is parsed and read by the composition root when the first
 * command needs the database. {@code null} means "not given": the embedded default.
 */
public final class CliSettings {

    private String databaseUrl;
    private String databaseUser;
    private String databasePassword;

    public String databaseUrl() {
        return databaseUrl;
    }

    public String databaseUser() {
        return databaseUser;
    }

    public String databasePassword() {
        return databasePassword;
    }

    void databaseUrl(String url) {
        this.databaseUrl = blankToNull(url);
    }

    void databaseUser(String user) {
        this.databaseUser = blankToNull(user);
    }

    void databasePassword(String password) {
        this.databasePassword = password == null || password.isEmpty() ? null : password;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
