-- Complaints numbered from..to (psql variables of those names; ScopeListBenchmark binds them), one every minute from
-- 2024-01-01, owned by the 40 units gridco/r0/u0 .. gridco/r4/u7; every third one dispatched to one
-- of the 4 departments of its region (gridco/rN/dept0 .. dept3). The complainant's sealed data are
-- placeholders the service cannot open: lists must show real complaints, stored later, first. Each
-- is taken in by the unit that owns it, so V7's backfill fills its whole scope.
-- Read by ScopeListBenchmark and by the scoped-list benchmark script (bootstrap/src/test/bench).
insert into complaint (
    id, ticket_number, state, complainant_name_sealed, complainant_phone_sealed,
    complainant_address_sealed, personal_data_key_id, complainant_phone_index,
    contact_preference, channel, received_at, kind, utility_domain, nature, topic,
    safety_hazard, large_area_interruption, wide_area_quality_problem,
    proposed_severity, severity, priority, description, demand, org_unit, intake_unit,
    registered_by, registered_at, updated_at,
    lead_department, co_handling_departments, dispatch_handler, dispatched_by, dispatched_at,
    version)
select gen_random_uuid(), 'TS20240101' || lpad(n::text, 8, '0'),
       case when dispatched then 'DISPATCHED' else 'REGISTERED' end,
       decode('00', 'hex'), decode('00', 'hex'), decode('00', 'hex'), 0,
       decode(md5('phone' || n), 'hex'), 'PHONE', 'HOTLINE',
       timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
       'COMPLAINT', 'ELECTRICITY', 'BILLING', '电费异常', false, false, false,
       3, 3, 'NORMAL', '十月份的电费是平时的两倍。', '重新抄表。',
       'gridco/r' || (n % 5) || '/u' || ((n / 5) % 8), 'gridco/r' || (n % 5) || '/u' || ((n / 5) % 8), 'agent-1',
       timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
       timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
       case when dispatched then 'gridco/r' || (n % 5) || '/dept' || ((n / 40) % 4) end,
       case when dispatched then '{}'::text[] end,
       case when dispatched then 'handler-' || (n % 200) end,
       case when dispatched then 'supervisor-1' end,
       case when dispatched then timestamptz '2024-01-01 01:00:00+00' + n * interval '1 minute' end,
       1
from generate_series(cast(:from as int), cast(:to as int)) as n, lateral (select n % 3 = 0) as d(dispatched);
