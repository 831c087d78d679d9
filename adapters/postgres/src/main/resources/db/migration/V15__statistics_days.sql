-- Statistics over a year in under a second (issue 14). Measured at a million complaints, the
-- indicators spent most of their time per row converting instants to days of the business time
-- zone and intervals to hours (numeric arithmetic), not reading rows. The fact row now carries
-- those values, computed once when the complaint is written: its local days (for buckets and
-- working days) and its elapsed hours to reply and to close.
--
-- Days need the business time zone, which is the service's setting (COMPLAINTS_TIME_ZONE): the
-- service writes it here at start (PostgresStatisticsStore) and, when it changed, counts the
-- stored days again in the new zone. Working days are not stored: they come from these days and
-- the calendar as it is at the time of the question, so that a corrected calendar needs no rewrite.

create table statistics_setting (
    only_row  boolean primary key default true,
    time_zone text    not null,
    constraint statistics_setting_one_row check (only_row)
);

insert into statistics_setting (time_zone) values ('Asia/Shanghai');

alter table complaint_fact
    add column received_day date,
    add column replied_day  date,
    add column closed_day   date,
    add column reply_hours  double precision,
    add column close_hours  double precision;

create or replace function complaint_fact_upsert() returns trigger
    language plpgsql
as $$
declare
    zone text := (select time_zone from statistics_setting);
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
           -- Only a registration decides it; an update keeps what the registration found (below).
           tg_op = 'INSERT' and n.complainant_phone_index is not null and exists (
               select 1 from complaint e
               where e.complainant_phone_index = n.complainant_phone_index
                 and e.received_at >= n.received_at - interval '30 days' and e.received_at < n.received_at
                 and e.id <> n.id and split_part(e.org_unit, '/', 1) = split_part(n.org_unit, '/', 1)),
           (n.received_at at time zone zone)::date, (n.replied_at at time zone zone)::date,
           (n.closed_at at time zone zone)::date,
           date_part('epoch', n.replied_at - n.received_at) / 3600,
           date_part('epoch', n.closed_at - n.received_at) / 3600
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
        review_requested = excluded.review_requested, resolution_standing = excluded.resolution_standing,
        received_day = excluded.received_day, replied_day = excluded.replied_day,
        closed_day = excluded.closed_day, reply_hours = excluded.reply_hours, close_hours = excluded.close_hours;
    return null;
end
$$;

-- Also used when the service starts in another time zone than the stored days were counted in.
create function complaint_fact_recount_days(zone text) returns void
    language sql
as $$
    update complaint_fact
    set received_day = (received_at at time zone zone)::date,
        replied_day = (replied_at at time zone zone)::date,
        closed_day = (closed_at at time zone zone)::date,
        reply_hours = date_part('epoch', replied_at - received_at) / 3600,
        close_hours = date_part('epoch', closed_at - received_at) / 3600;
    update statistics_setting set time_zone = zone;
$$;

select complaint_fact_recount_days('Asia/Shanghai');

alter table complaint_fact alter column received_day set not null;
