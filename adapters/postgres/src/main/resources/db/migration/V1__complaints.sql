-- The complaint register (000 二(一), 002 1.1): one row per complaint, idempotent requests,
-- and per-day ticket sequences. Runs on PostgreSQL 15 and newer.
--
-- Enumerations are stored as the Java enum constant's name, so a row reads the same in SQL as in
-- code; each CHECK lists the known names, and a new constant needs a migration that widens it.
-- Text lengths are counted in characters (char_length), as the domain counts code points, so a
-- Chinese character counts as one. The domain validates first; the constraints are the last line
-- of defence against a bug or a hand-written UPDATE.

create table complaint (
    id                          uuid        not null,
    -- 002 1.1.8: TS, the registration day as yyyyMMdd and that day's sequence number.
    ticket_number               text        not null,
    state                       text        not null,

    -- The complainant. Personal data (002 5.2.5): never copied to other tables.
    complainant_name            text        not null,
    complainant_phone           text        not null,
    complainant_account_number  text,
    complainant_address         text        not null,
    contact_preference          text        not null,

    channel                     text        not null,
    -- The reference a third-party channel gave (12345 work order, regulator case), if any.
    channel_reference           text,
    received_at                 timestamptz not null,
    kind                        text        not null,
    utility_domain              text        not null,
    nature                      text        not null,
    topic                       text        not null,

    -- Intake facts from which the severity is proposed (002 1.1.15).
    safety_hazard               boolean     not null,
    large_area_interruption     boolean     not null,
    wide_area_quality_problem   boolean     not null,
    -- Severity as its level number (002 1.1.14: 1 = most severe).
    proposed_severity           smallint    not null,
    severity                    smallint    not null,
    severity_override_reason    text,
    priority                    text        not null,

    description                 text        not null,
    demand                      text        not null,
    location                    text,
    org_unit                    text        not null,
    registered_by               text        not null,
    registered_at               timestamptz not null,
    updated_at                  timestamptz not null,
    -- Optimistic concurrency: every change bumps it, the API derives the etag from it.
    version                     bigint      not null,

    constraint complaint_pkey primary key (id),
    -- Backs the ticket sequence: a number is never given to two complaints, whatever happens.
    constraint complaint_ticket_number_key unique (ticket_number),
    constraint complaint_ticket_number_format check (ticket_number ~ '^TS[0-9]{8}[0-9]{6,12}$'),
    constraint complaint_state_known check (state in ('REGISTERED')),
    constraint complaint_complainant_name_length check (char_length(complainant_name) between 1 and 100),
    constraint complaint_complainant_phone_length check (char_length(complainant_phone) between 1 and 32),
    constraint complaint_complainant_account_number_length
        check (char_length(complainant_account_number) between 5 and 32),
    constraint complaint_complainant_address_length check (char_length(complainant_address) between 1 and 200),
    constraint complaint_contact_preference_known
        check (contact_preference in ('PHONE', 'SMS', 'EMAIL', 'WECHAT', 'LETTER')),
    constraint complaint_channel_known
        check (channel in ('HOTLINE', 'WEB', 'APP', 'WECHAT', 'EMAIL', 'LETTER', 'WALK_IN', 'SOCIAL_MEDIA',
                           'CITY_HOTLINE_12345', 'REGULATOR', 'CONSUMER_ASSOCIATION', 'MEDIA')),
    constraint complaint_channel_reference_length check (char_length(channel_reference) between 1 and 64),
    constraint complaint_kind_known check (kind in ('COMPLAINT', 'CONSULTATION', 'SUGGESTION')),
    constraint complaint_utility_domain_known
        check (utility_domain in ('ELECTRICITY', 'HEATING', 'WATER', 'GAS', 'SANITATION', 'PUBLIC_TRANSPORT',
                                  'CITY_INFRASTRUCTURE')),
    constraint complaint_nature_known
        check (nature in ('SERVICE_QUALITY', 'BILLING', 'SAFETY', 'MANAGEMENT', 'GRID', 'MARKETING', 'SERVICE')),
    constraint complaint_topic_length check (char_length(topic) between 1 and 100),
    constraint complaint_proposed_severity_level check (proposed_severity between 1 and 3),
    constraint complaint_severity_level check (severity between 1 and 3),
    -- An agent may override the proposed severity only with a reason (SEVERITY_OVERRIDE_NEEDS_REASON).
    constraint complaint_severity_override_has_reason
        check (severity = proposed_severity or severity_override_reason is not null),
    constraint complaint_severity_override_reason_length
        check (char_length(severity_override_reason) between 1 and 500),
    constraint complaint_priority_known check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    constraint complaint_description_length check (char_length(description) between 1 and 4000),
    constraint complaint_demand_length check (char_length(demand) between 1 and 2000),
    constraint complaint_location_length check (char_length(location) between 1 and 200),
    constraint complaint_org_unit_length check (char_length(org_unit) between 1 and 64),
    constraint complaint_registered_by_length check (char_length(registered_by) between 1 and 128),
    constraint complaint_version_positive check (version >= 1)
);

