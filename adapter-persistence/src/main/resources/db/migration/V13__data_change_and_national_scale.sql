-- Issue 16 (fast reads, national scale).
--
-- 1. data_change: the versions of what derived documents are made of. Every transaction that writes to a table
--    of a scope raises that scope's stamp just before it commits (adapter-persistence DataChanges, Database), so
--    the read cache of every instance on the database keys the programme, the public page, the schedule exports,
--    the report and the charts by what the database holds, never by one process's memory.
--    'programme': editions, days, programmes and the persons they name; 'everything': any table a report, chart
--    or count reads (bookings, seats, the outbox and tokens excepted).
create table data_change (
    scope_name  varchar(40)  not null,
    stamp       bigint       not null,
    constraint pk_data_change primary key (scope_name)
);

insert into data_change (scope_name, stamp) values ('everything', 1);
insert into data_change (scope_name, stamp) values ('programme', 1);

-- 2. On MariaDB, registration.code is made utf8mb4_bin after the migrations (MariaDbCollation: every other text
--    column takes the case-insensitive collation, and a conversion would undo a change made here): a confirmation
--    code is random base64url, in which 'a' and 'A' differ. H2 compares text case-sensitively already.
