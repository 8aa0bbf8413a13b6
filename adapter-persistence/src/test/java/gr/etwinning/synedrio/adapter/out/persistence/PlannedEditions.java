package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.LocalDate;
import java.util.List;

/**
 * The editions a repository contract needs before its own rows can refer to them: each planned (no programme yet),
 * online, from 19 November of its year (edition 7 in 2021, 8 in 2022…) for three days, in one transaction.
 */
final class PlannedEditions {

    private PlannedEditions() {
    }

    static void add(Database database, EditionNumber... editions) {
        database.inTransaction(() -> {
            JooqConferenceRepository conferences = new JooqConferenceRepository(database,
                    new JooqPersonRepository(database));
            for (EditionNumber e : editions) {
                LocalDate start = LocalDate.of(2014 + e.value(), 11, 19);
                conferences.add(Conference.plan(e, new ConferenceDetails(e + "ο Πανελλήνιο Συνέδριο eTwinning",
                        null, start, start.plusDays(2), ConferenceMode.ONLINE, null, null, null, List.of())));
            }
            return null;
        });
    }
}
