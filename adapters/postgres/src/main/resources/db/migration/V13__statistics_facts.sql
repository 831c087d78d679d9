-- Statistics (issue 14): one narrow fact row per complaint and one per round of each clock, so that
-- counts and indicators over a year read a few hundred bytes per complaint instead of the wide,
-- partly TOASTed complaint row. Both carry the tenant (the top of the owning unit's tree) first in
-- every key (scale.md, stage 3), and time columns for the period's range scans.
--
-- complaint_fact is written by statement triggers on complaint, in the transaction of the change
-- itself: every path that writes a complaint (registration, steps, the monitor's steps) keeps it,
-- and a fact can never disagree with a committed complaint. Statement triggers with transition
-- tables cost one statement per write, whatever the batch (as the outbox in V10).
-- complaint_clock_fact is written by the monitor, which times every complaint after each step.
-- No personal data: the complainant is present only as the repeat flag.

create table complaint_fact (
    tenant                text        not null,
    complaint_id          uuid        not null,
    received_at           timestamptz not null,
    org_unit              text        not null,
    lead_department       text,
    -- Every unit that reaches the complaint (UnitScope.reachingUnits): owning, intake, lead and
    -- co-handling units and all units above them. A unit's statistics select by containment.
    reach                 text[]      not null,
    utility_domain        text        not null,
    nature                text        not null,
    topic                 text        not null,
    channel               text        not null,
    kind                  text        not null,
    severity              smallint    not null,
    responsibility        text,
    state                 text        not null,
    accepted              boolean     not null,
    withdrawn             boolean     not null,
    replied_at            timestamptz,
    closed_at             timestamptz,
    callback_recorded_at  timestamptz,
    callback_satisfaction text,
    reopenings            integer     not null,
    review_requested      boolean     not null,
    -- The resolution stands: approved, or needing no approval.
    resolution_standing   boolean     not null,
    -- At registration, the same complainant (phone index) had a complaint received in the same
    -- tenant within the 30 days before this one's receipt (HandlingIndicators.REPEAT_WINDOW_DAYS).
    repeat                boolean     not null,
    constraint complaint_fact_pkey primary key (tenant, complaint_id)
);

-- A period's complaints by each of the times an indicator counts them by.
create index complaint_fact_received_idx on complaint_fact (tenant, received_at);
create index complaint_fact_replied_idx on complaint_fact (tenant, replied_at) where replied_at is not null;
create index complaint_fact_closed_idx on complaint_fact (tenant, closed_at) where closed_at is not null;
create index complaint_fact_callback_idx on complaint_fact (tenant, callback_recorded_at)
    where callback_recorded_at is not null;

create function complaint_reach(org_unit text, intake_unit text, lead_department text, co_handling text[])
    returns text[]
    language sql immutable
as $$
    select coalesce(array_agg(distinct array_to_string((string_to_array(u, '/'))[1:depth], '/')), '{}')
    from unnest(array[org_unit, coalesce(intake_unit, org_unit), lead_department]
                || coalesce(co_handling, '{}')) as u
    cross join lateral generate_series(1, cardinality(string_to_array(u, '/'))) as depth
    where u is not null
$$;

create function complaint_fact_upsert() returns trigger
    language plpgsql
as $$
begin
    insert into complaint_fact as f (tenant, complaint_id, received_at, org_unit, lead_department, reach,
                                     utility_domain, nature, topic, channel, kind, severity, responsibility, state,
                                     accepted, withdrawn, replied_at, closed_at, callback_recorded_at,
                                     callback_satisfaction, reopenings, review_requested, resolution_standing, repeat)
    select split_part(n.org_unit, '/', 1), n.id, n.received_at, n.org_unit, n.lead_department,
           complaint_reach(n.org_unit, n.intake_unit, n.lead_department, n.co_handling_departments),
           n.utility_domain, n.nature, n.topic, n.channel, n.kind, n.severity, n.responsibility, n.state,
           n.accepted_at is not null, n.withdrawn_at is not null, n.replied_at, n.closed_at,
           n.callback_recorded_at, n.callback_satisfaction, n.reopenings, n.review_requested_at is not null,
           coalesce(n.resolution_approval in ('NOT_REQUIRED', 'APPROVED'), false),
           -- Only a registration decides it; an update keeps what the registration found (below).
           tg_op = 'INSERT' and n.complainant_phone_index is not null and exists (
               select 1 from complaint e
               where e.complainant_phone_index = n.complainant_phone_index
                 and e.received_at >= n.received_at - interval '30 days' and e.received_at < n.received_at
                 and e.id <> n.id and split_part(e.org_unit, '/', 1) = split_part(n.org_unit, '/', 1))
    from new_rows n
    on conflict (tenant, complaint_id) do update set
        received_at = excluded.received_at, org_unit = excluded.org_unit,
        lead_department = excluded.lead_department, reach = excluded.reach,
        utility_domain = excluded.utility_domain, nature = excluded.nature, topic = excluded.topic,
        channel = excluded.channel, kind = excluded.kind, severity = excluded.severity,
        responsibility = excluded.responsibility, state = excluded.state, accepted = excluded.accepted,
        withdrawn = excluded.withdrawn, replied_at = excluded.replied_at, closed_at = excluded.closed_at,
        callback_recorded_at = excluded.callback_recorded_at,
        callback_satisfaction = excluded.callback_satisfaction, reopenings = excluded.reopenings,
        review_requested = excluded.review_requested, resolution_standing = excluded.resolution_standing;
    return null;
end
$$;

create trigger complaint_fact_on_insert
    after insert on complaint
    referencing new table as new_rows
    for each statement execute function complaint_fact_upsert();

create trigger complaint_fact_on_update
    after update on complaint
    referencing new table as new_rows
    for each statement execute function complaint_fact_upsert();

-- The complaints stored before, their repeat flag as the registration would have found it.
insert into complaint_fact (tenant, complaint_id, received_at, org_unit, lead_department, reach, utility_domain,
                            nature, topic, channel, kind, severity, responsibility, state, accepted, withdrawn,
                            replied_at, closed_at, callback_recorded_at, callback_satisfaction, reopenings,
                            review_requested, resolution_standing, repeat)
select split_part(n.org_unit, '/', 1), n.id, n.received_at, n.org_unit, n.lead_department,
       complaint_reach(n.org_unit, n.intake_unit, n.lead_department, n.co_handling_departments),
       n.utility_domain, n.nature, n.topic, n.channel, n.kind, n.severity, n.responsibility, n.state,
       n.accepted_at is not null, n.withdrawn_at is not null, n.replied_at, n.closed_at, n.callback_recorded_at,
       n.callback_satisfaction, n.reopenings, n.review_requested_at is not null,
       coalesce(n.resolution_approval in ('NOT_REQUIRED', 'APPROVED'), false),
       n.complainant_phone_index is not null and exists (
           select 1 from complaint e
           where e.complainant_phone_index = n.complainant_phone_index
             and e.received_at >= n.received_at - interval '30 days' and e.received_at < n.received_at
             and e.id <> n.id and split_part(e.org_unit, '/', 1) = split_part(n.org_unit, '/', 1))
from complaint n;


-- One row per round of each clock that has a due (windows aside), as the monitor last timed the
-- complaint. outcome: MET_IN_TIME, MET_LATE (met after its due), STOPPED_IN_TIME, STOPPED_LATE
-- (ended without its step, before or after its due), RUNNING (waiting: breached once due <= now).
create table complaint_clock_fact (
    tenant        text        not null,
    complaint_id  uuid        not null,
    clock         text        not null,
    round         integer     not null,
    due           timestamptz not null,
    outcome       text        not null,
    constraint complaint_clock_fact_pkey primary key (tenant, complaint_id, clock, round),
    constraint complaint_clock_fact_outcome_known
        check (outcome in ('MET_IN_TIME', 'MET_LATE', 'STOPPED_IN_TIME', 'STOPPED_LATE', 'RUNNING')),
    constraint complaint_clock_fact_round_positive check (round > 0)
);

create index complaint_clock_fact_due_idx on complaint_clock_fact (tenant, due);

-- Complaints stored before are timed again at the monitor's next pass, which writes their rounds.
update complaint_watch set next_attention_at = now() where next_attention_at is null;
