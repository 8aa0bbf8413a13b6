package gr.etwinning.synedrio.application.port.out.proceedings;

import java.io.IOException;
import java.io.InputStream;

/** A submitted full text (PDF), opened when a writer needs it; the caller closes the stream. */
@FunctionalInterface
public interface PaperFile {

    InputStream open() throws IOException;
}
