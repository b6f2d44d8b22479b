-- Flyway migration: members sign in with a case-insensitive email, served by an expression index.
CREATE TABLE members (
  id BIGINT PRIMARY KEY,
  email VARCHAR(255) NOT NULL
);

CREATE UNIQUE INDEX members_email_lower_idx ON members (lower(email));

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX members_email_trgm_idx ON members USING gin (email gin_trgm_ops);
