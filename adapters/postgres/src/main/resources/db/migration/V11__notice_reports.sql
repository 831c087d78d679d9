-- What became of the notices to complainants (issue 13): a gateway's report of a delivery or a
-- failure, and the monitor's note that none came in time, are timeline entries.
alter table complaint_event drop constraint complaint_event_type_known;
alter table complaint_event add constraint complaint_event_type_known
    check (type in ('REGISTERED', 'ACCEPTED', 'DECLINED', 'RECLASSIFIED', 'SEVERITY_CHANGED', 'DISPATCHED',
                    'DISPATCH_RETURNED', 'REDISPATCHED', 'CONTACT_RECORDED', 'INVESTIGATION_RECORDED',
                    'FINDING_RECORDED', 'RESOLUTION_PROPOSED', 'RESOLUTION_APPROVED', 'RESOLUTION_SENT_BACK',
                    'REPLIED', 'CALLBACK_RECORDED', 'REVIEW_REQUESTED', 'REVIEW_CONCLUDED', 'WITHDRAWN', 'CLOSED',
                    'ARCHIVED', 'WAITING_ON_COMPLAINANT', 'WAITING_ENDED', 'URGED', 'EXTENSION_REQUESTED',
                    'EXTENSION_APPROVED', 'EXTENSION_REJECTED', 'SUPERVISED', 'CLOCKS_RETIMED',
                    'NOTICE_DELIVERED', 'NOTICE_FAILED', 'NOTICE_UNCONFIRMED'));

-- A complaint's notices, newest first, for the complaint's own view of them.
create index complaint_notice_complaint_idx on complaint_notice (complaint_id, issued_at);
