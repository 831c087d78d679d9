package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.api.v1.ListComplaintEventsResponse;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListComplaintsResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages bounded by bytes as well as by count, so that no page outgrows what clients accept. */
class PageBudgetGrpcTest {
    private InProcessDesk desk;

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void a_page_of_complaints_stops_at_the_budget_and_the_next_token_continues_after_it() throws IOException {
        int budget = 2_000;
        desk = new InProcessDesk(new PageBudget(budget));
        var agent = desk.as("agent-7", "AGENT");
        for (int i = 1; i <= 6; i++) {
            agent.createComplaint(Requests.heatingComplaint("req-" + i)
                    .setComplaint(Requests.heatingComplaint("req-" + i).getComplaint().toBuilder()
                            .setReceiveTime(Requests.timestamp(Requests.RECEIVED.minus(Duration.ofMinutes(i)))))
                    .build());
        }
        List<String> tickets = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = "";
        do {
            ListComplaintsResponse page = desk.as("supervisor-1", "SUPERVISOR").listComplaints(
                    ListComplaintsRequest.newBuilder().setPageSize(500).setPageToken(token).build());
            assertThat(page.getComplaintsCount() == 1 || page.getSerializedSize() <= budget + 200)
                    .as("page of %d complaints in %d bytes", page.getComplaintsCount(), page.getSerializedSize())
                    .isTrue();
            page.getComplaintsList().forEach(c -> tickets.add(c.getTicketNumber()));
            pageSizes.add(page.getComplaintsCount());
            token = page.getNextPageToken();
        } while (!token.isEmpty());

        assertThat(pageSizes).hasSizeGreaterThan(1).allSatisfy(size -> assertThat(size).isLessThan(6));
        assertThat(tickets).containsExactly("TS20261123000001", "TS20261123000002", "TS20261123000003",
                "TS20261123000004", "TS20261123000005", "TS20261123000006");
    }

    @Test
    void a_page_of_events_stops_at_the_budget_and_paging_shows_every_event_once() throws IOException {
        int budget = 600;
        desk = new InProcessDesk(new PageBudget(budget));
        Complaint calledBack = new Lifecycle(desk).calledBack();
        List<String> names = new ArrayList<>();
        int pages = 0;
        String token = "";
        do {
            ListComplaintEventsResponse page = desk.as("auditor-1", "AUDITOR").listComplaintEvents(ListComplaintEventsRequest.newBuilder()
                    .setParent(calledBack.getName()).setPageSize(1000).setPageToken(token).build());
            assertThat(page.getEventsCount() == 1 || page.getSerializedSize() <= budget + 200).isTrue();
            page.getEventsList().forEach(e -> names.add(e.getName()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());

        assertThat(pages).isGreaterThan(1);
        assertThat(names).doesNotHaveDuplicates()
                .first().isEqualTo(calledBack.getName() + "/events/1");
        assertThat(names.getLast()).isEqualTo(calledBack.getName() + "/events/" + names.size());
    }
}
