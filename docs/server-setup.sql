-- Anfragen-Desk on a PostgreSQL server: one database and three roles for a faction office.
-- Run as the server's administrator:  psql -U postgres -f docs/server-setup.sql
-- (tests/storage/test_server_roles.py runs exactly this file on a throwaway server).

-- Owns the tables: the first desk that connects as this role lays out the schema,
-- and every later upgrade of Anfragen-Desk needs it once.
CREATE ROLE desk_owner LOGIN;
CREATE DATABASE anfragen OWNER desk_owner;
-- Staff who draft and track inquiries: read and write.
CREATE ROLE desk_staff NOLOGIN;
-- The faction's leadership or archive: read only.
CREATE ROLE desk_readers NOLOGIN;

\connect anfragen

-- What desk_owner creates, staff may read and write and readers may read.
ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO desk_staff;
ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO desk_staff;
ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO desk_readers;

-- Then one login per person, with a password they keep in ~/.pgpass, e.g.:
--   CREATE ROLE mmueller LOGIN PASSWORD '…' IN ROLE desk_staff;
--   CREATE ROLE fraktionsleitung LOGIN PASSWORD '…' IN ROLE desk_readers;
