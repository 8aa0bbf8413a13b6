-- Search keys of sessions and contributions: their words folded by GreekText.key (lower case, no accents, final
-- sigma as sigma, Latin look-alikes as Greek), so that search asks the database instead of loading every programme.
-- Rows stored before this migration get their keys from FlywaySchema right after it runs.

alter table programme_session add search_key varchar(3000);
alter table contribution add search_key varchar(3000);
