-- The warning rules now measure the statistics' fact rows (complaint_fact, whose indexes lead with
-- the tenant and the time each metric counts by), not the complaint table: the two indexes V14 added
-- on complaint for them would only cost every step that writes a complaint.
drop index complaint_callback_recorded_idx;
drop index complaint_replied_idx;
