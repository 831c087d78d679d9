-- Which organisation units reach each complaint (UnitScope.reachingUnits in the domain): the unit
-- that owns it, the departments it is dispatched to (lead and co-handling), and every unit above
-- them. A unit's work list reads its complaints from here by equality on the unit, newest first,
-- and stops after a page, however many complaints the other units hold.
create table complaint_scope (
    -- The top of the owning unit's tree: the tenant a distributed database would co-locate by.
    tenant       text        not null,
    complaint_id uuid        not null references complaint (id),
    unit         text        not null,
    -- The complaint's receipt time, repeated here so that a page is read in list order from the index.
    received_at  timestamptz not null,
    primary key (tenant, complaint_id, unit)
);

create index complaint_scope_list_idx on complaint_scope (unit, received_at desc, complaint_id desc);

-- The complaints stored before: each unit involved, cut at every '/' from the top down.
insert into complaint_scope (tenant, complaint_id, unit, received_at)
select distinct split_part(c.org_unit, '/', 1), c.id,
       array_to_string((string_to_array(involved.unit, '/'))[1:depth], '/'), c.received_at
from complaint c
cross join lateral (
    select c.org_unit as unit
    union select c.lead_department where c.lead_department is not null
    union select unnest(c.co_handling_departments)
) involved
cross join lateral generate_series(1, cardinality(string_to_array(involved.unit, '/'))) depth;
