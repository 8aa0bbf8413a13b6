-- The proceedings (issue 15). Same SQL subset as V1: accepted by H2 and MariaDB alike; times hold UTC (see V7 for
-- the ${utc_datetime} block).
--
-- proceedings_isbn: the volume's ISBN, one per edition and never shared by two editions; stored as its 13 digits
-- (hyphenation follows from them).
-- proceedings_selection: the papers chosen for the e-journal's special issue. No foreign key to contribution: a
-- programme replaced later keeps the choice, and the export reads only the ids still in the programme.

create table proceedings_isbn (
    edition   int           not null,
    isbn      varchar(13)   not null,
    set_at    timestamp(6)  not null,
    constraint pk_proceedings_isbn primary key (edition),
    constraint uq_proceedings_isbn unique (isbn),
    constraint fk_proceedings_isbn_conference foreign key (edition) references conference (edition)
        on delete cascade
);

create table proceedings_selection (
    edition          int           not null,
    contribution_id  varchar(100)  not null,
    selected_at      timestamp(6)  not null,
    constraint pk_proceedings_selection primary key (edition, contribution_id),
    constraint fk_proceedings_selection_conference foreign key (edition) references conference (edition)
        on delete cascade
);

/* [jooq ignore start] */
alter table proceedings_isbn ${alter_column} set_at ${utc_datetime} not null;
alter table proceedings_selection ${alter_column} selected_at ${utc_datetime} not null;
/* [jooq ignore stop] */
