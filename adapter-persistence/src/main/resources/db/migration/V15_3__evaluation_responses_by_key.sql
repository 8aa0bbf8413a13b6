-- Evaluation responses keyed by their response_key (issue 13, benchmark): V9 kept a row number as the primary key
-- and the key in a unique index beside it, so every response was written into three B-trees on H2 (its rows, the
-- primary key, the unique key) and two on MariaDB. The key alone is the primary key now; the number served only to
-- append after the stored responses. An import writes its responses in key order, so each B-tree grows at its
-- right-hand edge rather than at random places.

create table evaluation_response_by_key (
    edition          int            not null,
    response_key     varchar(32)    not null,
    submitted        varchar(40)    not null,
    registration_id  bigint,
    answers          varchar(4000)  not null,
    constraint pk_evaluation_response_by_key primary key (edition, response_key),
    constraint fk_evaluation_response_by_key_conference foreign key (edition) references conference (edition)
        on delete cascade
);

insert into evaluation_response_by_key (edition, response_key, submitted, registration_id, answers)
    select edition, response_key, submitted, registration_id, answers from evaluation_response;

drop table evaluation_response;

alter table evaluation_response_by_key rename to evaluation_response;
