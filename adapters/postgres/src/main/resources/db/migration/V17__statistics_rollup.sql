-- Year-long indicators in under a second (issue 14). Measured at a million complaints, every
-- indicator read each fact row of its period (about 300 ns a row on our machines) and sorted up to
-- 800,000 values for each percentile. Whole months of the indicators of a scope, whole or by
-- department, are now answered from a monthly rollup: per month, unit, department and reach, the
-- number of complaints with each combination of the values the indicators count and the durations
-- their percentiles are taken over. A year is a few tens of thousands of rollup rows.
--
-- The rollup is kept in the writing transaction without making writers wait on each other: the
-- triggers only append signed changes to statistics_rollup_change (no key, no row anyone updates),
-- and statistics_rollup_compact() later folds them into statistics_rollup. A question adds both.
-- statistics_rollup_correct() appends what brings the two to the facts as they stand, in one
-- statement (one snapshot): it builds the rollup here and after a change of time zone.
--
-- Durations are counted as the indicators define them (statistics_service.proto, DurationSummary):
-- hours rounded to the nearest tenth (halves up), and the working days of the calendar. Working
-- days are now stored on the fact, and counted again when the calendar changes (the trigger on
-- calendar_day below), which in turn corrects the rollup through the fact's own trigger. Facts are
-- never deleted (no code does; TRUNCATE fires no trigger): a deleted fact would stay counted until
-- statistics_rollup_correct() runs.

alter table complaint_fact
    add column reply_working_days integer,
    add column close_working_days integer;

-- The working days after the day first, up to and including last: the weekdays of that stretch
-- (counted from Monday 1900-01-01), less the holidays that fall on weekdays, plus the make-up
-- working days (always at weekends, V3).
create function working_days_after(first date, last date) returns integer
    language sql stable
as $$
    select 5 * ((last - date '1900-01-01' + 1) / 7) + least((last - date '1900-01-01' + 1) % 7, 5)
           - 5 * ((first - date '1900-01-01' + 1) / 7) - least((first - date '1900-01-01' + 1) % 7, 5)
           + (select count(*) filter (where c.kind = 'MAKE_UP_WORKING_DAY')
                     - count(*) filter (where c.kind = 'HOLIDAY' and extract(isodow from c.day) < 6)
              from calendar_day c
              where c.day > first and c.day <= last)::integer
$$;

update complaint_fact
set reply_working_days = working_days_after(received_day, replied_day),
    close_working_days = working_days_after(received_day, closed_day)
where replied_day is not null or closed_day is not null;

create function complaint_fact_working_days() returns trigger
    language plpgsql
as $$
begin
    new.reply_working_days := case when new.replied_day is not null
                                   then working_days_after(new.received_day, new.replied_day) end;
    new.close_working_days := case when new.closed_day is not null
                                   then working_days_after(new.received_day, new.closed_day) end;
    return new;
end
$$;

create trigger complaint_fact_working_days
    before insert or update on complaint_fact
    for each row execute function complaint_fact_working_days();

-- A calendar correction counts the working days of the complaints it reaches again.
create function calendar_day_recount() returns trigger
    language plpgsql
as $$
declare
    first_day date;
    last_day  date;
begin
    -- An update may move a day: the complaints across its old date are counted again too.
    if tg_op = 'DELETE' then
        select min(day), max(day) into first_day, last_day from old_rows;
    elsif tg_op = 'INSERT' then
        select min(day), max(day) into first_day, last_day from new_rows;
    else
        select min(day), max(day) into first_day, last_day
        from (select day from old_rows union all select day from new_rows) as d;
    end if;
    if first_day is null then
        return null;
    end if;
    update complaint_fact
    set reply_working_days = working_days_after(received_day, replied_day),
        close_working_days = working_days_after(received_day, closed_day)
    where received_day < last_day
      and ((replied_day >= first_day
            and reply_working_days is distinct from working_days_after(received_day, replied_day))
           or (closed_day >= first_day
               and close_working_days is distinct from working_days_after(received_day, closed_day)));
    return null;
end
$$;

create trigger calendar_day_recount_on_insert
    after insert on calendar_day referencing new table as new_rows
    for each statement execute function calendar_day_recount();
create trigger calendar_day_recount_on_update
    after update on calendar_day referencing old table as old_rows new table as new_rows
    for each statement execute function calendar_day_recount();
