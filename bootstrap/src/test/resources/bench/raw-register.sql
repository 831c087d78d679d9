-- Copied from our own shared benchmark (../shared/bench/raw-register.sql): the raw-SQL limit of
-- WriteBenchmark. Run by pgbench as it stands; RawRegisterClient runs the same statements over JDBC.
-- A registration as raw SQL: complaint row + timeline entry + idempotency key, one transaction.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO complaint (id, ticket_number, request_id, state, channel, kind, utility_domain, nature, severity, priority,
  complainant_name, complainant_phone, account_number, address, description, demand, location, org_unit,
  received_at, registered_at, version)
VALUES (gen_random_uuid(), 'TS' || to_char(now(),'YYYYMMDD') || lpad(nextval('ticket_seq')::text, 6, '0'), gen_random_uuid(),
  'REGISTERED', 'HOTLINE', 'COMPLAINT', 'ELECTRICITY', 'BILLING', 3, 2,
  '张三', '13800138000', '0123456789', '北京市朝阳区某某路1号', repeat('用户反映电费异常，要求核查。', 10), '核查电费并退还多收部分',
  '朝阳区', 'org-beijing-chaoyang', now(), now(), 1);
INSERT INTO complaint_event (complaint_ticket, seq, kind, actor, at, note) VALUES (currval('ticket_seq'), 1, 'REGISTERED', 'agent-' || :n, now(), '');
END;
