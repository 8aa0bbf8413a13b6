package gr.etwinning.synedrio.bootstrap;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The community schedule schemas, vendored in {@code src/test/resources/schemas/schedule} with their source and
 * licence (SOURCE.md there), so that a clone of the repository validates its exports with nothing beside it.
 */
final class ScheduleSchemas {

    private ScheduleSchemas() {
    }

    static Path file(String name) {
        URL url = ScheduleSchemas.class.getResource("/schemas/schedule/" + name);
        if (url == null) {
            throw new AssertionError("the vendored schedule schema " + name + " is missing from "
                    + "bootstrap/src/test/resources/schemas/schedule");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
