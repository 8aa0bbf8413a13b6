-- Mail owed by a national import, queued as it is sent (issue 16). A registrations import of a million rows wrote a
-- million outbox rows in its transaction: half of the database's work of the import, for mail that leaves at the
-- mail server's pace over hours. The import now opens one mail_job in its transaction and writes its id into each
-- registration it creates (registration.mail_job); the sender queues the job's mails into mail_outbox a page at a
-- time as it sends, in transactions that lock the job's row, write the page's outbox rows and move the job's cursor
-- (after_id) past them, so that each registration is queued exactly once whichever instance sends and whatever
-- fails in between. A registration erased before its mail was queued is skipped (it has no address any more).
--
-- after_id: the registrations with id > after_id (and <= last_id once the import has committed) are still owed
-- their mail; at opening, the highest registration id then visible, so the pages read only the import's own rows.
-- owed: how many mails the job still owes (its registrations above after_id, not erased): set when the import
-- commits, lowered by each page queued and by each owed registration erased, so that `mail status` and the metrics
-- read it instead of counting a million rows.
-- finished_at: set when nothing is owed any more.
create table mail_job (
    id           bigint        not null auto_increment,
    kind         varchar(40)   not null,
    edition      int           not null,
    after_id     bigint        not null,
    last_id      bigint,
    owed         bigint        not null,
    created_at   timestamp(6)  not null,
    finished_at  timestamp(6),
    constraint pk_mail_job primary key (id)
);

alter table registration add column mail_job bigint;

/* [jooq ignore start] */
alter table mail_job ${alter_column} created_at ${utc_datetime} not null;
alter table mail_job ${alter_column} finished_at ${utc_datetime};
/* [jooq ignore stop] */
