-- Attendance rows made small (issue 11, benchmark: a national edition imports a million rows, and the database's
-- work grows with the bytes of every row and key it writes):
--
-- attendance_file gets a number (file_no, auto-increment); the natural key (edition, target_id, file_sha256) stays
--   unique. Each person of a file was keyed by the file's edition, target and 64-character SHA-256 again, in the
--   clustered key of every row: now by (file_no, person), 12 bytes.
-- attendance_person loses edition, target_id and file_sha256 (its file's row has them) and its foreign key (every
--   row of a file is written, and deleted, by the file's import in the same transaction; a key check per row was a
--   lookup per row written).
-- attendance_presence loses target_kind, session_id, session_kind and target_day: they are the target's, in every
--   file row of the target, where the counts already read them. And it holds rows only for a target of several
--   files (where a person's minutes merge across them): of one file, the file's persons are the presences, and the
--   counts read them there (JooqAttendanceRepository), so an import writes each person once, not twice.
--
-- The V15 tables are renamed, the new ones created and filled from them (existing attendance keeps its rows, files
-- numbered in key order), the old ones dropped. Constraint names are new: H2 keeps them unique per schema, InnoDB
-- keeps foreign key names unique per database.

alter table attendance_person rename to attendance_person_v15;
alter table attendance_presence rename to attendance_presence_v15;
alter table attendance_file rename to attendance_file_v15;

create table attendance_file (
    file_no        int           not null auto_increment,
    edition        int           not null,
    target_id      varchar(100)  not null,
    file_sha256    char(64)      not null,
    file_name      varchar(255),
    platform       varchar(20)   not null,
    rows_read      bigint        not null,
    staff_rows     bigint        not null,
    target_kind    varchar(40)   not null,
    session_id     varchar(100)  not null,
    session_kind   varchar(40)   not null,
    target_day     date          not null,
    imported_at    timestamp(6)  not null,
    constraint pk_attendance_file_no primary key (file_no),
    constraint uq_attendance_file_bytes unique (edition, target_id, file_sha256),
    constraint fk_attendance_file_no_conference foreign key (edition) references conference (edition)
);

create table attendance_person (
    file_no          int            not null,
    person           bigint         not null,
    registration_id  bigint,
    matched_by       varchar(10)    not null,
    display_name     varchar(200),
    email            varchar(254),
    seconds          bigint         not null,
    intervals        varchar(8000)  not null,
    constraint pk_attendance_file_no_person primary key (file_no, person)
);

create table attendance_presence (
    edition          int            not null,
    target_id        varchar(100)   not null,
    person           bigint         not null,
    registration_id  bigint,
    seconds          bigint         not null,
    constraint pk_attendance_presence primary key (edition, target_id, person)
);

-- One row per session or contribution ever imported, changed by every import of it before it reads anything: two
-- imports of the same target take turns (a row lock on one server, a certification conflict and a retry on Galera),
-- so the second sees the first's file — which decides whether the target's presences are stored apart.
create table attendance_target_lock (
    edition    int           not null,
    target_id  varchar(100)  not null,
    imports    bigint        not null,
    constraint pk_attendance_target_lock primary key (edition, target_id)
);

/* [jooq ignore start] */
insert into attendance_file (edition, target_id, file_sha256, file_name, platform, rows_read, staff_rows,
        target_kind, session_id, session_kind, target_day, imported_at)
    select edition, target_id, file_sha256, file_name, platform, rows_read, staff_rows, target_kind, session_id,
           session_kind, target_day, imported_at
    from attendance_file_v15 order by edition, target_id, file_sha256;

insert into attendance_person (file_no, person, registration_id, matched_by, display_name, email, seconds, intervals)
    select f.file_no, p.person, p.registration_id, p.matched_by, p.display_name, p.email, p.seconds, p.intervals
    from attendance_person_v15 p join attendance_file f on f.edition = p.edition and f.target_id = p.target_id
        and f.file_sha256 = p.file_sha256;

insert into attendance_presence (edition, target_id, person, registration_id, seconds)
    select p.edition, p.target_id, p.person, p.registration_id, p.seconds from attendance_presence_v15 p
    where (select count(*) from attendance_file_v15 f where f.edition = p.edition and f.target_id = p.target_id) > 1;
/* [jooq ignore stop] */

drop table attendance_person_v15;
drop table attendance_presence_v15;
drop table attendance_file_v15;
