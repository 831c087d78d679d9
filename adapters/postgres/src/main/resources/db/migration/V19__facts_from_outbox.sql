-- The statistics' facts folded from the outbox (issue 15). Measured on the registration's write
-- path, the statement triggers on complaint that kept complaint_fact (V13, V15) and the rollup
-- changes they set off (V17) cost about a third of PostgreSQL's CPU per registration. They now
-- run after the commit, a batch of complaints at a time: every change to a complaint appends to
-- its timeline in the same transaction, so the outbox names every complaint whose fact may have
-- changed. A fold recomputes those complaints' facts from the complaint rows as they stand, which
-- makes a fold of the same complaint twice harmless; the facts' own triggers (working days, the
-- rollup's changes, the clock rounds' units) are unchanged.
--
-- Nothing is counted late: a statistics question first folds every complaint the background fold
-- has not reached (statistics_fold(..., true)), including events committed but not yet given a
-- position, so an answer counts every change acknowledged before it was asked.

drop trigger complaint_fact_on_insert on complaint;
drop trigger complaint_fact_on_update on complaint;
drop function complaint_fact_upsert();

-- The same units as V13's complaint_reach (distinct, in the default collation's order), in about a
-- fifth of the time: it runs for every clock round written and every complaint folded, and V13's
-- set-returning query cost about 35 us a call.
create or replace function complaint_reach(org_unit text, intake_unit text, lead_department text, co_handling text[])
    returns text[]
    language plpgsql immutable
as $$
declare
    reach  text[] := '{}';
    unit   text;
    prefix text;
    part   text;
    i      integer;
begin
    foreach unit in array array[org_unit, coalesce(intake_unit, org_unit), lead_department]
                          || coalesce(co_handling, '{}') loop
        continue when unit is null;
        prefix := null;
        foreach part in array string_to_array(unit, '/') loop
            prefix := case when prefix is null then part else prefix || '/' || part end;
            continue when prefix = any (reach);
            -- Kept sorted as it grows: a handful of units, so a linear insert.
            i := 1;
            while i <= cardinality(reach) and reach[i] < prefix loop
                i := i + 1;
            end loop;
            reach := reach[1:i - 1] || prefix || reach[i:];
        end loop;
    end loop;
    return reach;
end
$$;

-- How far the facts follow the outbox: every event at or below this position is in the facts.
-- Its single row is also the folds' lock, so that folds never run side by side.
create table statistics_fold_position (
    singleton boolean primary key default true,
    last      bigint  not null,
    constraint statistics_fold_position_single check (singleton),
    constraint statistics_fold_position_not_negative check (last >= 0)
);

-- The triggers kept the facts current up to now: what has a position is in them already.
insert into statistics_fold_position (singleton, last) select true, last from event_position;

-- The facts of these complaints, computed from their rows as they stand. The repeat flag is the
-- registration's: decided when the fact is first written, and kept by every later fold.
create function complaint_fact_fold(ids uuid[]) returns integer
    language plpgsql
as $$
declare
    zone    text := (select time_zone from statistics_setting);
    written integer;
