-- The schema of conference editions, the people their programmes name, and API tokens.
-- Written in the subset of SQL that both H2 (embedded default) and MariaDB accept; jOOQ's classes are generated
-- from these files at build time. Identifiers are lower case: H2 runs with DATABASE_TO_LOWER=TRUE.

create table conference (
    edition      int           not null,
    title        varchar(300)  not null,
    theme        varchar(1000),
    start_date   date          not null,
    end_date     date          not null,
    mode         varchar(20)   not null,
    organiser    varchar(300),
    venue        varchar(300),
    time_zone    varchar(60)   not null,
    version      bigint        not null,
    constraint pk_conference primary key (edition),
    constraint ck_conference_dates check (end_date >= start_date)
);

create table conference_day (
    edition   int          not null,
    day_date  date         not null,
    label     varchar(300),
    constraint pk_conference_day primary key (edition, day_date),
    constraint fk_conference_day_conference foreign key (edition) references conference (edition) on delete cascade
);

create table person (
    id           varchar(100)  not null,
    honorific    varchar(40),
    full_name    varchar(200)  not null,
    role         varchar(500),
    affiliation  varchar(500),
    nss_member   boolean       not null,
    ambassador   boolean       not null,
    search_key   varchar(1000) not null,
    constraint pk_person primary key (id)
);

create table person_other_name (
    person_id   varchar(100) not null,
    position    int          not null,
    other_name  varchar(200) not null,
    constraint pk_person_other_name primary key (person_id, position),
    constraint fk_person_other_name_person foreign key (person_id) references person (id) on delete cascade
);

create table programme_session (
    edition          int           not null,
    id               varchar(100)  not null,
    position         int           not null,
    kind             varchar(30)   not null,
    title            varchar(500),
    day_date         date          not null,
    start_time       time,
    end_time         time,
    room             varchar(200),
    education_level  varchar(20),
    notes            varchar(2000),
    constraint pk_programme_session primary key (edition, id),
    constraint uq_programme_session_position unique (edition, position),
    constraint fk_programme_session_conference foreign key (edition) references conference (edition)
        on delete cascade
);

create table session_chair (
    edition     int          not null,
    session_id  varchar(100) not null,
    position    int          not null,
    person_id   varchar(100) not null,
    role        varchar(20)  not null,
    constraint pk_session_chair primary key (edition, session_id, position),
    constraint fk_session_chair_session foreign key (edition, session_id)
        references programme_session (edition, id) on delete cascade,
    constraint fk_session_chair_person foreign key (person_id) references person (id)
);

create table contribution (
    edition          int           not null,
    id               varchar(100)  not null,
    session_id       varchar(100)  not null,
    position         int           not null,
    kind             varchar(30)   not null,
    title            varchar(1000),
    subject          varchar(1000),
    education_level  varchar(20),
    start_time       time,
    end_time         time,
    constraint pk_contribution primary key (edition, id),
    constraint uq_contribution_position unique (edition, session_id, position),
    constraint fk_contribution_session foreign key (edition, session_id)
        references programme_session (edition, id) on delete cascade
);

create table contribution_speaker (
    edition          int          not null,
    contribution_id  varchar(100) not null,
    position         int          not null,
    person_id        varchar(100) not null,
    constraint pk_contribution_speaker primary key (edition, contribution_id, position),
    constraint fk_contribution_speaker_contribution foreign key (edition, contribution_id)
        references contribution (edition, id) on delete cascade,
    constraint fk_contribution_speaker_person foreign key (person_id) references person (id)
);

create table api_token (
    name          varchar(100) not null,
    secret_hash   char(64)     not null,
    scope         varchar(10)  not null,
    created_at    timestamp(3) not null,
    last_used_at  timestamp(3),
    constraint pk_api_token primary key (name),
    constraint uq_api_token_secret_hash unique (secret_hash)
);
