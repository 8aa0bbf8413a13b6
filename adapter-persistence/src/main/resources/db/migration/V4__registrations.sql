-- Registrations and workshop seats (issue 6). Same SQL subset as V1: accepted by H2 and MariaDB alike.
--
-- Personal data live in registration only (full_name, email, email_key, school_name, school_key, specialty, code):
-- erasing a participant clears those columns and keeps the row, so that every count stays right.
-- A workshop is a programme contribution of kind WORKSHOP; its seats are keyed by (edition, workshop_id) and do not
-- reference the contribution table, whose rows a programme replace deletes and writes again. The repository refuses
-- a programme that drops a workshop holding bookings.

create table registration_settings (
    edition        int not null,
    booking_limit  int not null,
    constraint pk_registration_settings primary key (edition),
    constraint fk_registration_settings_conference foreign key (edition) references conference (edition)
        on delete cascade,
    constraint ck_registration_settings_limit check (booking_limit between 1 and 50)
);

create table registration (
    id               bigint        not null auto_increment,
    edition          int           not null,
    code             varchar(22),
    full_name        varchar(200),
    email            varchar(254),
    email_key        varchar(254),
    school_name      varchar(300),
    school_key       varchar(300),
    specialty        varchar(200),
    education_level  varchar(20),
    consent_at       timestamp(3)  not null,
    registered_at    timestamp(3)  not null,
    updated_at       timestamp(3)  not null,
    erased_at        timestamp(3),
    constraint pk_registration primary key (id),
    constraint uq_registration_code unique (code),
    constraint uq_registration_email unique (edition, email_key),
    constraint fk_registration_conference foreign key (edition) references conference (edition)
);

create table workshop_seat (
    edition      int           not null,
    workshop_id  varchar(100)  not null,
    capacity     int           not null,
    booked       int           not null,
    waiting      int           not null,
    next_ticket  bigint        not null,
    constraint pk_workshop_seat primary key (edition, workshop_id),
    constraint fk_workshop_seat_conference foreign key (edition) references conference (edition),
    -- the last line of defence against overbooking: no code path may store more booked seats than the capacity
    constraint ck_workshop_seat_counts check (booked >= 0 and booked <= capacity and waiting >= 0)
);

create table booking (
    edition          int          not null,
    workshop_id      varchar(100) not null,
    registration_id  bigint       not null,
    status           varchar(10)  not null,
    ticket           bigint       not null,
    booked_at        timestamp(3) not null,
    constraint pk_booking primary key (edition, workshop_id, registration_id),
    constraint uq_booking_ticket unique (edition, workshop_id, ticket),
    constraint fk_booking_workshop_seat foreign key (edition, workshop_id)
        references workshop_seat (edition, workshop_id),
    constraint fk_booking_registration foreign key (registration_id) references registration (id)
);

create index ix_registration_email_key on registration (email_key);
create index ix_booking_registration on booking (registration_id);
create index ix_booking_waiting on booking (edition, workshop_id, status, ticket);
