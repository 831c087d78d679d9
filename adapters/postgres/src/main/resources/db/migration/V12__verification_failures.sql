-- The complainant's own view (issue 13): failed verification attempts, counted across instances
-- so that guessing a ticket's code is slowed down whichever instance a portal reaches. A row is a
-- wrong code (or a ticket the portal cannot see) given for a ticket number by a portal's service
-- identity. The code is never stored.
--
-- Rows matter for one window only (COMPLAINTS_PUBLIC_VIEW_WINDOW_SECONDS): the service deletes a
-- tenant's older rows as it records new ones, so the table stays as small as the guessing going
-- on, and is not partitioned. The tenant and the time lead the primary key (scale.md): the
-- tenant is the top of the portal's unit, since the ticket number given may name no complaint.
create table verification_failure (
    tenant        text        not null,
    failed_at     timestamptz not null,
    id            uuid        not null,
    -- As the portal sent it, in the ticket number's format (anything else is refused unread).
    ticket_number text        not null,
    -- The portal's user id, from its token.
    caller        text        not null,
    constraint verification_failure_pkey primary key (tenant, failed_at, id),
    constraint verification_failure_ticket_length check (char_length(ticket_number) between 1 and 32),
    constraint verification_failure_caller_length check (char_length(caller) between 1 and 200)
);

-- The two questions: the failures for a ticket number, and by a caller, newest first.
create index verification_failure_by_ticket_idx on verification_failure (tenant, ticket_number, failed_at desc);
create index verification_failure_by_caller_idx on verification_failure (tenant, caller, failed_at desc);
