-- The record of every return of a complaint's personal data unmasked (PIPL Art. 51, 55): who saw
-- which fields of which complaint, when, acting in which role for which unit, and through which
-- method. Auditors list it by complaint and by user, newest first. Rows are only ever added.
--
-- Append-only and time-ordered, so partitioned by month of accessed_at (scale.md, stage 2): an old
-- month is detached and archived whole, without vacuuming the live ones. PostgreSQL wants the
-- partition key in every unique constraint, and Citus the tenant (stage 3): hence the primary key.
--
-- Months are cut in UTC, whatever the session's time zone. The service creates a month's partition
-- (personal_data_access_yYYYYmMM) with that month's first record, and the next month's with it, so
-- a partition exists before its first row as a rule (PostgresPersonalDataAccessLog). The default
-- partition takes whatever arrives for a month without one, so no insert fails for its date; a
-- month whose rows are already there stays there until an operator moves them to its partition.
--
-- No foreign key to complaint: each new partition would clone it, and cloning locks the complaint
-- table against writes (SHARE ROW EXCLUSIVE) while the partition is created. The service records an
-- access only after reading the complaint, and complaints are never deleted.
create table personal_data_access (
    -- The top of the complaint's owning unit's tree, as in complaint_scope.
    tenant       text        not null,
    accessed_at  timestamptz not null,
    id           uuid        not null,
    complaint_id uuid        not null,
    user_id      text        not null,
    role         text        not null,
    -- The unit the user acted for.
    org_unit     text        not null,
    -- The service method that returned the data unmasked: the why of the access.
    method       text        not null,
    -- PersonalField names, in their declaration order.
    fields       text[]      not null,
    constraint personal_data_access_pkey primary key (tenant, accessed_at, id),
    constraint personal_data_access_role_known
        check (role in ('AGENT', 'HANDLER', 'SUPERVISOR', 'DIRECTOR', 'AUDITOR', 'SYSTEM', 'ADMINISTRATOR')),
    constraint personal_data_access_method_length check (char_length(method) between 1 and 200),
    -- At least one field, each a known name: <@ is false for an unknown name and for a NULL.
    constraint personal_data_access_fields_known
        check (cardinality(fields) >= 1
               and fields <@ array['COMPLAINANT_NAME', 'COMPLAINANT_PHONE_NUMBER', 'COMPLAINANT_ACCOUNT_NUMBER',
                                   'COMPLAINANT_ADDRESS', 'FREE_TEXT'])
) partition by range (accessed_at);

create table personal_data_access_default partition of personal_data_access default;

-- The two listings, each a page read in order from its index, starting right after the cursor.
create index personal_data_access_by_complaint_idx on personal_data_access (complaint_id, accessed_at desc, id desc);
create index personal_data_access_by_user_idx on personal_data_access (user_id, accessed_at desc, id desc);
