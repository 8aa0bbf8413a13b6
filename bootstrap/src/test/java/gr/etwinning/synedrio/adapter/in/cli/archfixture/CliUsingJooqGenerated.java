package gr.etwinning.synedrio.adapter.in.cli.archfixture;

import gr.etwinning.synedrio.adapter.out.persistence.generated.Tables;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.Conference;

/** Violates rule 5: the CLI adapter using the generated jOOQ schema. */
public final class CliUsingJooqGenerated {

    public Conference conferenceTable() {
        return Tables.CONFERENCE;
    }
}
