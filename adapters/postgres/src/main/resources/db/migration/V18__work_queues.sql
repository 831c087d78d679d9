-- The work queues by clock (issue 15): a unit's complaints whose clocks warn or ran out, or that
-- are due before a time, newest first, a page at a time. complaint_scope carries what the monitor
-- last recorded of the complaint's clocks (complaint_watch), so that such a page is read from the
-- scope in list order without looking up the watch row of every complaint the unit reaches.
alter table complaint_scope
    add column clock_status text,
    add column earliest_due timestamptz;

-- One home for the copy: the watch row's changes reach the scope here, whoever writes them (the
-- registration's first look, the monitor, a calendar change), and a scope row written after its
-- watch row (a dispatch that adds a department) starts from it. The scope's key leads with the
-- tenant, the top of the owning unit, read from the complaint.
create function complaint_scope_follow_watch() returns trigger language plpgsql as $$
begin
    update complaint_scope s
    set clock_status = new.clock_status, earliest_due = new.earliest_due
    where s.tenant = (select split_part(c.org_unit, '/', 1) from complaint c where c.id = new.complaint_id)
      and s.complaint_id = new.complaint_id
      and (s.clock_status is distinct from new.clock_status or s.earliest_due is distinct from new.earliest_due);
    return null;
end
$$;

create trigger complaint_watch_to_scope_on_insert after insert on complaint_watch
    for each row when (new.clock_status is not null or new.earliest_due is not null)
    execute function complaint_scope_follow_watch();
create trigger complaint_watch_to_scope_on_update after update of clock_status, earliest_due on complaint_watch
    for each row when (old.clock_status is distinct from new.clock_status
                       or old.earliest_due is distinct from new.earliest_due)
    execute function complaint_scope_follow_watch();

create function complaint_scope_start_from_watch() returns trigger language plpgsql as $$
begin
    select w.clock_status, w.earliest_due into new.clock_status, new.earliest_due
    from complaint_watch w where w.complaint_id = new.complaint_id;
    return new;
end
$$;

create trigger complaint_scope_from_watch before insert on complaint_scope
    for each row execute function complaint_scope_start_from_watch();

update complaint_scope s
set clock_status = w.clock_status, earliest_due = w.earliest_due
from complaint_watch w
where w.complaint_id = s.complaint_id and (w.clock_status is not null or w.earliest_due is not null);

-- "Warning" and "breached" of a unit: read in list order from here. "Due before" walks the unit's
-- list index and reads earliest_due from the scope row; a queue due soon is a dense one.
create index complaint_scope_alerting_idx on complaint_scope (unit, clock_status, received_at desc, complaint_id desc)
    where clock_status in ('WARNING', 'BREACHED');

-- A department's queue filters on the lead department and the state, which go together (only a
-- dispatched complaint has a lead department): without this, PostgreSQL multiplies their
-- selectivities, expects a few matches in a department's scope, and sorts the whole scope instead
-- of reading a page of it in order.
create statistics complaint_lead_department_state (dependencies, mcv) on lead_department, state from complaint;
create statistics complaint_dispatch_handler_state (dependencies, mcv) on dispatch_handler, state from complaint;
analyze complaint;
