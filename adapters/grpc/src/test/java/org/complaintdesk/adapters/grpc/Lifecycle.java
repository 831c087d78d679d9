package org.complaintdesk.adapters.grpc;

import com.google.type.Money;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.RemedyKind;

/**
 * Takes a heating complaint (owned by HEAT-NORTH) through the lifecycle over gRPC, as the people
 * of the complaint office and the heating maintenance department would, to put it in the state a
 * test starts from. Every call uses a new request id.
 */
final class Lifecycle {
    static final String OWNER = "HEAT-NORTH";

    final ComplaintServiceBlockingStub agent;
    final ComplaintServiceBlockingStub supervisor;
    final ComplaintServiceBlockingStub director;
    /** The handler of the lead department the complaint is dispatched to. */
    final ComplaintServiceBlockingStub handler;
    /** A handler of the co-handling department. */
    final ComplaintServiceBlockingStub coHandler;
    /** A handler of a department the complaint has nothing to do with. */
    final ComplaintServiceBlockingStub outsider;
    final ComplaintServiceBlockingStub auditor;
    private final InProcessDesk desk;
    private final AtomicInteger requests = new AtomicInteger();

    Lifecycle(InProcessDesk desk) {
        this.desk = desk;
        agent = desk.as("agent-7", "AGENT", OWNER);
        supervisor = desk.as("supervisor-1", "SUPERVISOR", OWNER);
        director = desk.as("director-1", "DIRECTOR", OWNER);
        handler = desk.as(StepCalls.HANDLER_ID, "HANDLER", StepCalls.LEAD_DEPARTMENT);
        coHandler = desk.as("handler-5", "HANDLER", StepCalls.CO_HANDLING_DEPARTMENT);
        // A handler of the owning unit: it reaches the complaint, but does not handle it once dispatched.
        outsider = desk.as("handler-9", "HANDLER", OWNER);
        auditor = desk.as("auditor-1", "AUDITOR", OWNER);
    }

    /** A request id not used before in this test. */
    String requestId() {
        return "step-" + requests.incrementAndGet();
    }

    Complaint read(Complaint complaint) {
        return agent.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build()).getComplaint();
    }

    Complaint registered() {
        return agent.createComplaint(Requests.heatingComplaint(requestId()).build()).getComplaint();
    }

    Complaint accepted() {
        return agent.acceptComplaint(StepCalls.accept(registered(), requestId()).build()).getComplaint();
    }

    Complaint dispatched() {
        return supervisor.dispatchComplaint(StepCalls.dispatch(accepted(), requestId()).build()).getComplaint();
    }

    Complaint investigating() {
        return handler.recordComplaintInvestigation(StepCalls.recordInvestigation(dispatched(), requestId()).build())
                .getComplaint();
    }

    Complaint found() {
        return handler.recordComplaintFinding(StepCalls.recordFinding(investigating(), requestId()).build()).getComplaint();
    }

    /** A level-3 resolution without remedy: it stands at once. */
    Complaint resolved() {
        return handler.proposeComplaintResolution(StepCalls.proposeResolution(found(), requestId()).build())
                .getComplaint();
    }

    /** A resolution with a refund of 35.50 CNY, proposed by the handler: it awaits approval. */
    Complaint awaitingApproval() {
        return handler.proposeComplaintResolution(StepCalls.proposeResolution(found(), requestId())
                .setRemedy(Remedy.newBuilder()
                        .setKind(RemedyKind.REMEDY_KIND_FEE_REDUCTION)
                        .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(35).setNanos(500_000_000)))
                .build()).getComplaint();
    }

    Complaint replied() {
        return handler.replyToComplaint(StepCalls.reply(resolved(), requestId()).build()).getComplaint();
    }

    Complaint calledBack() {
        return agent.recordComplaintCallback(StepCalls.recordCallback(replied(), requestId()).build()).getComplaint();
    }

    Complaint closed() {
        return agent.closeComplaint(StepCalls.close(calledBack(), requestId()).build()).getComplaint();
    }

    Complaint archived() {
        return agent.archiveComplaint(StepCalls.archive(closed(), requestId()).build()).getComplaint();
    }

    InProcessDesk desk() {
        return desk;
    }
}