begin
    insert into complaint_fact as f (tenant, complaint_id, received_at, org_unit, lead_department, reach,
                                     utility_domain, nature, topic, channel, kind, severity, responsibility, state,
                                     accepted, withdrawn, replied_at, closed_at, callback_recorded_at,
                                     callback_satisfaction, reopenings, review_requested, resolution_standing, repeat,
                                     received_day, replied_day, closed_day, reply_hours, close_hours)
    select split_part(n.org_unit, '/', 1), n.id, n.received_at, n.org_unit, n.lead_department,
           complaint_reach(n.org_unit, n.intake_unit, n.lead_department, n.co_handling_departments),
           n.utility_domain, n.nature, n.topic, n.channel, n.kind, n.severity, n.responsibility, n.state,
           n.accepted_at is not null, n.withdrawn_at is not null, n.replied_at, n.closed_at,
           n.callback_recorded_at, n.callback_satisfaction, n.reopenings, n.review_requested_at is not null,
           coalesce(n.resolution_approval in ('NOT_REQUIRED', 'APPROVED'), false),
           n.complainant_phone_index is not null
               and not exists (select 1 from complaint_fact k
                               where k.tenant = split_part(n.org_unit, '/', 1) and k.complaint_id = n.id)
               and exists (
                   select 1 from complaint e
                   where e.complainant_phone_index = n.complainant_phone_index
                     and e.received_at >= n.received_at - interval '30 days' and e.received_at < n.received_at
                     and e.id <> n.id and split_part(e.org_unit, '/', 1) = split_part(n.org_unit, '/', 1)),
           (n.received_at at time zone zone)::date, (n.replied_at at time zone zone)::date,
           (n.closed_at at time zone zone)::date,
           date_part('epoch', n.replied_at - n.received_at) / 3600,
           date_part('epoch', n.closed_at - n.received_at) / 3600
    from complaint n
    where n.id = any (ids)
    -- In the order of receipt, as the triggers wrote them: a period's facts stay together on disk
    -- (a fold of the complaint ids' order scattered a month's rows, and a month's counts took
    -- 10-15 ms longer). Folds never run side by side (statistics_fold), so no lock order is needed.
    order by n.received_at, n.id
    on conflict (tenant, complaint_id) do update set
        received_at = excluded.received_at, org_unit = excluded.org_unit,
        lead_department = excluded.lead_department, reach = excluded.reach,
        utility_domain = excluded.utility_domain, nature = excluded.nature, topic = excluded.topic,
        channel = excluded.channel, kind = excluded.kind, severity = excluded.severity,
        responsibility = excluded.responsibility, state = excluded.state, accepted = excluded.accepted,
        withdrawn = excluded.withdrawn, replied_at = excluded.replied_at, closed_at = excluded.closed_at,
        callback_recorded_at = excluded.callback_recorded_at,
        callback_satisfaction = excluded.callback_satisfaction, reopenings = excluded.reopenings,
        review_requested = excluded.review_requested, resolution_standing = excluded.resolution_standing,
        received_day = excluded.received_day, replied_day = excluded.replied_day,
        closed_day = excluded.closed_day, reply_hours = excluded.reply_hours, close_hours = excluded.close_hours
    -- An update that changes nothing would still append the rollup's (cancelling) changes.
    where (f.received_at, f.org_unit, f.lead_department, f.reach, f.utility_domain, f.nature, f.topic, f.channel,
           f.kind, f.severity, f.responsibility, f.state, f.accepted, f.withdrawn, f.replied_at, f.closed_at,
           f.callback_recorded_at, f.callback_satisfaction, f.reopenings, f.review_requested,
           f.resolution_standing, f.received_day, f.replied_day, f.closed_day, f.reply_hours, f.close_hours)
          is distinct from
          (excluded.received_at, excluded.org_unit, excluded.lead_department, excluded.reach,
           excluded.utility_domain, excluded.nature, excluded.topic, excluded.channel, excluded.kind,
           excluded.severity, excluded.responsibility, excluded.state, excluded.accepted, excluded.withdrawn,
           excluded.replied_at, excluded.closed_at, excluded.callback_recorded_at, excluded.callback_satisfaction,
           excluded.reopenings, excluded.review_requested, excluded.resolution_standing, excluded.received_day,
           excluded.replied_day, excluded.closed_day, excluded.reply_hours, excluded.close_hours);
    get diagnostics written = row_count;
    -- The clock rounds take their complaint's units when written (below), which may be units a
    -- later change in the same or another transaction took back before this fold: whatever the
    -- fact did, the rounds end with its units.
    update complaint_clock_fact c
    set org_unit = f.org_unit, lead_department = f.lead_department, reach = f.reach
    from complaint_fact f
    where f.complaint_id = any (ids) and c.tenant = f.tenant and c.complaint_id = f.complaint_id
      and (c.org_unit, c.lead_department, c.reach) is distinct from (f.org_unit, f.lead_department, f.reach);
    return written;
end
$$;

-- One fold: the complaints of the next events after the fold position, at most max_events of
-- them, and with pending also every event after them and every event committed but not yet given
-- a position. A question folds with pending and waits for a fold in progress; the background fold
-- skips when another holds the position. Returns the positions it moved past, or -1 when it skipped.
create function statistics_fold(max_events integer, pending boolean) returns integer
    language plpgsql
as $$
declare
    done  bigint;
    upto  bigint;
    ids   uuid[];
begin
    if pending then
        select last into done from statistics_fold_position for update;
    else
        select last into done from statistics_fold_position for update skip locked;
        if not found then
            return -1;
        end if;
    end if;
    select max(position), array_agg(distinct complaint_id) into upto, ids
    from event_outbox
    where position > done and (pending or position <= done + max_events);
    if pending then
        ids := coalesce(ids, '{}') || array(select distinct complaint_id from event_outbox where position is null);
    end if;
    if ids is null or cardinality(ids) = 0 then
        return 0;
    end if;
    perform complaint_fact_fold(ids);
    if upto is null then
        return 0;
    end if;
    update statistics_fold_position set last = upto;
    return upto - done;
end
$$;

-- A clock round's units are its complaint's, read from the complaint row (its fact may not be
-- folded yet), without a lock: every writer of rounds holds its complaint already (a registration
-- or a step wrote it, the monitor locked those it attends), so a re-dispatch waits for it and is
-- folded after it, and the fold moves the rounds (complaint_fact_fold). A lock here made the fold
-- wait for the monitor's complaint while holding a round the monitor was about to write.
create or replace function complaint_clock_fact_units() returns trigger
    language plpgsql
as $$
declare
    intake text;
    co     text[];
begin
    select c.org_unit, c.lead_department, c.intake_unit, c.co_handling_departments
    into new.org_unit, new.lead_department, intake, co
    from complaint c
    where c.id = new.complaint_id;
    new.reach := complaint_reach(new.org_unit, intake, new.lead_department, co);
    return new;
end
$$;
