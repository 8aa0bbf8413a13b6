package gr.etwinning.synedrio.application.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Violates rules 2 and 3: an application class that serialises with Jackson. */
public final class ApplicationUsingJackson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
