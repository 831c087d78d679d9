-- The monitor records a pass's watch rows in one statement (issue 15). Their copy into the scope
-- (V18) ran once a row, a function call and two lookups for each: about 70 us a complaint, the
-- largest part of writing the records. It now runs once a statement, over its transition tables.
-- A transition table cannot go with a column list, so the trigger fires for every update of the
-- watch (a step's next_attention_at too) and picks out the rows whose copied columns moved. The
-- insert's row trigger (a registration's first look, one row) stays as V18 made it.
drop trigger complaint_watch_to_scope_on_update on complaint_watch;

create function complaint_scope_follow_watch_rows() returns trigger language plpgsql as $$
begin
    update complaint_scope s
    set clock_status = n.clock_status, earliest_due = n.earliest_due
    from new_rows n
    join old_rows o on o.complaint_id = n.complaint_id
    join complaint c on c.id = n.complaint_id
    where (o.clock_status, o.earliest_due) is distinct from (n.clock_status, n.earliest_due)
      and s.tenant = split_part(c.org_unit, '/', 1)
      and s.complaint_id = n.complaint_id
      and (s.clock_status, s.earliest_due) is distinct from (n.clock_status, n.earliest_due);
    return null;
end
$$;

create trigger complaint_watch_to_scope_on_update after update on complaint_watch
    referencing old table as old_rows new table as new_rows
    for each statement execute function complaint_scope_follow_watch_rows();
