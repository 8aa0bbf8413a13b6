-- The V8 attendance tables, copied by V15_1 into those of V15, go.
drop table attendance_person_v8;
drop table attendance_presence_v8;
