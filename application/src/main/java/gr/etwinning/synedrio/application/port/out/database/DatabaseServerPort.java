package gr.etwinning.synedrio.application.port.out.database;

import java.util.Optional;

/** The database server, before any database of it is opened: creating Synedrio's database when it is missing. */
public interface DatabaseServerPort {

    /**
     * Creates the configured database if the server lacks it, with a character set and collation fit for Greek;
     * returns what was done in a sentence ("created the database 'synedrio' (utf8mb4, utf8mb4_uca1400_ai_ci)"), or
     * empty when there was nothing to create (it exists, or the database is an embedded one that creates itself).
     */
    Optional<String> createIfMissing();
}