create trigger calendar_day_recount_on_delete
    after delete on calendar_day referencing old table as old_rows
    for each statement execute function calendar_day_recount();

-- One row per combination; the columns a figure does not use are null. figure: RECEIVED (by the
-- month of receipt; repeat), REPLIED (reply; hours, working days, reopened, reviewed), CLOSED (close
-- of an accepted complaint not withdrawn; hours, working days, resolved), CALLBACK (callback
-- recorded; satisfaction, null when the complainant was not reached), CLOCK (a clock round by the
-- month of its due; clock, outcome).
create table statistics_rollup (
    tenant          text    not null,
    month           date    not null,
    figure          text    not null,
    org_unit        text    not null,
    lead_department text,
    reach           text[]  not null,
    hours_tenths    integer,
    working_days    integer,
    repeat          boolean,
    reopened        boolean,
    reviewed        boolean,
    resolved        boolean,
    satisfaction    text,
    clock           text,
    outcome         text,
    complaints      bigint  not null,
    constraint statistics_rollup_key unique nulls not distinct (tenant, month, figure, org_unit, lead_department,
        reach, hours_tenths, working_days, repeat, reopened, reviewed, resolved, satisfaction, clock, outcome),
    constraint statistics_rollup_figure_known
        check (figure in ('RECEIVED', 'REPLIED', 'CLOSED', 'CALLBACK', 'CLOCK'))
);

-- Appended by the triggers, folded by statistics_rollup_compact(); complaints is signed.
create table statistics_rollup_change (like statistics_rollup including defaults);

create index statistics_rollup_emptied_idx on statistics_rollup (tenant) where complaints = 0;

-- Clock rounds carry their complaint's units, so that a scope's or a department's rounds are read
-- without joining them to the facts: measured at a million complaints, the join of a month of
-- rounds to their complaints' departments took about a second. A row trigger copies the units from
-- the fact under a share lock, so that a re-dispatch in flight ends first; one that comes after
-- copies its units onto the rounds (statistics_rollup_on_fact below).
alter table complaint_clock_fact
    add column org_unit        text,
    add column lead_department text,
    add column reach           text[];

update complaint_clock_fact c
set org_unit = f.org_unit, lead_department = f.lead_department, reach = f.reach
from complaint_fact f
where f.tenant = c.tenant and f.complaint_id = c.complaint_id;

alter table complaint_clock_fact
    alter column org_unit set not null,
    alter column reach set not null;

create function complaint_clock_fact_units() returns trigger
    language plpgsql
as $$
begin
    select f.org_unit, f.lead_department, f.reach
    into new.org_unit, new.lead_department, new.reach
    from complaint_fact f
    where f.tenant = new.tenant and f.complaint_id = new.complaint_id
    for share;
    return new;
end
$$;

create trigger complaint_clock_fact_units
    before insert or update on complaint_clock_fact
    for each row execute function complaint_clock_fact_units();

-- The month (its first day) of a local day.
create function statistics_month(day date) returns date
    language sql immutable
as $$
    select day - (extract(day from day)::integer - 1)
$$;

