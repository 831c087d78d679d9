-- Early warning (issue 14, 002 ch.7 3.4.15): the warnings the rules raised, published through the
-- outbox like the clock alerts.

-- One row per crossing: a rule's figure crossed its threshold for a scope unit (and a subject: the
-- topic, nature or utility domain counted separately, '' for none) in a window. An instance
-- records a warning only while it holds the transaction lock of its rule, unit and subject and
-- finds no warning whose window overlaps the new one (PostgresEarlyWarnings), so several instances
-- finding the same crossing record it once; the key is the last guard for a calendar window.
-- The tenant (the top of the scope unit's tree) and the window's start lead the key (scale.md).
create table early_warning (
    tenant        text        not null,
    rule          text        not null,
    scope_unit    text        not null,
    subject       text        not null,
    window_start  timestamptz not null,
    window_end    timestamptz not null,
    id            uuid        not null,
    metric        text        not null,
    scope_kind    text        not null,
    -- For a count both are the count; for a rate, its parts.
    numerator     bigint      not null,
    denominator   bigint      not null,
    threshold     text        not null,
    raised_at     timestamptz not null,
    -- The complaints that caused it, oldest first (at most 500); the first is the one the outbox
    -- row names, since every published event belongs to a complaint.
    complaint_ids uuid[]      not null,
    constraint early_warning_pkey primary key (tenant, rule, scope_unit, subject, window_start),
    constraint early_warning_id_key unique (tenant, id),
    constraint early_warning_window check (window_end > window_start),
    constraint early_warning_metric_known check (metric in ('RECEIVED', 'SATISFACTION', 'LATE_REPLIES')),
    constraint early_warning_scope_kind_known check (scope_kind in ('UNIT', 'DEPARTMENT')),
    constraint early_warning_rule_length check (char_length(rule) between 1 and 63),
    constraint early_warning_subject_length check (char_length(subject) <= 100),
    constraint early_warning_figures check (numerator >= 0 and denominator >= 0),
    constraint early_warning_causes check (cardinality(complaint_ids) <= 500
        and array_position(complaint_ids, null) is null)
);

-- ListEarlyWarnings: a tenant's warnings newest first.
create index early_warning_list_idx on early_warning (tenant, raised_at desc, id desc);

-- The rules measure callbacks and replies by when they were recorded; without these a month's
-- window would read the whole register at every pass.
create index complaint_callback_recorded_idx on complaint (callback_recorded_at) where callback_recorded_at is not null;
create index complaint_replied_idx on complaint (replied_at) where replied_at is not null;

-- ---------------------------------------------------------------- the outbox

alter table event_outbox
    add column warning_id uuid;
alter table event_outbox
    drop constraint event_outbox_source_known,
    add constraint event_outbox_source_known check (source in ('TIMELINE', 'ALERT', 'NOTICE', 'WARNING')),
    add constraint event_outbox_warning_key check ((source = 'WARNING') = (warning_id is not null));

-- As for the alerts (V10): the event names the first complaint that caused the warning, at its
-- version then; its type is the metric.
create function event_outbox_from_warning() returns trigger
    language plpgsql as
$$
begin
    insert into event_outbox (tenant, complaint_id, sequence, source, type, org_unit, warning_id)
    select n.tenant, c.id, c.version, 'WARNING', n.metric, c.org_unit, n.id
    from new_rows n
    join complaint c on c.id = n.complaint_ids[1];
    return null;
end;
$$;

create trigger early_warning_to_outbox
    after insert on early_warning
    referencing new table as new_rows
    for each statement execute function event_outbox_from_warning();
