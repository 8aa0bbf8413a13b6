-- MariaDB only: tables created from now on store Greek text as utf8mb4 with a Unicode collation, whatever the
-- server's default character set is. (H2 stores Unicode as it is.)
alter database character set utf8mb4 collate utf8mb4_unicode_520_ci;
