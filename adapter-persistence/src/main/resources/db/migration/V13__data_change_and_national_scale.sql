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
