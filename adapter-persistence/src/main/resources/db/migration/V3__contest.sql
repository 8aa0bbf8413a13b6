-- The national contests: their categories, awarded projects with partner schools and teachers, and prize policies;
-- the schools registry with every spelling seen; the eTwinning ambassadors' registry details.
-- The same SQL subset as V1: H2 and MariaDB both accept it; identifiers lower case.

create table school (
    school_key   varchar(300) not null,
    name         varchar(300) not null,
    constraint pk_school primary key (school_key)
);

create table school_spelling (
    school_key   varchar(300) not null,
    position     int          not null,
    spelling     varchar(300) not null,
    constraint pk_school_spelling primary key (school_key, position),
    constraint fk_school_spelling_school foreign key (school_key) references school (school_key) on delete cascade
);

create table contest (
    number              int           not null,
    school_year_start   int,
    conference_edition  int,
    policy_source       varchar(1000),
    version             bigint        not null,
    constraint pk_contest primary key (number),
    constraint fk_contest_conference foreign key (conference_edition) references conference (edition)
);

create table contest_category (
    contest    int          not null,
    position   int          not null,
    kind       varchar(30)  not null,
    title      varchar(300) not null,
    min_age    int,
    max_age    int,
    constraint pk_contest_category primary key (contest, position),
    constraint uq_contest_category_kind unique (contest, kind),
    constraint fk_contest_category_contest foreign key (contest) references contest (number) on delete cascade
);

create table prize_rule (
    contest          int          not null,
    position         int          not null,
    education_level  varchar(20)  not null,
    quantity         int          not null,
    item             varchar(100) not null,
    constraint pk_prize_rule primary key (contest, position),
    constraint fk_prize_rule_contest foreign key (contest) references contest (number) on delete cascade
);

create table contest_project (
    contest        int          not null,
    position       int          not null,
    category_kind  varchar(30)  not null,
    place          int,
    title          varchar(500) not null,
    constraint pk_contest_project primary key (contest, position),
    constraint fk_contest_project_contest foreign key (contest) references contest (number) on delete cascade
);

create table project_partner (
    contest           int          not null,
    project_position  int          not null,
    position          int          not null,
    school_key        varchar(300) not null,
    school_name       varchar(300) not null,
    constraint pk_project_partner primary key (contest, project_position, position),
    constraint fk_project_partner_project foreign key (contest, project_position)
        references contest_project (contest, position) on delete cascade,
    constraint fk_project_partner_school foreign key (school_key) references school (school_key)
);

create table partner_teacher (
    contest           int          not null,
    project_position  int          not null,
    partner_position  int          not null,
    position          int          not null,
    teacher_name      varchar(200) not null,
    constraint pk_partner_teacher primary key (contest, project_position, partner_position, position),
    constraint fk_partner_teacher_partner foreign key (contest, project_position, partner_position)
        references project_partner (contest, project_position, position) on delete cascade
);

create table ambassador (
    person_id    varchar(100) not null,
    school_name  varchar(300),
    region       varchar(200),
    since_year   int,
    constraint pk_ambassador primary key (person_id),
    constraint fk_ambassador_person foreign key (person_id) references person (id) on delete cascade
);
