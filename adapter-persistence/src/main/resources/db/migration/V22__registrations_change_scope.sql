-- A third scope of data_change (V13): 'registrations', raised by every transaction that writes to registration
-- (adapter-persistence DataChanges.REGISTRATIONS), besides 'everything'. An attendance import keeps the edition's
-- registrations, read and folded for matching, in memory while this stamp stands; the stamp it checked before
-- counted the edition's registrations and summed their names' lengths at every import — a scan that grew with the
-- registrations (2 ms for 7,000, hundreds for a million, per file of a hundred).
insert into data_change (scope_name, stamp) values ('registrations', 1);
