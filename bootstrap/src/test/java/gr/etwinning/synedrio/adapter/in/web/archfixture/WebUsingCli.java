package gr.etwinning.synedrio.adapter.in.web.archfixture;

import gr.etwinning.synedrio.adapter.in.cli.CliSettings;

/** Violates rule 4: the web adapter reaching into the CLI adapter. */
public final class WebUsingCli {

    private CliSettings settings;

    public CliSettings settings() {
        return settings;
    }
}
