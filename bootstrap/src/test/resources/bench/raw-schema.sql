-- Copied from our own shared benchmark (../shared/bench/schema.sql) so that WriteBenchmark measures
-- the same raw-SQL limit without depending on that folder: the tables a registration writes, bare.
DROP TABLE IF EXISTS complaint, complaint_event; DROP SEQUENCE IF EXISTS ticket_seq;
CREATE SEQUENCE ticket_seq;
CREATE TABLE complaint (id uuid PRIMARY KEY, ticket_number text NOT NULL UNIQUE, request_id uuid NOT NULL UNIQUE, state text NOT NULL,
  channel text NOT NULL, kind text NOT NULL, utility_domain text NOT NULL, nature text NOT NULL, severity int NOT NULL, priority int NOT NULL,
  complainant_name text NOT NULL, complainant_phone text NOT NULL, account_number text, address text, description text NOT NULL, demand text,
  location text, org_unit text NOT NULL, received_at timestamptz NOT NULL, registered_at timestamptz NOT NULL, version bigint NOT NULL);
CREATE INDEX ON complaint (org_unit, received_at DESC, id);
CREATE INDEX ON complaint (state, received_at DESC);
CREATE TABLE complaint_event (complaint_ticket bigint NOT NULL, seq int NOT NULL, kind text NOT NULL, actor text NOT NULL, at timestamptz NOT NULL, note text,
  PRIMARY KEY (complaint_ticket, seq));
