// A unit's work list over gRPC, closed loop, from a separate process: the Node side of scoped-list.
//   node scoped-list.js setup          creates REAL complaints (60) of gridco/r2/u5 received now, accepts
//                                      them and dispatches them to gridco/r2/dept3 (as the agent)
//   node scoped-list.js measure        ListComplaints, page_size 50, first page, no filter, for every
//                                      caller of CALLERS at each concurrency of C: WARMUP_S s, then S s
//                                      (after JIT_WARMUP_S s of all callers in turn, not measured)
// Environment: COMPLAINTDESK_ADDR, REPO (the checkout), and one token per caller: TOKEN_<KIND>
// (see scoped-list). Every page is checked: 50 complaints, each reached by the caller's unit (owned
// by it or a unit below, or dispatched to a department within it), disclosed as the caller expects.
const path = require('path');
const crypto = require('crypto');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');
const gpf = path.dirname(require.resolve('google-proto-files/package.json'));

const PAGE = 50;
const UNIT = 'gridco/r2/u5';
const DEPT = 'gridco/r2/dept3';
// kind: [role, unit, disclosure the caller is shown]
const KINDS = {
  agent: ['AGENT', UNIT, 'PERSONAL_DATA_DISCLOSURE_FULL'],
  auditor: ['AUDITOR', UNIT, 'PERSONAL_DATA_DISCLOSURE_MASKED'],
  handler: ['HANDLER', DEPT, 'PERSONAL_DATA_DISCLOSURE_FULL'],
  region: ['SUPERVISOR', 'gridco/r2', 'PERSONAL_DATA_DISCLOSURE_FULL'],
  top: ['SUPERVISOR', 'gridco', 'PERSONAL_DATA_DISCLOSURE_FULL'],
};

const repo = process.env.REPO || path.resolve(__dirname, '../../../..');
const addr = process.env.COMPLAINTDESK_ADDR;
const def = loader.loadSync(['complaintdesk/v1/complaint_service.proto'],
  { includeDirs: [path.join(repo, 'proto/src/main/protobuf'), gpf], keepCase: true, longs: String, enums: String,
    defaults: false, oneofs: true });
const pkg = grpc.loadPackageDefinition(def).complaintdesk.v1;
const clients = Array.from({ length: 4 },
  () => new pkg.ComplaintService(addr, grpc.credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 }));

function meta(kind) {
  const token = process.env['TOKEN_' + kind.toUpperCase()];
  if (!token) throw new Error('no TOKEN_' + kind.toUpperCase());
  const m = new grpc.Metadata();
  m.set('authorization', 'Bearer ' + token);
  return m;
}
function call(client, method, req, md) {
  return new Promise((resolve, reject) => client[method](req, md, { deadline: Date.now() + 10000 },
    (err, res) => err ? reject(err) : resolve(res)));
}
const within = (u, unit) => !!u && (u === unit || u.startsWith(unit + '/'));

async function setup() {
  const n = +(process.env.REAL || 60);
  const md = meta('agent');
  for (let i = 0; i < n; i++) {
    const { complaint: c } = await call(clients[0], 'CreateComplaint', { request_id: crypto.randomUUID(), complaint: {
      complainant: { display_name: '王小明', phone_number: '13800138000', account_number: '3200123456',
        address: '南京市鼓楼区中山路1号' },
      channel: 'CHANNEL_HOTLINE', receive_time: { seconds: String(Math.floor(Date.now() / 1000)) },
      kind: 'COMPLAINT_KIND_COMPLAINT', utility_domain: 'UTILITY_DOMAIN_ELECTRICITY', nature: 'NATURE_BILLING',
      topic: 'estimated meter reading', description: '十月电费是平时的两倍。', demand: '重新抄表并更正账单。',
      org_unit: UNIT } }, md);
    const { complaint: a } = await call(clients[0], 'AcceptComplaint',
      { name: c.name, etag: c.etag, request_id: crypto.randomUUID(), next_steps: '抄表班组两小时内与您联系。' }, md);
    await call(clients[0], 'DispatchComplaint', { name: a.name, etag: a.etag, request_id: crypto.randomUUID(),
      lead_department: DEPT, handler: 'handler-1' }, md);
  }
  console.log(`created ${n} complaints of ${UNIT} through gRPC (CreateComplaint, AcceptComplaint, DispatchComplaint to ${DEPT})`);
}

