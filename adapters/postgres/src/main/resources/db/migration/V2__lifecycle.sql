-- The life of a complaint after registration (domain.md "Life of a complaint", 000 二(一)-(五)):
-- the thirteen states, the current handling of each step on the complaint row, and the timeline
-- of every step in complaint_event. Runs on PostgreSQL 15 and newer.
--
-- The conventions of V1 hold: enumerations by constant name, lengths in characters, the domain
-- checks first and these constraints are the last line of defence. Each handling step owns a
-- group of columns, NULL until the step is taken; a group is written whole, so a CHECK per group
-- refuses a half-written one (num_nonnulls counts the columns that are set).


-- ---------------------------------------------------------------- states

alter table complaint drop constraint complaint_state_known;
alter table complaint add constraint complaint_state_known
    check (state in ('REGISTERED', 'DECLINED', 'ACCEPTED', 'DISPATCHED', 'INVESTIGATING', 'RESOLUTION_PROPOSED',
                     'RESOLVED', 'REPLIED', 'CALLED_BACK', 'UNDER_REVIEW', 'WITHDRAWN', 'CLOSED', 'ARCHIVED'));


-- ---------------------------------------------------------------- handling on the complaint row

-- Adding nullable columns, or columns with a constant default, rewrites no rows: the migration
-- takes its lock on the register only for a moment, however large the register is.
alter table complaint
    -- Acceptance (000 二(一)3): what the complainant was told happens next, and by whom.
    add column acceptance_next_steps    text,
    add column accepted_by              text,
    add column accepted_at              timestamptz,

    -- Decline (000 二(一)3, 004 三.3): why not accepted, and where the complainant may turn instead.
    add column decline_reason           text,
    add column decline_guidance         text,
    add column declined_by              text,
    add column declined_at              timestamptz,

    -- The current dispatch (000 二(二)1). A returned dispatch empties the group; a redispatch
    -- overwrites it. Co-handling departments are an empty array when there are none.
    add column lead_department          text,
    add column co_handling_departments  text[],
    add column dispatch_handler         text,
    add column dispatched_by            text,
    add column dispatched_at            timestamptz,

    -- The latest contact with the complainant (003 三.2(2)); every contact is on the timeline.
    add column contacted_at             timestamptz,
    add column contact_method           text,
    add column contact_summary          text,
    add column contact_promise          text,
    add column contact_recorded_by      text,

    -- How many investigation records were added (000 二(二)); the records are on the timeline.
    add column investigation_records    integer not null default 0,

    -- The responsibility finding (000 二(二)3).
    add column responsibility           text,
    add column finding_grounds          text,
    add column found_by                 text,
    add column found_at                 timestamptz,

    -- The resolution (000 二(三), 001 (四)) with any remedy, and the approver's decision.
    add column resolution_measures      text,
    add column remedy_kind              text,
    -- Money in fen (0.01 CNY): exact, never floating point.
    add column remedy_amount_fen        bigint,
    add column resolution_proposed_by   text,
    add column resolution_proposed_at   timestamptz,
    add column resolution_approval      text,
    add column resolution_decided_by    text,
    add column resolution_decided_at    timestamptz,
    add column resolution_decision_note text,

    -- The reply to the complainant (000 二(三)3, 002 ch.5).
    add column reply_channel            text,
    add column reply_content            text,
    add column replied_by               text,
    add column replied_at               timestamptz,

    -- The latest callback on the current reply (000 二(四)1). No satisfaction: not reached.
    add column callback_method          text,
    add column callback_satisfaction    text,
    add column callback_attempts        integer,
    add column callback_comment         text,
    add column callback_recorded_by     text,
    add column callback_recorded_at     timestamptz,

    -- The review (复查, 000 二(四)2): asked for, then concluded.
    add column review_grounds           text,
    add column review_requested_by      text,
    add column review_requested_at      timestamptz,
    add column review_outcome           text,
    add column review_conclusion        text,
    add column review_concluded_by      text,
    add column review_concluded_at      timestamptz,

    -- The withdrawal (撤诉).
    add column withdrawal_reason        text,
    add column withdrawal_recorded_by   text,
    add column withdrawn_at             timestamptz,

    -- How often an unsatisfied callback or a changed review reopened the investigation.
    add column reopenings               integer not null default 0,
    add column closed_at                timestamptz,
    add column archived_at              timestamptz;