-- Work lists show the newest receipt first and page by keyset: (received_at, id) < (cursor).
-- Each index below lets PostgreSQL read a page in list order and stop after LIMIT rows,
-- with no sort, however many rows the table holds. id breaks ties between equal receipt times.
create index complaint_list_idx on complaint (received_at desc, id desc);
-- One index per list filter: equality on the filter column, then the list order.
create index complaint_list_by_state_idx on complaint (state, received_at desc, id desc);
create index complaint_list_by_utility_domain_idx on complaint (utility_domain, received_at desc, id desc);
create index complaint_list_by_nature_idx on complaint (nature, received_at desc, id desc);
create index complaint_list_by_severity_idx on complaint (severity, received_at desc, id desc);
create index complaint_list_by_channel_idx on complaint (channel, received_at desc, id desc);
create index complaint_list_by_org_unit_idx on complaint (org_unit, received_at desc, id desc);


-- AIP-155 request ids: a retry of a state-changing call carries the same request_id and must not
-- change anything twice. The row is written in the same transaction as the change it records,
-- for every state-changing operation (registration now, later steps too), so "recorded" and
-- "done" can never disagree.
create table request_log (
    request_id   text        not null,
    -- The RPC that carried the request (e.g. CreateComplaint): the same id for another operation
    -- is a client error, not a retry.
    operation    text        not null,
    -- A digest of the request body: the same id with a different body is refused, not replayed.
    fingerprint  text        not null,
    -- The complaint the request created or changed; its current state is the replayed answer.
    complaint_id uuid        not null,
    created_at   timestamptz not null default now(),

    -- The primary key's unique index is what makes concurrent retries safe: the second insert of
    -- an id waits for the first transaction and then fails (23505) if that one committed.
    constraint request_log_pkey primary key (request_id),
    constraint request_log_request_id_format check (request_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    constraint request_log_operation_length check (char_length(operation) between 1 and 64),
    constraint request_log_fingerprint_length check (char_length(fingerprint) between 1 and 256),
    constraint request_log_complaint_fkey foreign key (complaint_id) references complaint (id)
);

-- A complaint's history of requests, and the foreign key's check when a complaint is deleted.
create index request_log_complaint_idx on request_log (complaint_id);


-- Ticket numbers run 1, 2, 3... per registration day, across every instance of the service.
-- The next number is taken by one statement in its own short transaction:
--   insert into ticket_counter (day, last_value) values (:day, 1)
--   on conflict (day) do update set last_value = ticket_counter.last_value + 1
--   returning last_value
-- The row lock is held only for that statement, not for the registration that uses the number.
-- A registration that fails afterwards leaves a gap; numbers are unique, not gapless.
create table ticket_counter (
    day        date   not null,
    last_value bigint not null,

    constraint ticket_counter_pkey primary key (day),
    constraint ticket_counter_last_value_positive check (last_value >= 1)
);
