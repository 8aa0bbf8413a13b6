-- Evaluation surveys (issue 13): an edition's questions with the options their answers are counted by, and its
-- responses, anonymous. Same SQL subset as V1: accepted by H2 and MariaDB alike; every table has a primary key.
--
-- A response holds no e-mail address and no free text: response_key is a digest of its submission time and
-- address (or, without an address, of its time and answers), which tells a second copy of it from a new response;
-- registration_id links it to a registration of the same address for counting only; free-text answers are
-- evaluation comments (V5), apart from the responses that gave them. answers holds one number per question, in
-- question order, separated by commas: the option's position + 1 (Likert, choice), a bit per option ticked
-- (checkbox), 1 for a free-text answer given; 0 for no answer. One row per response keeps an import of 100,000
-- responses at tens of thousands of rows per second, and a summary is one streamed pass over them.

create table evaluation_question (
    edition        int            not null,
    number         int            not null,
    question_text  varchar(1000)  not null,
    question_type  varchar(20)    not null,
    scale          varchar(40),
    constraint pk_evaluation_question primary key (edition, number),
    constraint fk_evaluation_question_conference foreign key (edition) references conference (edition)
        on delete cascade
);

create table evaluation_option (
    edition   int           not null,
    question  int           not null,
    number    int           not null,
    label     varchar(500)  not null,
    constraint pk_evaluation_option primary key (edition, question, number),
    constraint fk_evaluation_option_question foreign key (edition, question)
        references evaluation_question (edition, number) on delete cascade
);

create table evaluation_response (
    edition          int            not null,
    number           int            not null,
    response_key     varchar(32)    not null,
    submitted        varchar(40)    not null,
    registration_id  bigint,
    answers          varchar(4000)  not null,
    constraint pk_evaluation_response primary key (edition, number),
    constraint uq_evaluation_response_key unique (edition, response_key),
    constraint fk_evaluation_response_conference foreign key (edition) references conference (edition)
        on delete cascade
);
