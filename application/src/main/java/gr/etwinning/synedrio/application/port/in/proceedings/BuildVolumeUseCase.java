package gr.etwinning.synedrio.application.port.in.proceedings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code proceedings build EDITION}: the proceedings volume as PDF. */
public interface BuildVolumeUseCase {

    VolumeReport build(BuildVolumeCommand command, OutputStream out, Listener listener) throws IOException;

    /**
     * @param editors as they should be printed, possibly none
     * @param cover   a PNG or JPEG for the title page, or null
     */
    record BuildVolumeCommand(int edition, List<String> editors, byte[] cover) {
        public BuildVolumeCommand {
            editors = editors == null ? List.of() : List.copyOf(editors);
        }
    }

    /**
     * @param isbn        hyphenated, or null when the edition has none yet
     * @param missing     every contribution of the volume's sessions that lacks something, and what
     * @param untitled    the ids of the contributions without a title (listed, not printed as papers)
     */
    record VolumeReport(int pages, int papers, int merged, String isbn, List<MissingPart> missing,
                        List<String> untitled) {
    }

    record MissingPart(String contribution, String session, String what) {
    }

    /** Progress: the number of papers, then each one written. */
    interface Listener {
        default void starting(int papers) {
        }

        default void paperDone() {
        }

        Listener NONE = new Listener() {
        };
    }
}