function check(kind, res) {
  const [, unit, disclosure] = KINDS[kind];
  const cs = res.complaints || [];
  if (cs.length !== PAGE) throw new Error(`${kind}: page of ${cs.length}, not ${PAGE}`);
  for (const c of cs) {
    const d = c.handling && c.handling.dispatch;
    const reached = within(c.org_unit, unit) || (d && (within(d.lead_department, unit)
      || (d.co_handling_departments || []).some(x => within(x, unit))));
    if (!reached) throw new Error(`${kind} (${unit}) was shown ${c.name} of ${c.org_unit}`);
    if (c.personal_data_disclosure !== disclosure) {
      throw new Error(`${kind}: ${c.name} disclosed ${c.personal_data_disclosure}, expected ${disclosure}`);
    }
  }
}

async function run(kind, conc, warmupS, secs) {
  const md = meta(kind);
  const lat = [];
  let errors = 0, measuring = false, t0 = 0, firstError;
  const warmEnd = Date.now() + warmupS * 1000;
  const over = () => measuring && Date.now() > t0 + secs * 1000;
  async function worker(w) {
    const c = clients[w % clients.length];
    while (!over()) {
      const s = process.hrtime.bigint();
      try {
        const res = await call(c, 'ListComplaints', { page_size: PAGE }, md);
        const ms = Number(process.hrtime.bigint() - s) / 1e6;
        check(kind, res);
        if (measuring && !over()) lat.push(ms);
      } catch (e) {
        errors++;
        firstError = firstError || e;
      }
      if (!measuring && Date.now() > warmEnd) { measuring = true; t0 = Date.now(); }
    }
  }
  await Promise.all(Array.from({ length: conc }, (_, w) => worker(w)));
  if (firstError) throw new Error(`${kind} c=${conc}: ${errors} failed calls, first: ${firstError.message}`);
  lat.sort((a, b) => a - b);
  const q = p => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  return { kind, role: KINDS[kind][0], unit: KINDS[kind][1], conc, calls: lat.length, per_s: lat.length / secs,
    p50: q(0.5), p99: q(0.99), max: lat[lat.length - 1] };
}

async function measure() {
  const kinds = (process.env.CALLERS || 'agent auditor handler region top').split(/\s+/).filter(Boolean);
  const concs = (process.env.C || '1 8').split(/\s+/).filter(Boolean).map(Number);
  const warmupS = +(process.env.WARMUP_S || 5), secs = +(process.env.S || 20);
  // The service's JIT first: every caller in turn at the highest concurrency, not measured.
  const jitS = +(process.env.JIT_WARMUP_S || 20);
  for (const kind of kinds) await run(kind, Math.max(...concs), 0, jitS / kinds.length);
  console.log(`ListComplaints page_size ${PAGE}, first page, no filter; closed loop after ${jitS} s of warm-up of all callers,`
    + ` then per row ${warmupS} s warm-up and ${secs} s measured`);
  console.log('caller                         conc    calls   calls/s  p50 ms  p99 ms  max ms');
  const rows = [];
  for (const conc of concs) {
    for (const kind of kinds) {
      const r = await run(kind, conc, warmupS, secs);
      rows.push(r);
      console.log(`${(r.kind + ' (' + r.role + ' ' + r.unit + ')').padEnd(30)} ${String(conc).padStart(5)} ${String(r.calls).padStart(8)}`
        + ` ${r.per_s.toFixed(1).padStart(9)} ${r.p50.toFixed(2).padStart(7)} ${r.p99.toFixed(2).padStart(7)} ${r.max.toFixed(2).padStart(7)}`);
    }
  }
  console.log('every page held 50 complaints, each reached by the caller\'s unit and disclosed as its role and unit call for');
}

(async () => {
  try {
    if (process.argv[2] === 'setup') await setup();
    else if (process.argv[2] === 'measure') await measure();
    else throw new Error('usage: node scoped-list.js setup|measure');
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  } finally {
    clients.forEach(c => c.close());
  }
})();
