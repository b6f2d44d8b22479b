-- Flyway migration: the index catalog of the member_accounts table.
CREATE TABLE member_accounts (
  id BIGINT PRIMARY KEY,
  voucher_code VARCHAR(64) NOT NULL,
  contact_email VARCHAR(255) NOT NULL,
  display_name VARCHAR(255),
  biography TEXT
);

CREATE UNIQUE INDEX member_accounts_voucher_idx ON member_accounts (voucher_code);
CREATE UNIQUE INDEX member_accounts_contact_lower_idx ON member_accounts (lower(contact_email));
CREATE INDEX member_accounts_display_pattern_idx ON member_accounts (display_name text_pattern_ops);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX CONCURRENTLY member_accounts_biography_trgm_idx ON member_accounts USING gin (biography gin_trgm_ops);
