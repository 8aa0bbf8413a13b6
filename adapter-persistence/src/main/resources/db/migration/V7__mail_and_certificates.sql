-- The mail outbox and certificates of attendance (issue 12). The same SQL subset as V1: H2 and MariaDB accept it.
-- Times hold UTC. MariaDB's TIMESTAMP ends in 2038 and H2 has no DATETIME: the tables are created with
-- TIMESTAMP(6), which both accept (and jOOQ's generator reads), and the block at the end makes the columns
-- ${utc_datetime} — DATETIME(6) on MariaDB, TIMESTAMP(6) on H2 — with Flyway placeholders set by FlywaySchema.
-- jOOQ's generator skips that block; the Java type (LocalDateTime in UTC) is the same either way.
--
-- mail_outbox: a message is a row, written in the same transaction as what caused it. A sender claims due rows by
-- writing its lease (owner + expiry) with a conditional UPDATE, so two instances never hold the same row; it sends
-- with the row's message_id (stable for the row's life, so a resend after a crash is recognisably the same
-- message), then marks the row sent, or counts the attempt and sets the next one (exponential back-off), or moves
-- it to 'dead' with the last error. status: pending | sent | dead.
-- attachment: a reference resolved at sending time (e.g. 'certificate:ABCD-EFGH-JKLM'), so 7,000 PDFs are not
-- stored twice.

create table mail_outbox (
    id               bigint         not null auto_increment,
    message_id       varchar(200)   not null,
    kind             varchar(40)    not null,
    recipient        varchar(254)   not null,
    subject          varchar(300)   not null,
    body_text        varchar(8000)  not null,
    attachment       varchar(200),
    status           varchar(10)    not null,
    attempts         int            not null,
    next_attempt_at  timestamp(6)    not null,
    last_error       varchar(1000),
    lease_owner      varchar(100),
    lease_until      timestamp(6),
    created_at       timestamp(6)    not null,
    sent_at          timestamp(6),
    constraint pk_mail_outbox primary key (id),
    constraint uq_mail_outbox_message_id unique (message_id),
    constraint ck_mail_outbox_status check (status in ('pending', 'sent', 'dead')),
    constraint ck_mail_outbox_attempts check (attempts >= 0)
);

create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);

-- An edition's eligibility rule: minutes counted over the kinds named (all kinds when kinds is null), at least
-- min_minutes of them and at least min_sessions distinct sessions.
create table certificate_rule (
    edition       int           not null,
    min_minutes   int           not null,
    min_sessions  int           not null,
    kinds         varchar(500),
    updated_at    timestamp(6)   not null,
    constraint pk_certificate_rule primary key (edition),
    constraint fk_certificate_rule_conference foreign key (edition) references conference (edition)
        on delete cascade,
    constraint ck_certificate_rule_counts check (min_minutes >= 0 and min_sessions >= 0)
);

-- One certificate per registration and edition. full_name is the name as registered when it was issued; an erased
-- participant's certificate keeps its code and figures but loses the name (see registrations erase).
create table certificate (
    id               bigint        not null auto_increment,
    edition          int           not null,
    registration_id  bigint        not null,
    code             varchar(14)   not null,
    full_name        varchar(200),
    minutes          int           not null,
    sessions         int           not null,
    issued_at        timestamp(6)   not null,
    revoked_at       timestamp(6),
    revoke_reason    varchar(500),
    constraint pk_certificate primary key (id),
    constraint uq_certificate_code unique (code),
    constraint uq_certificate_registration unique (edition, registration_id),
    constraint fk_certificate_conference foreign key (edition) references conference (edition),
    constraint fk_certificate_registration foreign key (registration_id) references registration (id)
);

/* [jooq ignore start] */
alter table mail_outbox ${alter_column} next_attempt_at ${utc_datetime} not null;
alter table mail_outbox ${alter_column} lease_until ${utc_datetime};
alter table mail_outbox ${alter_column} created_at ${utc_datetime} not null;
alter table mail_outbox ${alter_column} sent_at ${utc_datetime};
alter table certificate_rule ${alter_column} updated_at ${utc_datetime} not null;
alter table certificate ${alter_column} issued_at ${utc_datetime} not null;
alter table certificate ${alter_column} revoked_at ${utc_datetime};
/* [jooq ignore stop] */
