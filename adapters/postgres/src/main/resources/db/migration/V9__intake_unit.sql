-- The unit a complaint was taken in by (a hotline, a service centre): the unit its registering
-- caller acted for. It reaches the complaint besides the owning unit, to follow it up and call the
-- complainant back, so the store writes its scope rows too (UnitScope in the domain).
--
-- Complaints stored before were registered for the unit that owns them (the unit recorded with
-- their registration): null stands for that unit, so their scope needs nothing more. Rewriting
-- them here would also meet the rows V6 left in plaintext for the start to seal.
alter table complaint
    add column intake_unit text,
    add constraint complaint_intake_unit_length check (char_length(intake_unit) between 1 and 64);
