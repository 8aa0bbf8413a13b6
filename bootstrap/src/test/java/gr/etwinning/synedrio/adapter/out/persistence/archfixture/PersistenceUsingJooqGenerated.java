package gr.etwinning.synedrio.adapter.out.persistence.archfixture;

import gr.etwinning.synedrio.adapter.out.persistence.generated.Tables;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.Conference;

/** Obeys rule 5: the persistence adapter may use its own generated jOOQ schema. */
public final class PersistenceUsingJooqGenerated {

    public Conference conferenceTable() {
        return Tables.CONFERENCE;
    }
}
