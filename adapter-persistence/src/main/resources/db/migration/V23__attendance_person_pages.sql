-- A file's persons packed into pages (issue 11, benchmark: an import wrote a row per person, and that write cost the
-- database as much as LOAD DATA of the file's raw rows; every count and merge reads a file's persons whole anyway).
-- Each row holds up to 60,000 bytes of a file's persons in number order (PersonPages: numbers, registrations, seconds,
-- merged intervals, and the names and addresses the file gave). V23_1 packs the rows of attendance_person into
-- pages, V23_2 drops it. No foreign key, as for the rows before: a file's pages are written and deleted by its
-- import, in one transaction.
create table attendance_person_page (
    file_no  int   not null,
    page_no  int   not null,
    persons  int   not null,
    data     blob  not null,
    constraint pk_attendance_person_page primary key (file_no, page_no)
);
