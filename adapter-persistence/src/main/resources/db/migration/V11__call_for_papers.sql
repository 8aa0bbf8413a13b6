-- The call for papers with double-blind review (issue 14). The same SQL subset as V1 and V7: H2 and MariaDB accept
-- it; times hold UTC (the block at the end makes them ${utc_datetime}, as in V7).
--
-- cfp_call: an edition's call — its deadline (an instant; shown and typed in Europe/Athens), the submission types
-- it takes (comma-separated: paper,workshop), the most words an abstract may have, the review criteria
-- (one per line, in order) and whether an operator closed it.
create table cfp_call (
    edition     int            not null,
    deadline    timestamp(6)   not null,
    types       varchar(100)   not null,
    max_words   int            not null,
    criteria    varchar(2000)  not null,
    closed      boolean        not null,
    opened_at   timestamp(6)   not null,
    constraint pk_cfp_call primary key (edition),
    constraint fk_cfp_call_conference foreign key (edition) references conference (edition) on delete cascade,
    constraint ck_cfp_call_words check (max_words > 0)
);

-- submission: one proposal. number: its public id within the edition (reviewers and operators name it so);
-- code: the submitter's private key (mailed, never answered). status: submitted | withdrawn | accepted | rejected.
-- decided_as / session_id / contribution_id: where an accepted submission went in the programme. The paper, when
-- uploaded, is named by its SHA-256 in submission_paper; no file name is kept (it could name the authors).
create table submission (
    id                 bigint         not null auto_increment,
    edition            int            not null,
    number             int            not null,
    code               varchar(22)    not null,
    title              varchar(300)   not null,
    submission_type    varchar(20)    not null,
    level              varchar(20)    not null,
    abstract_text      mediumtext     not null,
    keywords           varchar(1000)  not null,
    status             varchar(20)    not null,
    decided_as         varchar(20),
    session_id         varchar(100),
    contribution_id    varchar(100),
    paper_sha256       varchar(64),
    paper_type         varchar(100),
    paper_bytes        bigint,
    consent_at         timestamp(6)   not null,
    created_at         timestamp(6)   not null,
    updated_at         timestamp(6)   not null,
    constraint pk_submission primary key (id),
    constraint uq_submission_number unique (edition, number),
    constraint uq_submission_code unique (code),
    constraint fk_submission_conference foreign key (edition) references conference (edition) on delete cascade,
    constraint ck_submission_status check (status in ('submitted', 'withdrawn', 'accepted', 'rejected'))
);

-- submission_author: the authors in their order; exactly one is the contact (the service keeps it so).
create table submission_author (
    submission_id  bigint         not null,
    position       int            not null,
    full_name      varchar(200)   not null,
    email          varchar(254)   not null,
    email_key      varchar(254)   not null,
    school         varchar(300),
    school_key     varchar(300),
    contact        boolean        not null,
    person_id      varchar(100),
    constraint pk_submission_author primary key (submission_id, position),
    constraint fk_submission_author_submission foreign key (submission_id) references submission (id)
        on delete cascade
);

-- submission_paper: uploaded full texts by content hash (the same file twice is stored once).
create table submission_paper (
    sha256        varchar(64)   not null,
    content_type  varchar(100)  not null,
    bytes         bigint        not null,
    content       mediumblob    not null,
    uploaded_at   timestamp(6)  not null,
    constraint pk_submission_paper primary key (sha256)
);

-- reviewer: a review-scoped API token's person — who they are (for conflicts of interest: their own submissions,
-- their school's) and what they review (levels: primary,secondary; keywords, one per line).
create table reviewer (
    token_name  varchar(100)   not null,
    full_name   varchar(200)   not null,
    email_key   varchar(254)   not null,
    school      varchar(300),
    school_key  varchar(300),
    levels      varchar(40)    not null,
    keywords    varchar(1000)  not null,
    constraint pk_reviewer primary key (token_name)
);

-- review_assignment: a reviewer on a submission, and their review once written: a score per criterion
-- (criterion=score, one per line), a recommendation (accept | weak-accept | weak-reject | reject), comments to the
-- authors and to the committee.
create table review_assignment (
    submission_id    bigint         not null,
    reviewer         varchar(100)   not null,
    assigned_at      timestamp(6)   not null,
    scores           varchar(2000),
    recommendation   varchar(20),
    to_authors       mediumtext,
    to_committee     mediumtext,
    reviewed_at      timestamp(6),
    constraint pk_review_assignment primary key (submission_id, reviewer),
    constraint fk_review_assignment_submission foreign key (submission_id) references submission (id)
        on delete cascade,
    constraint fk_review_assignment_reviewer foreign key (reviewer) references reviewer (token_name)
);

create index ix_review_assignment_reviewer on review_assignment (reviewer);

/* [jooq ignore start] */
alter table cfp_call ${alter_column} deadline ${utc_datetime} not null;
alter table cfp_call ${alter_column} opened_at ${utc_datetime} not null;
alter table submission ${alter_column} consent_at ${utc_datetime} not null;
alter table submission ${alter_column} created_at ${utc_datetime} not null;
alter table submission ${alter_column} updated_at ${utc_datetime} not null;
alter table submission_paper ${alter_column} uploaded_at ${utc_datetime} not null;
alter table review_assignment ${alter_column} assigned_at ${utc_datetime} not null;
alter table review_assignment ${alter_column} reviewed_at ${utc_datetime};
/* [jooq ignore stop] */
