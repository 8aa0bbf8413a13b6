package gr.etwinning.synedrio.application.port.in.proceedings;

import java.io.IOException;
import java.io.OutputStream;

/** {@code awards booklet CONTEST}: the good-practice booklet of a contest's awarded projects, as PDF. */
public interface BuildBookletUseCase {

    BookletReport booklet(int contest, OutputStream out) throws IOException;

    record BookletReport(int categories, int projects, int schools, int teachers) {
    }
}
