package gr.etwinning.synedrio.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import gr.etwinning.synedrio.adapter.in.cli.CliSettings;
import picocli.CommandLine;

/** The picocli adapter: one settings holder per run, and commands created by Guice. */
final class CliModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CliSettings.class).asEagerSingleton();
    }

    /** The failure inside a Guice provisioning error: "cannot open the database …", not Guice's report. */
    static Exception unwrap(Exception e) {
        Throwable t = e;
        while (t instanceof ProvisionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof Exception inner ? inner : e;
    }

    /** A picocli factory that asks Guice first and falls back to picocli's own (for its built-in types). */
    static CommandLine.IFactory factory(Injector injector) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return injector.getInstance(type);
                } catch (ConfigurationException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
    }
}
