-- Attendance keyed by number (issue 11, benchmark): a person is a bigint — the registration's id, or for an
-- unregistered person a 64-bit hash of their e-mail or folded-name key with the sign bit set (PersonKey#number) —
-- instead of a varchar(256) collated key. A million presences are then counted by comparing integers, and the
-- clustered keys stay small. The four composite indexes of V8 on
-- (edition, …, person_key) go: `attendance show` counts in one pass over the edition's presences (primary key
-- order), which needs none of them.
--
-- The V8 tables are renamed, the new ones created; V15_1 (a Java migration: the number is computed in Java) copies
-- the rows across, V15_2 drops the old tables. Constraint and index names are new because H2 keeps them unique
-- per schema and InnoDB keeps foreign key names unique per database.

alter table attendance_person rename to attendance_person_v8;
alter table attendance_presence rename to attendance_presence_v8;

create table attendance_person (
    edition          int            not null,
    target_id        varchar(100)   not null,
    file_sha256      char(64)       not null,
    person           bigint         not null,
    registration_id  bigint,
    matched_by       varchar(10)    not null,
    display_name     varchar(200),
    email            varchar(254),
    seconds          bigint         not null,
    intervals        varchar(8000)  not null,
    constraint pk_attendance_file_person primary key (edition, target_id, file_sha256, person),
    constraint fk_attendance_file_person_file foreign key (edition, target_id, file_sha256)
        references attendance_file (edition, target_id, file_sha256)
);

create table attendance_presence (
    edition          int            not null,
    target_id        varchar(100)   not null,
    person           bigint         not null,
    registration_id  bigint,
    target_kind      varchar(40)    not null,
    session_id       varchar(100)   not null,
    session_kind     varchar(40)    not null,
    target_day       date           not null,
    seconds          bigint         not null,
    constraint pk_attendance_target_person primary key (edition, target_id, person)
);

-- No secondary index: each would hold a copy of the wide primary key per row, written at random places, on every
-- import. Erasing a registration, a rare operator's act, finds its rows and
-- those unregistered under its address among its edition's (the primary key's first column).
