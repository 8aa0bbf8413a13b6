-- Issue 19 (hardening). Two changes:
--
-- 1. Times are stored as UTC in a type with the range the domain allows. MariaDB's TIMESTAMP ends in January 2038
--    and shifts values by the session's time zone; DATETIME(6) holds any year and exactly what is written (UTC, as
--    the repositories write it). H2 has no DATETIME and MariaDB no ALTER COLUMN … type, so the type and the clause
--    come from placeholders that FlywaySchema sets per database (${utc_datetime}: datetime(6) on MariaDB,
--    timestamp(6) on H2; ${alter_column}: modify column / alter column). jOOQ's code generator, which reads these
--    files without Flyway, skips the block: the Java type (LocalDateTime in UTC) is the same either way.
--
-- 2. figure_choice: per edition and figure key, whether the report shows the figure the organisers recorded or the
--    one Synedrio counted (`synedrio figures use EDITION KEY counted|recorded`). No row: the recorded figure stands
--    where there is one, else the counted one is used.

/* [jooq ignore start] */
alter table registration ${alter_column} consent_at ${utc_datetime} not null;
alter table registration ${alter_column} registered_at ${utc_datetime} not null;
alter table registration ${alter_column} updated_at ${utc_datetime} not null;
alter table registration ${alter_column} erased_at ${utc_datetime};
alter table booking ${alter_column} booked_at ${utc_datetime} not null;
alter table api_token ${alter_column} created_at ${utc_datetime} not null;
alter table api_token ${alter_column} last_used_at ${utc_datetime};
/* [jooq ignore stop] */

create table figure_choice (
    edition     int           not null,
    figure_key  varchar(120)  not null,
    choice      varchar(10)   not null,
    constraint pk_figure_choice primary key (edition, figure_key),
    constraint fk_figure_choice_conference foreign key (edition) references conference (edition) on delete cascade,
    constraint ck_figure_choice_choice check (choice in ('counted', 'recorded'))
);
