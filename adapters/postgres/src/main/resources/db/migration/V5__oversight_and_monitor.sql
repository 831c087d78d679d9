-- Extensions, supervision and the clock monitor. Runs on PostgreSQL 15 and newer.
--
-- The conventions of V1 to V4 hold: enumerations by constant name, lengths in characters, the
-- domain checks first and these constraints are the last line of defence, a group of columns per
-- step, written whole. None of the new steps changes a complaint's state.


-- ---------------------------------------------------------------- the timeline

alter table complaint_event drop constraint complaint_event_type_known;
alter table complaint_event add constraint complaint_event_type_known
    check (type in ('REGISTERED', 'ACCEPTED', 'DECLINED', 'RECLASSIFIED', 'SEVERITY_CHANGED', 'DISPATCHED',
                    'DISPATCH_RETURNED', 'REDISPATCHED', 'CONTACT_RECORDED', 'INVESTIGATION_RECORDED',
                    'FINDING_RECORDED', 'RESOLUTION_PROPOSED', 'RESOLUTION_APPROVED', 'RESOLUTION_SENT_BACK',
                    'REPLIED', 'CALLBACK_RECORDED', 'REVIEW_REQUESTED', 'REVIEW_CONCLUDED', 'WITHDRAWN', 'CLOSED',
                    'ARCHIVED', 'WAITING_ON_COMPLAINANT', 'WAITING_ENDED', 'URGED', 'EXTENSION_REQUESTED',
                    'EXTENSION_APPROVED', 'EXTENSION_REJECTED', 'SUPERVISED', 'CLOCKS_RETIMED'));


-- ---------------------------------------------------------------- handling on the complaint row

alter table complaint
    -- The extension asked for and not yet decided (延期, 002 3.4). The decision empties the group;
    -- every request and decision is on the timeline, where the clocks read approved extensions.
    add column extension_clock          text,
    add column extension_new_due        timestamptz,
    add column extension_reason         text,
    add column extension_opinion        text,
    add column extension_told_at        timestamptz,
    add column extension_requested_by   text,
    add column extension_requested_at   timestamptz,

    -- The supervision (督办) the complaint is under: the level, why, the clock that breached.
    add column supervision_level        text,
    add column supervision_cause        text,
    add column supervision_clock        text,
    add column supervised_at            timestamptz;

alter table complaint
    add constraint complaint_pending_extension_whole
        check (num_nonnulls(extension_clock, extension_new_due, extension_reason, extension_opinion,
                            extension_told_at, extension_requested_by, extension_requested_at) in (0, 7)),
    add constraint complaint_extension_clock_length check (char_length(extension_clock) between 1 and 64),
    add constraint complaint_extension_reason_length check (char_length(extension_reason) between 1 and 500),
    add constraint complaint_extension_opinion_length check (char_length(extension_opinion) between 1 and 4000),
    add constraint complaint_extension_requested_by_length
        check (char_length(extension_requested_by) between 1 and 128),
    add constraint complaint_supervision_whole
        check (num_nonnulls(supervision_level, supervision_cause, supervised_at) in (0, 3)
               and (supervision_clock is null or supervision_level is not null)),
    add constraint complaint_supervision_level_known check (supervision_level in ('SUPERVISOR', 'DIRECTOR')),
    add constraint complaint_supervision_cause_known
        check (supervision_cause in ('CLOCK_BREACHED', 'REPEATED_URGES', 'BY_HAND')),
    add constraint complaint_supervision_clock_length check (char_length(supervision_clock) between 1 and 64);


-- ---------------------------------------------------------------- the monitor's record of each complaint

-- One narrow row per complaint, apart from the wide complaint row so that the monitor's frequent
-- writes rewrite little. A step sets next_attention_at to its own time (or leaves an earlier one):
-- the monitor then times the complaint's clocks anew. The monitor sets it to the next moment a
-- clock warns, runs out or resumes; null when none will until the next step.
create table complaint_watch (
    complaint_id       uuid        primary key references complaint (id),
    next_attention_at  timestamptz,
    -- What the monitor last computed: the earliest due of a clock waiting for its step, how the
    -- complaint stands (null: no clock runs), and at which version with which running dues.
    earliest_due       timestamptz,
    clock_status       text,
    recorded_version   bigint,
    running_dues       jsonb       not null default '{}'::jsonb,
    constraint complaint_watch_status_known check (clock_status in ('ON_TIME', 'WARNING', 'BREACHED')),
    constraint complaint_watch_version_positive check (recorded_version > 0)
);

-- The monitor's queue: only complaints that will need it are in the index, earliest first.
create index complaint_watch_attention on complaint_watch (next_attention_at)
    where next_attention_at is not null;
-- The "due before" and "warning" / "breached" lists.
create index complaint_watch_earliest_due on complaint_watch (earliest_due) where earliest_due is not null;
create index complaint_watch_status on complaint_watch (clock_status) where clock_status in ('WARNING', 'BREACHED');

-- Existing complaints: the open ones are timed at the monitor's first pass.
insert into complaint_watch (complaint_id, next_attention_at)
select id, case when state in ('DECLINED', 'WITHDRAWN', 'CLOSED', 'ARCHIVED') then null else now() end
from complaint;


-- ---------------------------------------------------------------- warnings and breaches

-- Each warning or breach of one round of one clock, once: the key makes a second record of the
-- same impossible, whichever monitor instance tries. notify_at may lie after raised_at when the
-- policy holds notifications outside office hours; notified_at is set once they went out.
create table clock_alert (
    complaint_id   uuid        not null references complaint (id),
    clock          text        not null,
    round          integer     not null,
    kind           text        not null,
    ticket_number  text        not null,
    org_unit       text        not null,
    due            timestamptz not null,
    raised_at      timestamptz not null,
    notify_at      timestamptz not null,
    notified_at    timestamptz,
    primary key (complaint_id, clock, round, kind),
    constraint clock_alert_kind_known check (kind in ('WARNING', 'BREACH')),
    constraint clock_alert_round_positive check (round > 0),
    constraint clock_alert_clock_length check (char_length(clock) between 1 and 64),
    constraint clock_alert_notified_after_notify check (notified_at is null or notified_at >= raised_at)
);

create index clock_alert_to_notify on clock_alert (notify_at) where notified_at is null;
