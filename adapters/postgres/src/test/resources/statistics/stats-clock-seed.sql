-- The clock rounds the monitor would record for the complaints of stats-seed.sql (registration 1
-- day, reply 5 days, callback 1 day after the reply), with each outcome. For the statistics test
-- and benchmark: the monitor writes these rows in service.
insert into complaint_clock_fact (tenant, complaint_id, clock, round, due, outcome)
select split_part(c.org_unit, '/', 1), c.id, 'REGISTRATION', 1, c.received_at + interval '1 day',
       case when coalesce(c.accepted_at, c.declined_at) is null then 'RUNNING'
            when coalesce(c.accepted_at, c.declined_at) <= c.received_at + interval '1 day' then 'MET_IN_TIME'
            else 'MET_LATE' end
from complaint c where c.ticket_number between :first and :last
union all
select split_part(c.org_unit, '/', 1), c.id, 'REPLY', 1, c.received_at + interval '5 days',
       case when c.replied_at is not null
                then case when c.replied_at <= c.received_at + interval '5 days' then 'MET_IN_TIME' else 'MET_LATE' end
            when c.withdrawn_at is not null
                then case when c.withdrawn_at <= c.received_at + interval '5 days' then 'STOPPED_IN_TIME'
                          else 'STOPPED_LATE' end
            else 'RUNNING' end
from complaint c where c.accepted_at is not null and c.ticket_number between :first and :last
union all
select split_part(c.org_unit, '/', 1), c.id, 'CALLBACK', 1, c.replied_at + interval '1 day',
       case when c.callback_recorded_at is null then 'RUNNING'
            when c.callback_recorded_at <= c.replied_at + interval '1 day' then 'MET_IN_TIME' else 'MET_LATE' end
from complaint c where c.replied_at is not null and c.ticket_number between :first and :last;
