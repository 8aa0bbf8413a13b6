package gr.etwinning.synedrio.adapter.out.persistence;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CONFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderedQueryTest {

    private Database database;

    @BeforeEach
    void open() {
        database = new Database(TestDatabases.h2(), 2);
        new FlywaySchema(database).ensureCurrent();
        database.dsl().insertInto(CONFERENCE).set(CONFERENCE.EDITION, 7)
                .set(CONFERENCE.TITLE, "7ο Πανελλήνιο Συνέδριο eTwinning")
                .set(CONFERENCE.START_DATE, java.time.LocalDate.of(2021, 11, 19))
                .set(CONFERENCE.END_DATE, java.time.LocalDate.of(2021, 11, 21))
                .set(CONFERENCE.MODE, "ONLINE").set(CONFERENCE.TIME_ZONE, "Europe/Athens").set(CONFERENCE.VERSION, 1L)
                .execute();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aQueryRunsWithItsNamedValuesBoundInTheDeclaredOrderAndInlinedConstantsKept() {
        RenderedQuery titleOf = RenderedQuery.of(dsl -> dsl.select(CONFERENCE.TITLE).from(CONFERENCE)
                .where(CONFERENCE.EDITION.eq(DSL.param("edition", Integer.class))
                        .and(CONFERENCE.MODE.eq(DSL.inline("ONLINE")))), "edition");

        assertThat(titleOf.fetchOptional(database.dsl(), r -> r.getString(1), 7))
                .contains("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(titleOf.fetchOptional(database.dsl(), r -> r.getString(1), 8)).isEmpty();

        RenderedQuery rename = RenderedQuery.of(dsl -> dsl.update(CONFERENCE)
                .set(CONFERENCE.TITLE, DSL.param("title", String.class))
                .where(CONFERENCE.EDITION.eq(DSL.param("edition", Integer.class))), "title", "edition");
        assertThat(rename.execute(database.dsl(), "Συνέδριο", 7)).isEqualTo(1);
        assertThat(titleOf.fetch(database.dsl(), r -> r.getString(1), 7)).containsExactly("Συνέδριο");
    }

    @Test
    void aQueryWithAnUnnamedValueOrParametersDeclaredOutOfOrderIsRefusedBeforeItRuns() {
        RenderedQuery unnamed = RenderedQuery.of(dsl -> dsl.select(CONFERENCE.TITLE).from(CONFERENCE)
                .where(CONFERENCE.EDITION.eq(DSL.param("edition", Integer.class)).and(CONFERENCE.MODE.eq("ONLINE"))),
                "edition");
        assertThatThrownBy(() -> unnamed.fetch(database.dsl(), r -> r.getString(1), 7))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inline every constant");

        RenderedQuery swapped = RenderedQuery.of(dsl -> dsl.update(CONFERENCE)
                .set(CONFERENCE.TITLE, DSL.param("title", String.class))
                .where(CONFERENCE.EDITION.eq(DSL.param("edition", Integer.class))), "edition", "title");
        assertThatThrownBy(() -> swapped.execute(database.dsl(), 7, "Συνέδριο"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[title, edition]");

        RenderedQuery one = RenderedQuery.of(dsl -> dsl.select(CONFERENCE.TITLE).from(CONFERENCE)
                .where(CONFERENCE.EDITION.eq(DSL.param("edition", Integer.class))), "edition");
        assertThatThrownBy(() -> one.fetch(database.dsl(), r -> r.getString(1), 7, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingStatementSurfacesAsTheDataAccessExceptionJooqWouldThrowWithTheDatabasesReason() {
        RenderedQuery duplicate = RenderedQuery.of(dsl -> dsl.insertInto(CONFERENCE)
                .set(CONFERENCE.EDITION, DSL.param("edition", Integer.class))
                .set(CONFERENCE.TITLE, DSL.inline("διπλό")).set(CONFERENCE.START_DATE, DSL.inline(
                        java.time.LocalDate.of(2021, 11, 19)))
                .set(CONFERENCE.END_DATE, DSL.inline(java.time.LocalDate.of(2021, 11, 21)))
                .set(CONFERENCE.MODE, DSL.inline("ONLINE")).set(CONFERENCE.TIME_ZONE, DSL.inline("Europe/Athens"))
                .set(CONFERENCE.VERSION, DSL.inline(1L)),
                "edition");
        assertThatThrownBy(() -> duplicate.execute(database.dsl(), 7))
                .isInstanceOfSatisfying(org.jooq.exception.DataAccessException.class,
                        e -> assertThat(Failures.isUniqueViolation(e)).isTrue());
    }
}
