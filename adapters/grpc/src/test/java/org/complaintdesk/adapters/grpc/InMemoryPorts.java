package org.complaintdesk.adapters.grpc;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintdesk.application.port.out.IdGenerator;
import org.complaintdesk.application.port.out.TicketNumberSequence;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;

/** The small out-ports of registration, in memory. */
final class InMemoryPorts {
    private InMemoryPorts() {
    }

    /** One counter per registration day, as the ticket number format asks. */
    static final class DailyTicketNumbers implements TicketNumberSequence {
        private final Map<LocalDate, AtomicLong> counters = new ConcurrentHashMap<>();

        @Override
        public TicketNumber next(LocalDate day) {
            return TicketNumber.of(day, counters.computeIfAbsent(day, d -> new AtomicLong()).incrementAndGet());
        }
    }

    static final class RandomIds implements IdGenerator {
        @Override
        public ComplaintId newComplaintId() {
            return new ComplaintId(UUID.randomUUID());
        }
    }
}
