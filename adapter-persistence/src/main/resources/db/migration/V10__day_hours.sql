-- Conference days that run past midnight (issue 21): a day's own hours, as frab and pretalx give them
-- (day_start/day_end: 11:00 to 04:00 the next morning). An end at or before the start is on the next morning.
-- Both empty: the day runs midnight to midnight, as every day did before. Same SQL subset as V1.

alter table conference_day add column day_start time;
alter table conference_day add column day_end time;

-- The id another tool gave a contribution it imported from (pretalx's code, older frab's guid that is not a UUID),
-- kept as it was written; empty for a contribution made here.
alter table contribution add column external_id varchar(200);
