package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which writes raise which versions of the derived documents (issue 16), however jOOQ or a repository writes them. */
class DataChangesTest {

    @Test
    void aWriteToTheProgrammesTablesRaisesBothVersionsWhateverTheQuotingAndCase() {
        int both = DataChanges.PROGRAMME | DataChanges.EVERYTHING;
        assertThat(DataChanges.of("update `conference` set `title` = ? where `edition` = ?")).isEqualTo(both);
        assertThat(DataChanges.of("insert into \"PERSON\" (\"ID\") values (?)")).isEqualTo(both);
        assertThat(DataChanges.of("  delete from contribution_speaker where edition = ?")).isEqualTo(both);
        assertThat(DataChanges.of("merge into \"PUBLIC\".\"PROGRAMME_SESSION\" using (select 1) …")).isEqualTo(both);
        assertThat(DataChanges.of("update registration_settings set booking_limit = ? where edition = ?"))
                .as("a booking reads the limit with the workshops' times, kept per programme version")
                .isEqualTo(both);
    }

    @Test
    void aWriteToWhatReportsAndChartsReadRaisesOnlyEverything() {
        assertThat(DataChanges.of("insert into `report_figure` (…) values (…) on duplicate key update …"))
                .isEqualTo(DataChanges.EVERYTHING);
        assertThat(DataChanges.of("insert into registration_settings (edition) values (?)"))
                .isEqualTo(DataChanges.PROGRAMME | DataChanges.EVERYTHING);
        assertThat(DataChanges.of(null, new String[] {"select 1", "insert into attendance_presence values (?)"}))
                .isEqualTo(DataChanges.EVERYTHING);
    }

    @Test
    void aWriteToTheRegistrationsRaisesTheirOwnVersionAndEverything() {
        int both = DataChanges.REGISTRATIONS | DataChanges.EVERYTHING;
        assertThat(DataChanges.of("insert ignore into registration (edition) values (?)")).isEqualTo(both);
        assertThat(DataChanges.of("update `registration` set `email` = null where `id` = ?")).isEqualTo(both);
        assertThat(DataChanges.ofTable("registration")).as("a LOAD DATA of the import").isEqualTo(both);
        assertThat(DataChanges.of("delete from attendance_person where file_no = ?")).isEqualTo(DataChanges.EVERYTHING);
        // an insert that returns its key, as jOOQ writes it for H2: a select whose table is the insert's delta
        assertThat(DataChanges.of("select \"REGISTRATION\".\"ID\" from final table (insert into \"REGISTRATION\" "
                + "(\"EDITION\", \"EMAIL\") values (?, ?)) \"REGISTRATION\"")).isEqualTo(both);
        assertThat(DataChanges.of("select id from final table (insert into attendance_file (edition) values (?))"))
                .isEqualTo(DataChanges.EVERYTHING);
        assertThat(DataChanges.of("select title from conference where note = 'a table (of contents)'")).isZero();
    }

    @Test
    void readsAndTheBookingRushOutboxAndTokensRaiseNothing() {
        assertThat(DataChanges.of("select * from conference where edition = ?")).isZero();
        assertThat(DataChanges.of("with x as (select 1) select * from x")).isZero();
        assertThat(DataChanges.of("update workshop_seat set booked = ? where edition = ?")).isZero();
        assertThat(DataChanges.of("insert into booking (edition) values (?)")).isZero();
        assertThat(DataChanges.of("update `mail_outbox` set `status` = ?")).isZero();
        assertThat(DataChanges.of("update api_token set last_used_at = ?")).isZero();
        assertThat(DataChanges.of("")).isZero();
    }
}
