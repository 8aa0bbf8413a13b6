-- What the summary report needs beyond the programme and the contest: the figures operators record per edition
-- (from a fixed catalogue of keys, with how exact they are, their source and the date they held), and the
-- evaluation comments, numbered per edition, with the ones chosen for the report.
-- The same SQL subset as V1: H2 and MariaDB both accept it; identifiers lower case.
-- (V4 belongs to the registrations, developed alongside.)

create table report_figure (
    edition       int           not null,
    figure_key    varchar(120)  not null,
    figure_value  bigint        not null,
    exactness     varchar(20)   not null,
    written       varchar(40),
    source        varchar(1000),
    as_of         date,
    constraint pk_report_figure primary key (edition, figure_key),
    constraint fk_report_figure_conference foreign key (edition) references conference (edition) on delete cascade
);

create table evaluation_comment (
    edition       int            not null,
    number        int            not null,
    comment_text  varchar(4000)  not null,
    selected      boolean        not null,
    constraint pk_evaluation_comment primary key (edition, number),
    constraint fk_evaluation_comment_conference foreign key (edition) references conference (edition)
        on delete cascade
);