-- What one fact row counts for, figure by figure, and the local day each counts on (the columns of
-- statistics_rollup after reach). The fact's columns are passed one by one: PostgreSQL 18 could not
-- plan the function inlined with a whole row in a grouped query ("variable not found in subplan
-- target list").
create function statistics_fact_figures(received_day date, replied_day date, closed_day date,
                                        callback_recorded_at timestamptz, reply_hours double precision,
                                        close_hours double precision, reply_working_days integer,
                                        close_working_days integer, repeat boolean, reopenings integer,
                                        review_requested boolean, accepted boolean, withdrawn boolean,
                                        resolution_standing boolean, callback_satisfaction text, zone text)
    returns table (day date, figure text, hours_tenths integer, working_days integer, repeat boolean,
                   reopened boolean, reviewed boolean, resolved boolean, satisfaction text)
    language sql stable
as $$
    select received_day, 'RECEIVED', null::integer, null::integer, repeat, null::boolean, null::boolean,
           null::boolean, null::text
    union all
    select replied_day, 'REPLIED', floor(reply_hours * 10 + 0.5)::integer, reply_working_days, null, reopenings > 0,
           review_requested, null, null
    where replied_day is not null
    union all
    select closed_day, 'CLOSED', floor(close_hours * 10 + 0.5)::integer, close_working_days, null, null, null,
           resolution_standing and not coalesce(callback_satisfaction = 'UNSATISFIED', false), null
    where closed_day is not null and accepted and not withdrawn
    union all
    select (callback_recorded_at at time zone zone)::date, 'CALLBACK', null, null, null, null, null, null,
           callback_satisfaction
    where callback_recorded_at is not null
$$;

create function statistics_rollup_on_fact() returns trigger
    language plpgsql
as $$
declare
    zone text := (select time_zone from statistics_setting);
begin
    if tg_op = 'INSERT' then
        insert into statistics_rollup_change
        select f.tenant, statistics_month(g.day), g.figure, f.org_unit, f.lead_department, f.reach, g.hours_tenths,
               g.working_days, g.repeat, g.reopened, g.reviewed, g.resolved, g.satisfaction, null, null, count(*)
        from new_rows f
        cross join lateral statistics_fact_figures(f.received_day, f.replied_day, f.closed_day,
                  f.callback_recorded_at, f.reply_hours, f.close_hours, f.reply_working_days, f.close_working_days,
                  f.repeat, f.reopenings, f.review_requested, f.accepted, f.withdrawn, f.resolution_standing,
                  f.callback_satisfaction, zone) g
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13;
        return null;
    end if;
    -- Most updates change nothing the rollup counts: what the old and new rows count cancels out.
    insert into statistics_rollup_change
    select tenant, month, figure, org_unit, lead_department, reach, hours_tenths, working_days, repeat, reopened,
           reviewed, resolved, satisfaction, clock, outcome, sum(sign)
    from (select 1 as sign, f.tenant, f.org_unit, f.lead_department, f.reach, statistics_month(g.day) as month,
                 g.figure, g.hours_tenths, g.working_days, g.repeat, g.reopened, g.reviewed, g.resolved,
                 g.satisfaction, null as clock, null as outcome
          from new_rows f
          cross join lateral statistics_fact_figures(f.received_day, f.replied_day, f.closed_day,
                  f.callback_recorded_at, f.reply_hours, f.close_hours, f.reply_working_days, f.close_working_days,
                  f.repeat, f.reopenings, f.review_requested, f.accepted, f.withdrawn, f.resolution_standing,
                  f.callback_satisfaction, zone) g
          union all
          select -1, f.tenant, f.org_unit, f.lead_department, f.reach, statistics_month(g.day), g.figure,
                 g.hours_tenths, g.working_days, g.repeat, g.reopened, g.reviewed, g.resolved, g.satisfaction,
                 null, null
          from old_rows f
          cross join lateral statistics_fact_figures(f.received_day, f.replied_day, f.closed_day,
                  f.callback_recorded_at, f.reply_hours, f.close_hours, f.reply_working_days, f.close_working_days,
                  f.repeat, f.reopenings, f.review_requested, f.accepted, f.withdrawn, f.resolution_standing,
                  f.callback_satisfaction, zone) g
         ) as d
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    having sum(sign) <> 0;
    -- A complaint moving to other units takes its clock rounds along; their trigger counts the move.
    update complaint_clock_fact c
    set org_unit = n.org_unit, lead_department = n.lead_department, reach = n.reach
    from new_rows n
    join old_rows o on o.tenant = n.tenant and o.complaint_id = n.complaint_id
    where c.tenant = n.tenant and c.complaint_id = n.complaint_id
      and (o.org_unit, o.lead_department, o.reach) is distinct from (n.org_unit, n.lead_department, n.reach);
    return null;
end
$$;

create trigger statistics_rollup_on_fact_insert
    after insert on complaint_fact referencing new table as new_rows
    for each statement execute function statistics_rollup_on_fact();
create trigger statistics_rollup_on_fact_update
    after update on complaint_fact referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_rollup_on_fact();

create function statistics_rollup_on_clock() returns trigger
    language plpgsql
as $$
declare
    zone text := (select time_zone from statistics_setting);
begin
    if tg_op <> 'DELETE' then
        insert into statistics_rollup_change
        select c.tenant, statistics_month((c.due at time zone zone)::date), 'CLOCK', c.org_unit, c.lead_department,
               c.reach, null, null, null, null, null, null, null, c.clock, c.outcome, count(*)
        from new_rows c
        group by 1, 2, 3, 4, 5, 6, 14, 15;
    end if;
    if tg_op <> 'INSERT' then
        insert into statistics_rollup_change
        select c.tenant, statistics_month((c.due at time zone zone)::date), 'CLOCK', c.org_unit, c.lead_department,
               c.reach, null, null, null, null, null, null, null, c.clock, c.outcome, -count(*)
        from old_rows c
        group by 1, 2, 3, 4, 5, 6, 14, 15;
    end if;
    return null;
end
$$;

create trigger statistics_rollup_on_clock_insert
    after insert on complaint_clock_fact referencing new table as new_rows
    for each statement execute function statistics_rollup_on_clock();
create trigger statistics_rollup_on_clock_update
    after update on complaint_clock_fact referencing old table as old_rows new table as new_rows
    for each statement execute function statistics_rollup_on_clock();
create trigger statistics_rollup_on_clock_delete
    after delete on complaint_clock_fact referencing old table as old_rows
    for each statement execute function statistics_rollup_on_clock();

-- Folds the appended changes into the rollup. The rows it takes are deleted in the same statement,
-- so that two instances folding at once never count a change twice.
create function statistics_rollup_compact() returns bigint
    language plpgsql
as $$
declare
    folded bigint;
begin
    with moved as (
        delete from statistics_rollup_change returning *
    ), summed as (
        insert into statistics_rollup as r
        select tenant, month, figure, org_unit, lead_department, reach, hours_tenths, working_days, repeat, reopened,
               reviewed, resolved, satisfaction, clock, outcome, sum(complaints)
        from moved
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        -- In the key's order, so that two folds lock the rows they share in the same order.
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        on conflict on constraint statistics_rollup_key do update set complaints = r.complaints + excluded.complaints
        returning 1
    )
    select count(*) into folded from summed;
    delete from statistics_rollup where complaints = 0;
    return folded;
end
$$;

-- Appends what brings the rollup to the facts as they stand now: in one statement, so that changes
-- committed meanwhile are neither lost nor counted twice, whatever folds run beside it.
create function statistics_rollup_correct() returns void
    language sql
as $$
    insert into statistics_rollup_change
    select tenant, month, figure, org_unit, lead_department, reach, hours_tenths, working_days, repeat, reopened,
           reviewed, resolved, satisfaction, clock, outcome, sum(complaints)
    from (select f.tenant, statistics_month(g.day) as month, g.figure, f.org_unit, f.lead_department, f.reach,
                 g.hours_tenths, g.working_days, g.repeat, g.reopened, g.reviewed, g.resolved, g.satisfaction,
                 null::text as clock, null::text as outcome, 1::bigint as complaints
          from complaint_fact f
          cross join lateral statistics_fact_figures(f.received_day, f.replied_day, f.closed_day,
                  f.callback_recorded_at, f.reply_hours, f.close_hours, f.reply_working_days, f.close_working_days,
                  f.repeat, f.reopenings, f.review_requested, f.accepted, f.withdrawn, f.resolution_standing,
                  f.callback_satisfaction, (select time_zone from statistics_setting)) g
          union all
          select c.tenant, statistics_month((c.due at time zone (select time_zone from statistics_setting))::date),
                 'CLOCK', c.org_unit, c.lead_department, c.reach, null, null, null, null, null, null, null,
                 c.clock, c.outcome, 1
          from complaint_clock_fact c
          union all
          select tenant, month, figure, org_unit, lead_department, reach, hours_tenths, working_days, repeat,
                 reopened, reviewed, resolved, satisfaction, clock, outcome, -complaints
          from statistics_rollup
          union all
          select tenant, month, figure, org_unit, lead_department, reach, hours_tenths, working_days, repeat,
                 reopened, reviewed, resolved, satisfaction, clock, outcome, -complaints
          from statistics_rollup_change) as d
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    having sum(complaints) <> 0
$$;

-- A change of time zone moves days and months: the facts' own trigger corrects what they count,
-- and the correction the clock rounds' months.
create or replace function complaint_fact_recount_days(zone text) returns void
    language sql
as $$
    update statistics_setting set time_zone = zone;
    update complaint_fact
    set received_day = (received_at at time zone zone)::date,
        replied_day = (replied_at at time zone zone)::date,
        closed_day = (closed_at at time zone zone)::date,
        reply_hours = date_part('epoch', replied_at - received_at) / 3600,
        close_hours = date_part('epoch', closed_at - received_at) / 3600;
    select statistics_rollup_correct();
$$;

select statistics_rollup_correct();
select statistics_rollup_compact();
