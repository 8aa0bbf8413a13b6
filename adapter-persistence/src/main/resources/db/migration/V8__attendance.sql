-- Attendance imported from the meeting platforms (issue 11). Same SQL subset as V1: H2 and MariaDB alike.
--
-- attendance_file: one imported export of one session or contribution ("target"), known by the SHA-256 of its
--   bytes: the same file imported again replaces its rows. The target's kind, session and day are copied here and
--   below so that counts never need the programme (whose rows a programme replace rewrites).
-- attendance_person: the persons one file names, each with its merged join/leave intervals
--   ("start+seconds;…", epoch seconds) so that a second file of the same meeting merges without double counting.
--   person_key is r:<registration id> for a registered participant, e:<e-mail> or n:<folded name> otherwise;
--   display_name, email and the e:/n: keys are personal data: erasing a registration clears them (see
--   JooqRegistrationRepository.erase) and keeps the rows, so counts stay.
-- attendance_presence: derived, one row per person per target over all its files: what every count reads.
--
-- imported_at holds UTC. It is timestamp(6) like the other tables' times for now: H2 has no DATETIME, and the
-- per-database type (the utc_datetime placeholder) arrives with the hardening branch's FlywaySchema placeholders; once that has
-- landed, this column belongs in the same change as the others.

create table attendance_file (
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
    constraint pk_attendance_file primary key (edition, target_id, file_sha256),
    constraint fk_attendance_file_conference foreign key (edition) references conference (edition)
);

create table attendance_person (
    edition          int            not null,
    target_id        varchar(100)   not null,
    file_sha256      char(64)       not null,
    person_key       varchar(256)   not null,
    registration_id  bigint,
    matched_by       varchar(10)    not null,
    display_name     varchar(200),
    email            varchar(254),
    seconds          bigint         not null,
    intervals        varchar(8000)  not null,
    constraint pk_attendance_person primary key (edition, target_id, file_sha256, person_key),
    constraint fk_attendance_person_file foreign key (edition, target_id, file_sha256)
        references attendance_file (edition, target_id, file_sha256)
);

create table attendance_presence (
    edition          int            not null,
    target_id        varchar(100)   not null,
    person_key       varchar(256)   not null,
    registration_id  bigint,
    target_kind      varchar(40)    not null,
    session_id       varchar(100)   not null,
    session_kind     varchar(40)    not null,
    target_day       date           not null,
    seconds          bigint         not null,
    constraint pk_attendance_presence primary key (edition, target_id, person_key)
);

create index ix_attendance_person_registration on attendance_person (registration_id);
create index ix_attendance_presence_person on attendance_presence (edition, person_key);
create index ix_attendance_presence_kind on attendance_presence (edition, target_kind, person_key);
create index ix_attendance_presence_day on attendance_presence (edition, target_day, person_key);
create index ix_attendance_presence_session on attendance_presence (edition, session_id, person_key);
create index ix_attendance_presence_registration on attendance_presence (registration_id);
