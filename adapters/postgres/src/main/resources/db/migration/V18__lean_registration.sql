-- A leaner registration (issue 15). A new complaint's fact was written with INSERT ... ON
-- CONFLICT DO UPDATE, which fires the statement triggers of both INSERT and UPDATE on
-- complaint_fact: every registration also ran the update path of the rollup and the cascade of
-- units to the clock rounds, with nothing to do. A new complaint has no fact yet, so its fact is
-- now a plain insert; an update of a complaint keeps the upsert.

create function complaint_fact_insert() returns trigger
    language plpgsql
as $$
declare
    zone text := (select time_zone from statistics_setting);
begin
    insert into complaint_fact (tenant, complaint_id, received_at, org_unit, lead_department, reach,
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
           n.complainant_phone_index is not null and exists (
               select 1 from complaint e
               where e.complainant_phone_index = n.complainant_phone_index
                 and e.received_at >= n.received_at - interval '30 days' and e.received_at < n.received_at
                 and e.id <> n.id and split_part(e.org_unit, '/', 1) = split_part(n.org_unit, '/', 1)),
           (n.received_at at time zone zone)::date, (n.replied_at at time zone zone)::date,
           (n.closed_at at time zone zone)::date,
           date_part('epoch', n.replied_at - n.received_at) / 3600,
           date_part('epoch', n.closed_at - n.received_at) / 3600
    from new_rows n;
    return null;
end
$$;

drop trigger complaint_fact_on_insert on complaint;
create trigger complaint_fact_on_insert
    after insert on complaint
    referencing new table as new_rows
    for each statement execute function complaint_fact_insert();
