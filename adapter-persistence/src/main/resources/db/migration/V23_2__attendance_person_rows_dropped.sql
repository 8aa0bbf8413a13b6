-- The rows of attendance_person are in attendance_person_page now (V23, V23_1).
drop table attendance_person;
