package gr.etwinning.synedrio.adapter.in.cli;

/** Starts the HTTP API; the composition root plugs in the web adapter, which this module does not know. */
public interface HttpServerPort {

    RunningServer start(String host, int port);

    interface RunningServer extends AutoCloseable {

        int port();

        @Override
        void close();
    }
}