alter table complaint
    -- Statements (next steps, guidance, summaries, grounds, measures, replies, comments) are at most
    -- 4000 characters, user ids 128, organisation unit codes 64, as in the domain.
    add constraint complaint_acceptance_whole
        check (num_nonnulls(acceptance_next_steps, accepted_by, accepted_at) in (0, 3)),
    add constraint complaint_acceptance_next_steps_length check (char_length(acceptance_next_steps) between 1 and 4000),
    add constraint complaint_accepted_by_length check (char_length(accepted_by) between 1 and 128),

    add constraint complaint_decline_whole
        check (num_nonnulls(decline_reason, decline_guidance, declined_by, declined_at) in (0, 4)),
    add constraint complaint_decline_reason_known
        check (decline_reason in ('OTHER_BODYS_DUTY', 'BEFORE_COURT_OR_ARBITRATION', 'NO_CONCRETE_CONTENT', 'DUPLICATE')),
    add constraint complaint_decline_guidance_length check (char_length(decline_guidance) between 1 and 4000),
    add constraint complaint_declined_by_length check (char_length(declined_by) between 1 and 128),

    add constraint complaint_dispatch_whole
        check (num_nonnulls(lead_department, co_handling_departments, dispatch_handler, dispatched_by, dispatched_at)
               in (0, 5)),
    add constraint complaint_lead_department_length check (char_length(lead_department) between 1 and 64),
    -- Assignment.MAX_CO_HANDLING; the lead department leads, it does not also co-handle. Element
    -- lengths and duplicates are left to the domain: a CHECK cannot look inside an array cheaply.
    add constraint complaint_co_handling_departments_valid
        check (cardinality(co_handling_departments) <= 10
               and array_position(co_handling_departments, null) is null
               and not lead_department = any (co_handling_departments)),
    add constraint complaint_dispatch_handler_length check (char_length(dispatch_handler) between 1 and 128),
    add constraint complaint_dispatched_by_length check (char_length(dispatched_by) between 1 and 128),

    add constraint complaint_contact_whole
        check (num_nonnulls(contacted_at, contact_method, contact_summary, contact_recorded_by) in (0, 4)
               and (contact_promise is null or contacted_at is not null)),
    add constraint complaint_contact_method_known
        check (contact_method in ('PHONE', 'SMS', 'LETTER', 'EMAIL', 'WECHAT', 'ONLINE', 'IN_PERSON')),
    add constraint complaint_contact_summary_length check (char_length(contact_summary) between 1 and 4000),
    add constraint complaint_contact_promise_length check (char_length(contact_promise) between 1 and 4000),
    add constraint complaint_contact_recorded_by_length check (char_length(contact_recorded_by) between 1 and 128),

    add constraint complaint_investigation_records_not_negative check (investigation_records >= 0),

    add constraint complaint_finding_whole
        check (num_nonnulls(responsibility, finding_grounds, found_by, found_at) in (0, 4)),
    add constraint complaint_responsibility_known
        check (responsibility in ('COMPANY', 'CUSTOMER', 'THIRD_PARTY', 'FORCE_MAJEURE', 'UNFOUNDED')),
    add constraint complaint_finding_grounds_length check (char_length(finding_grounds) between 1 and 4000),
    add constraint complaint_found_by_length check (char_length(found_by) between 1 and 128),

    add constraint complaint_resolution_whole
        check (num_nonnulls(resolution_measures, resolution_proposed_by, resolution_proposed_at, resolution_approval)
               in (0, 4)),
    -- A remedy is a kind and an amount, and belongs to a resolution.
    add constraint complaint_remedy_whole
        check (num_nonnulls(remedy_kind, remedy_amount_fen) in (0, 2)
               and (remedy_kind is null or resolution_measures is not null)),
    -- An approver decides (approves or sends back) with a name and a time; no one decides on a
    -- resolution that needs no approval or still awaits it, and a decision note needs a decision.
    add constraint complaint_resolution_decision_whole
        check (num_nonnulls(resolution_decided_by, resolution_decided_at) in (0, 2)
               and (resolution_decided_by is not null) = coalesce(resolution_approval in ('APPROVED', 'SENT_BACK'), false)
               and (resolution_decision_note is null or resolution_decided_by is not null)),
    add constraint complaint_resolution_measures_length check (char_length(resolution_measures) between 1 and 4000),
    add constraint complaint_remedy_kind_known check (remedy_kind in ('COMPENSATION', 'FEE_REDUCTION')),
    -- Remedy.MAX_AMOUNT_FEN: 10 million yuan, high enough for any real case, low enough to catch a typo in units.
    add constraint complaint_remedy_amount_fen_range check (remedy_amount_fen between 1 and 1000000000),
    add constraint complaint_resolution_proposed_by_length check (char_length(resolution_proposed_by) between 1 and 128),
    add constraint complaint_resolution_approval_known
        check (resolution_approval in ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'SENT_BACK')),
    add constraint complaint_resolution_decided_by_length check (char_length(resolution_decided_by) between 1 and 128),
    add constraint complaint_resolution_decision_note_length
        check (char_length(resolution_decision_note) between 1 and 4000),

    add constraint complaint_reply_whole
        check (num_nonnulls(reply_channel, reply_content, replied_by, replied_at) in (0, 4)),
    add constraint complaint_reply_channel_known
        check (reply_channel in ('PHONE', 'SMS', 'LETTER', 'EMAIL', 'WECHAT', 'ONLINE', 'IN_PERSON')),
    add constraint complaint_reply_content_length check (char_length(reply_content) between 1 and 4000),
    add constraint complaint_replied_by_length check (char_length(replied_by) between 1 and 128),

    -- A callback answers a reply.
    add constraint complaint_callback_whole
        check (num_nonnulls(callback_method, callback_attempts, callback_recorded_by, callback_recorded_at) in (0, 4)
               and (callback_satisfaction is null or callback_method is not null)
               and (callback_comment is null or callback_method is not null)
               and (callback_method is null or replied_at is not null)),
    add constraint complaint_callback_method_known
        check (callback_method in ('PHONE', 'SMS', 'QUESTIONNAIRE', 'VISIT')),
    add constraint complaint_callback_satisfaction_known
        check (callback_satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    add constraint complaint_callback_attempts_range check (callback_attempts between 1 and 99),
    add constraint complaint_callback_comment_length check (char_length(callback_comment) between 1 and 4000),
    add constraint complaint_callback_recorded_by_length check (char_length(callback_recorded_by) between 1 and 128),

    -- A review is asked for first and concluded later, all of its conclusion at once.
    add constraint complaint_review_whole
        check (num_nonnulls(review_grounds, review_requested_by, review_requested_at) in (0, 3)
               and num_nonnulls(review_outcome, review_conclusion, review_concluded_by, review_concluded_at) in (0, 4)
               and (review_outcome is null or review_grounds is not null)),
    add constraint complaint_review_grounds_length check (char_length(review_grounds) between 1 and 4000),
    add constraint complaint_review_requested_by_length check (char_length(review_requested_by) between 1 and 128),
    add constraint complaint_review_outcome_known check (review_outcome in ('UPHELD', 'CHANGED')),
    add constraint complaint_review_conclusion_length check (char_length(review_conclusion) between 1 and 4000),
    add constraint complaint_review_concluded_by_length check (char_length(review_concluded_by) between 1 and 128),

    add constraint complaint_withdrawal_whole
        check (num_nonnulls(withdrawal_reason, withdrawal_recorded_by, withdrawn_at) in (0, 3)),
    add constraint complaint_withdrawal_reason_length check (char_length(withdrawal_reason) between 1 and 4000),
    add constraint complaint_withdrawal_recorded_by_length
        check (char_length(withdrawal_recorded_by) between 1 and 128),

    add constraint complaint_reopenings_not_negative check (reopenings >= 0),

    -- States that only a step leads into carry that step's record. The converse does not hold: a
    -- declined or withdrawn complaint that is closed keeps its decline or withdrawal.
    add constraint complaint_declined_has_decline check (state <> 'DECLINED' or declined_at is not null),
    add constraint complaint_dispatched_has_dispatch check (state <> 'DISPATCHED' or dispatched_at is not null),
    add constraint complaint_awaiting_approval_has_pending_resolution
        check (state <> 'RESOLUTION_PROPOSED' or resolution_approval = 'PENDING'),
    add constraint complaint_under_review_has_open_review
        check (state <> 'UNDER_REVIEW' or (review_requested_at is not null and review_outcome is null)),
    add constraint complaint_withdrawn_has_withdrawal check (state <> 'WITHDRAWN' or withdrawn_at is not null),
    add constraint complaint_closed_has_closed_at check (state not in ('CLOSED', 'ARCHIVED') or closed_at is not null),
    add constraint complaint_archived_has_archived_at check (state <> 'ARCHIVED' or archived_at is not null),
    -- An archived complaint was closed first (ARCHIVE_BEFORE_CLOSE).
    add constraint complaint_archived_after_closed check (archived_at is null or closed_at is not null);

-- Work lists of a department and of a handler, in list order, paged by keyset as in V1: equality
-- on the dispatch column, then (received_at desc, id desc). Undispatched complaints have NULL
-- there and sit together at one end of each index, where no work list looks.
create index complaint_list_by_lead_department_idx on complaint (lead_department, received_at desc, id desc);
create index complaint_list_by_dispatch_handler_idx on complaint (dispatch_handler, received_at desc, id desc);


-- ---------------------------------------------------------------- the timeline

-- Every step taken on a complaint, in order (001 principles: every step traceable). The sequence
-- is the complaint version the step produced, so a timeline has no gaps, and the primary key
-- refuses a second entry for a version even if two writers got past the version check.
-- Notes and details are what the acting staff wrote; no complainant column is copied here.
create table complaint_event (
    complaint_id    uuid        not null,
    sequence        bigint      not null,
    type            text        not null,
    -- Who acted, in which role and unit, as they acted then: roles and units change later.
    actor_user_id   text        not null,
    actor_role      text        not null,
    actor_org_unit  text        not null,
    occurred_at     timestamptz not null,
    -- NULL only for the registration, which has no state before it.
    state_before    text,
    state_after     text        not null,
    note            text,
    -- The step's particulars as an object of named text values (keys in snake_case). jsonb keeps
    -- no key order; the API documents the keys per type, so their order carries no meaning.
    details         jsonb       not null,

    -- Also the timeline's read path: one complaint's entries in sequence order, paged by keyset.
    constraint complaint_event_pkey primary key (complaint_id, sequence),
    constraint complaint_event_complaint_fkey foreign key (complaint_id) references complaint (id),
    constraint complaint_event_sequence_positive check (sequence >= 1),
    constraint complaint_event_type_known
        check (type in ('REGISTERED', 'ACCEPTED', 'DECLINED', 'RECLASSIFIED', 'SEVERITY_CHANGED', 'DISPATCHED',
                        'DISPATCH_RETURNED', 'REDISPATCHED', 'CONTACT_RECORDED', 'INVESTIGATION_RECORDED',
                        'FINDING_RECORDED', 'RESOLUTION_PROPOSED', 'RESOLUTION_APPROVED', 'RESOLUTION_SENT_BACK',
                        'REPLIED', 'CALLBACK_RECORDED', 'REVIEW_REQUESTED', 'REVIEW_CONCLUDED', 'WITHDRAWN', 'CLOSED',
                        'ARCHIVED')),
    -- A timeline starts with the registration, and only there.
    constraint complaint_event_registered_first check ((type = 'REGISTERED') = (sequence = 1)),
    constraint complaint_event_actor_user_id_length check (char_length(actor_user_id) between 1 and 128),
    constraint complaint_event_actor_role_known
        check (actor_role in ('AGENT', 'HANDLER', 'SUPERVISOR', 'DIRECTOR', 'AUDITOR', 'SYSTEM')),
    constraint complaint_event_actor_org_unit_length check (char_length(actor_org_unit) between 1 and 64),
    constraint complaint_event_state_before_known
        check (state_before in ('REGISTERED', 'DECLINED', 'ACCEPTED', 'DISPATCHED', 'INVESTIGATING',
                                'RESOLUTION_PROPOSED', 'RESOLVED', 'REPLIED', 'CALLED_BACK', 'UNDER_REVIEW',
                                'WITHDRAWN', 'CLOSED', 'ARCHIVED')),
    constraint complaint_event_state_after_known
        check (state_after in ('REGISTERED', 'DECLINED', 'ACCEPTED', 'DISPATCHED', 'INVESTIGATING',
                               'RESOLUTION_PROPOSED', 'RESOLVED', 'REPLIED', 'CALLED_BACK', 'UNDER_REVIEW',
                               'WITHDRAWN', 'CLOSED', 'ARCHIVED')),
    constraint complaint_event_state_before_only_after_registration
        check ((state_before is null) = (type = 'REGISTERED')),
    -- Notes are statements (4000) or reasons (500).
    constraint complaint_event_note_length check (char_length(note) between 1 and 4000),
    constraint complaint_event_details_object check (jsonb_typeof(details) = 'object')
);

-- The timeline is a record of what was done: an entry, once written, is never changed or removed
-- (a correction is a later entry). The trigger holds for every writer, hand-written SQL included.
-- TRUNCATE, an owner's operation that fires no row trigger, stays possible for test databases.
create function complaint_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'complaint_event is append-only: % of a timeline entry is refused', tg_op
        using errcode = 'restrict_violation',
              hint = 'a timeline entry is never changed or removed; record a new step instead';
end;
$$;

create trigger complaint_event_append_only
    before update or delete on complaint_event
    for each row execute function complaint_event_refuse_change();

-- Complaints registered before this migration get the REGISTERED entry their registration would
-- write now, so that every timeline is complete and starts at sequence 1. Until now a complaint
-- could only be registered, so each is at version 1 and the entry is its only one. The registering
-- agent's own unit was not stored: the complaint's unit, where they registered it, stands in.
insert into complaint_event (complaint_id, sequence, type, actor_user_id, actor_role, actor_org_unit, occurred_at,
                             state_before, state_after, note, details)
select id, 1, 'REGISTERED', registered_by, 'AGENT', org_unit, registered_at,
       null, 'REGISTERED', null,
       -- The details Complaint.register writes, under the same keys.
       jsonb_build_object('ticket_number', ticket_number, 'kind', kind, 'channel', channel,
                          'severity', 'LEVEL_' || severity, 'priority', priority)
from complaint;
