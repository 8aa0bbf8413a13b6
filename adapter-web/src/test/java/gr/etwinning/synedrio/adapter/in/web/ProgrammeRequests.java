package gr.etwinning.synedrio.adapter.in.web;

import java.net.URI;
import java.net.http.HttpRequest;

/** The kept programme's GET, as the document cache tests send it: with or without gzip, with or without an ETag. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** {@code GET /api/conferences/7/program} on that port; a null header is not sent. */
    static HttpRequest programme(int port, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/conferences/7/program"));
        if (acceptEncoding != null) {
            r.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return r.build();
    }
}
