package org.complaintdesk.application.port.out;

import java.util.List;
import java.util.function.Consumer;
import org.complaintdesk.application.event.EventSelection;
import org.complaintdesk.application.event.PublishedEvent;

/**
 * The outbox: every committed change's events, written in the change's own transaction. An event
 * gets its position only after it committed, so readers see positions in the order they became
 * visible and a rolled-back change never shows.
 */
public interface EventLog {

    /**
     * Gives the next positions to up to {@code limit} committed events that have none, keeping
     * each complaint's events in timeline order. Instances may call it at once: one of them does
     * the work and the others return 0 at once.
     *
     * @return how many events got a position
     */
    int sequencePending(int limit);

    /** Up to {@code limit} events after {@code afterPosition} that the selection wants, in position order. */
    List<PublishedEvent> readAfter(long afterPosition, EventSelection selection, int limit);

    /** The last position given; 0 while there is none. */
    long lastPosition();

    /**
     * Hands the events after a relay's cursor to {@code publish} and, once it returns, moves the
     * cursor past them, holding the relay for the while so that no other instance publishes the
     * same events. If {@code publish} throws, the cursor stays and the events are offered again;
     * if the instance dies, another instance offers them again. A relay starts at the position
     * last given when it is first used.
     */
    RelayPass relay(String relay, int limit, Consumer<List<PublishedEvent>> publish);

    /**
     * One pass of a relay.
     *
     * @param held      false when another instance held the relay, and nothing was done
     * @param published how many events were published
     * @param position  the relay's cursor after the pass
     */
    record RelayPass(boolean held, int published, long position) {
    }
}
