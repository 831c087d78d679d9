-- Events out (issue 13): the transactional outbox, the position counter, the relays' cursors,
-- and the notices issued to complainants.

-- ---------------------------------------------------------------- notices

-- A notice the service issued to a complainant (acceptance, decline, extension, progress, reply,
-- callback invitation), rendered from the unit's template for the complainant's channel. A gateway
-- sends it and reports the outcome; the row keeps the latest report. The recipient is not copied
-- here: it is the complainant's contact, sealed on the complaint.
create table complaint_notice (
    -- The top of the complaint's owning unit's tree, as in complaint_scope.
    tenant        text        not null,
    complaint_id  uuid        not null references complaint (id),
    id            uuid        not null,
    ticket_number text        not null,
    kind          text        not null,
    channel       text        not null,
    -- The rendered text: may quote the complainant (a decline reason, a reply summary).
    text          text        not null,
    issued_at     timestamptz not null,
    -- The gateway is to report the delivery by then; a notice still unreported is an alert.
    confirm_by    timestamptz not null,
    -- NULL until a report: DELIVERED, FAILED, or UNCONFIRMED when the monitor found none in time.
    outcome       text,
    outcome_at    timestamptz,
    constraint complaint_notice_pkey primary key (tenant, complaint_id, id),
    constraint complaint_notice_id_key unique (tenant, id),
    constraint complaint_notice_kind_known
        check (kind in ('ACCEPTANCE', 'DECLINE', 'EXTENSION', 'PROGRESS_UPDATE', 'REPLY', 'CALLBACK_INVITATION')),
    constraint complaint_notice_channel_known check (channel in ('SMS', 'WECHAT', 'EMAIL')),
    constraint complaint_notice_text_length check (char_length(text) between 1 and 4000),
    constraint complaint_notice_confirm_after_issue check (confirm_by >= issued_at),
    constraint complaint_notice_outcome_known check (outcome in ('DELIVERED', 'FAILED', 'UNCONFIRMED')),
    constraint complaint_notice_outcome_time check ((outcome is null) = (outcome_at is null))
);

-- The monitor's question: which notices are past their confirmation time without a report.
create index complaint_notice_unconfirmed_idx on complaint_notice (confirm_by) where outcome is null;

-- ---------------------------------------------------------------- the outbox

-- One row per event that leaves the service: each timeline entry, each clock alert, each notice,
-- written by the triggers below in the transaction of the change itself, so that an event exists
-- if and only if its change committed. The row names its source; readers join the source for the
-- content, so nothing is stored twice.
--
-- position is NULL until the sequencer (PostgresEventLog.sequencePending) gives the committed rows
-- the next numbers, one sequencer at a time (it holds event_position's row). Positions therefore
-- grow in the order they became visible: a reader resuming after position p finds every later
-- event and none it has had. Numbering at insert time would not do: a transaction that took 7 and
-- commits after the one that took 8 would be skipped by a reader already past 8.
--
-- Append-only and time-ordered, so partitioned by month of recorded_at, with the tenant and the
-- time in the primary key (scale.md, stages 2 and 3), and no foreign key (see
-- V8__personal_data_access.sql). The service creates the months' partitions ahead of time.
create table event_outbox (
    tenant        text        not null,
    -- The start of the writing transaction (now()), never later than its commit.
    recorded_at   timestamptz not null default now(),
    id            uuid        not null default gen_random_uuid(),
    position      bigint,
    complaint_id  uuid        not null,
    -- The timeline entry's sequence; for an alert or a notice, the complaint's version then.
    sequence      bigint      not null,
    source        text        not null,
    -- The timeline entry's type, the alert's kind (WARNING, BREACH) or the notice's kind.
    type          text        not null,
    -- The unit owning the complaint when the event was recorded.
    org_unit      text        not null,
    -- The source row beyond (complaint_id, sequence): an alert's clock and round, a notice's id.
    alert_clock   text,
    alert_round   integer,
    notice_id     uuid,
    constraint event_outbox_pkey primary key (tenant, recorded_at, id),
    constraint event_outbox_source_known check (source in ('TIMELINE', 'ALERT', 'NOTICE')),
    constraint event_outbox_alert_key check ((source = 'ALERT') = (alert_clock is not null and alert_round is not null)),
    constraint event_outbox_notice_key check ((source = 'NOTICE') = (notice_id is not null)),
    constraint event_outbox_position_positive check (position >= 1)
) partition by range (recorded_at);

create table event_outbox_default partition of event_outbox default;

-- Readers page by position; the sequencer finds the rows still without one.
create index event_outbox_position_idx on event_outbox (position) where position is not null;
create index event_outbox_pending_idx on event_outbox (complaint_id, sequence) where position is null;

-- The last position given. Its single row is the sequencers' lock: one numbers at a time.
create table event_position (
    singleton boolean primary key default true,
    last      bigint  not null,
    constraint event_position_single check (singleton)
);
insert into event_position (singleton, last) values (true, 0);

-- How far each relay (a Kafka topic, say) has published. An instance relaying holds the row
-- locked for the pass, so two instances never publish the same events in the normal course; if
-- it dies the lock goes with its connection and another carries on from the committed cursor.
create table event_relay (
    name       text        primary key,
    position   bigint      not null,
    updated_at timestamptz not null,
    constraint event_relay_name_length check (char_length(name) between 1 and 200),
    constraint event_relay_position_not_negative check (position >= 0)
);

-- ---------------------------------------------------------------- the triggers

-- Statement triggers with transition tables: one insert into the outbox per statement, however
-- many rows it wrote. The owning unit is the complaint's, which every writer updates before it
-- appends (the complaint row is written first in each step's transaction).
create function event_outbox_from_timeline() returns trigger
    language plpgsql as
$$
begin
    insert into event_outbox (tenant, complaint_id, sequence, source, type, org_unit)
    select split_part(c.org_unit, '/', 1), n.complaint_id, n.sequence, 'TIMELINE', n.type, c.org_unit
    from new_rows n
    join complaint c on c.id = n.complaint_id;
    return null;
end;
$$;

create trigger complaint_event_to_outbox
    after insert on complaint_event
    referencing new table as new_rows
    for each statement execute function event_outbox_from_timeline();

create function event_outbox_from_alert() returns trigger
    language plpgsql as
$$
begin
    insert into event_outbox (tenant, complaint_id, sequence, source, type, org_unit, alert_clock, alert_round)
    select split_part(c.org_unit, '/', 1), n.complaint_id, c.version, 'ALERT', n.kind, c.org_unit, n.clock, n.round
    from new_rows n
    join complaint c on c.id = n.complaint_id;
    return null;
end;
$$;

create trigger clock_alert_to_outbox
    after insert on clock_alert
    referencing new table as new_rows
    for each statement execute function event_outbox_from_alert();

create function event_outbox_from_notice() returns trigger
    language plpgsql as
$$
begin
    insert into event_outbox (tenant, complaint_id, sequence, source, type, org_unit, notice_id)
    select n.tenant, n.complaint_id, c.version, 'NOTICE', n.kind, c.org_unit, n.id
    from new_rows n
    join complaint c on c.id = n.complaint_id;
    return null;
end;
$$;

create trigger complaint_notice_to_outbox
    after insert on complaint_notice
    referencing new table as new_rows
    for each statement execute function event_outbox_from_notice();
