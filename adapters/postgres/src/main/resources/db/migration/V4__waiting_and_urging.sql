-- Stop-the-clock and urging: the handling waits on the complainant (materials asked for, a site
-- visit refused, the complainant not reached) with the reason, and the leads of the complaint
-- office urge complaints on (催办). Runs on PostgreSQL 15 and newer.
--
-- The conventions of V1 and V2 hold: enumerations by constant name, lengths in characters, the
-- domain checks first and these constraints are the last line of defence, a group of columns per
-- step, written whole. Neither step changes a complaint's state, so the states stay as V2 left
-- them; the timeline gains three event types.


-- ---------------------------------------------------------------- the timeline

alter table complaint_event drop constraint complaint_event_type_known;
alter table complaint_event add constraint complaint_event_type_known
    check (type in ('REGISTERED', 'ACCEPTED', 'DECLINED', 'RECLASSIFIED', 'SEVERITY_CHANGED', 'DISPATCHED',
                    'DISPATCH_RETURNED', 'REDISPATCHED', 'CONTACT_RECORDED', 'INVESTIGATION_RECORDED',
                    'FINDING_RECORDED', 'RESOLUTION_PROPOSED', 'RESOLUTION_APPROVED', 'RESOLUTION_SENT_BACK',
                    'REPLIED', 'CALLBACK_RECORDED', 'REVIEW_REQUESTED', 'REVIEW_CONCLUDED', 'WITHDRAWN', 'CLOSED',
                    'ARCHIVED', 'WAITING_ON_COMPLAINANT', 'WAITING_ENDED', 'URGED'));


-- ---------------------------------------------------------------- handling on the complaint row

-- Nullable columns and one with a constant default: no row is rewritten (see V2).
alter table complaint
    -- The wait on the complainant in progress: why, what was said, who recorded it and since when.
    -- A resumption empties the group. Every wait, ended or not, is on the timeline
    -- (WAITING_ON_COMPLAINANT to WAITING_ENDED), which is where the clocks read their pauses.
    add column waiting_reason       text,
    add column waiting_note         text,
    add column waiting_recorded_by  text,
    add column waiting_since        timestamptz,

    -- How often the complaint was urged, and the latest urge; every urge is on the timeline.
    add column urge_count           integer not null default 0,
    add column latest_urge_note     text,
    add column latest_urged_by      text,
    add column latest_urged_at      timestamptz;

alter table complaint
    add constraint complaint_complainant_wait_whole
        check (num_nonnulls(waiting_reason, waiting_note, waiting_recorded_by, waiting_since) in (0, 4)),
    add constraint complaint_waiting_reason_known
        check (waiting_reason in ('MATERIALS_REQUESTED', 'SITE_VISIT_REFUSED', 'COMPLAINANT_UNREACHABLE')),
    add constraint complaint_waiting_note_length check (char_length(waiting_note) between 1 and 4000),
    add constraint complaint_waiting_recorded_by_length check (char_length(waiting_recorded_by) between 1 and 128),
    -- A complaint waits only once accepted (WAIT_BEFORE_ACCEPTANCE), and an ended one waits on no
    -- one: the withdrawal or closing that ends it ends its wait too.
    add constraint complaint_waits_only_while_accepted_and_open
        check (waiting_since is null
               or state not in ('REGISTERED', 'DECLINED', 'WITHDRAWN', 'CLOSED', 'ARCHIVED')),

    add constraint complaint_urge_count_not_negative check (urge_count >= 0),
    -- The latest urge is recorded exactly when the complaint was urged at least once.
    add constraint complaint_latest_urge_whole
        check (num_nonnulls(latest_urge_note, latest_urged_by, latest_urged_at) in (0, 3)
               and (urge_count = 0) = (latest_urged_at is null)),
    add constraint complaint_latest_urge_note_length check (char_length(latest_urge_note) between 1 and 4000),
    add constraint complaint_latest_urged_by_length check (char_length(latest_urged_by) between 1 and 128);
