// Registers a complaint and accepts it over gRPC, as an agent of a unit, and prints both answers as
// JSON (the protobuf JSON mapping). Usage, after `npm ci`, `npm run generate -- <image>` and
// `npm run build`:
//   COMPLAINTDESK_TOKEN=<a bearer token for an AGENT of the unit> \
//     npm run --silent register-and-accept -- [http://127.0.0.1:50051] [unit]
import { randomUUID } from "node:crypto";
import { create, toJson } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient, type Interceptor } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import {
  Channel,
  ComplainantSchema,
  ComplaintKind,
  ComplaintSchema,
  ContactPreference,
  Nature,
  UtilityDomain,
} from "./gen/complaintdesk/v1/complaint_pb.js";
import { ComplaintService } from "./gen/complaintdesk/v1/complaint_service_pb.js";

const address = process.argv[2] ?? "http://127.0.0.1:50051";
const unit = process.argv[3] ?? "gridco/east";
const token = process.env.COMPLAINTDESK_TOKEN;
if (!token) {
  console.error("Set COMPLAINTDESK_TOKEN to a bearer token for an AGENT of " + unit
    + " (for example: ./build.sh token --user agent-007 --role AGENT --unit " + unit + ").");
  process.exit(2);
}

// Every call carries the token, and picks the role and unit to act in among those it grants.
const asAgent: Interceptor = (next) => (request) => {
  request.header.set("authorization", `Bearer ${token}`);
  request.header.set("x-user-role", "AGENT");
  request.header.set("x-org-unit", unit);
  return next(request);
};

// gRPC over HTTP/2 without TLS, like the service's plaintext port.
const transport = createGrpcTransport({ baseUrl: address, interceptors: [asAgent], defaultTimeoutMs: 30_000 });
const complaints = createClient(ComplaintService, transport);

try {
  const created = await complaints.createComplaint({
    requestId: randomUUID(),
    complaint: create(ComplaintSchema, {
      complainant: create(ComplainantSchema, {
        displayName: "王小明",
        phoneNumber: "+86 138 0013 8000",
        address: "南京市鼓楼区中山路1号",
        contactPreference: ContactPreference.SMS,
      }),
      channel: Channel.WEB,
      receiveTime: timestampFromDate(new Date(Date.now() - 10 * 60 * 1000)),
      kind: ComplaintKind.COMPLAINT,
      utilityDomain: UtilityDomain.ELECTRICITY,
      nature: Nature.BILLING,
      topic: "estimated meter reading",
      description: "十月电费是平时的两倍。",
      demand: "重新抄表并更正账单。",
      orgUnit: unit,
    }),
  });
  const registered = created.complaint!;

  // A step names the complaint and the etag it was read at, so that it never overwrites a newer version.
  const accepted = await complaints.acceptComplaint({
    name: registered.name,
    etag: registered.etag,
    requestId: randomUUID(),
    nextSteps: "抄表班组两小时内与您联系。",
  });

  console.log(JSON.stringify({
    created: toJson(ComplaintSchema, registered),
    accepted: toJson(ComplaintSchema, accepted.complaint!),
  }, null, 2));
} catch (e) {
  const error = ConnectError.from(e);
  console.error(`call failed: ${Code[error.code]}: ${error.rawMessage}`);
  process.exit(1);
}
