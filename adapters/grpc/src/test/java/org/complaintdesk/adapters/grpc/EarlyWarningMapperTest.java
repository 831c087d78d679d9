package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.api.v1.EarlyWarning;
import org.complaintdesk.application.event.EventId;
import org.complaintdesk.application.event.PublishedEvent;
import org.complaintdesk.application.warning.WarningMetric;
import org.complaintdesk.application.warning.WarningScope;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;

class EarlyWarningMapperTest {
    private static final Instant RAISED = Instant.parse("2026-11-25T02:00:00Z");
    private final ComplaintId first = new ComplaintId(UUID.randomUUID());
    private final ComplaintId second = new ComplaintId(UUID.randomUUID());
    private final org.complaintdesk.application.warning.EarlyWarning warning =
            new org.complaintdesk.application.warning.EarlyWarning(UUID.randomUUID(), "department-satisfaction",
                    WarningMetric.SATISFACTION, WarningScope.Kind.DEPARTMENT, new OrgUnitId("gridco/east/ops"), "",
                    Instant.parse("2026-10-31T16:00:00Z"), Instant.parse("2026-11-30T16:00:00Z"), 16, 20, "<85%", RAISED,
                    List.of(first, second));

    @Test
    void a_warning_shows_its_rule_figures_window_and_the_complaints_that_caused_it() {
        EarlyWarning message = EarlyWarningMapper.toMessage(warning);

        assertThat(message.getName()).isEqualTo("earlyWarnings/" + warning.id());
        assertThat(message.getMetric()).isEqualTo(EarlyWarning.Metric.METRIC_SATISFACTION);
        assertThat(message.getScopeKind()).isEqualTo(EarlyWarning.ScopeKind.SCOPE_KIND_DEPARTMENT);
        assertThat(message.getOrgUnit()).isEqualTo("gridco/east/ops");
        assertThat(message.getNumerator()).isEqualTo(16);
        assertThat(message.getDenominator()).isEqualTo(20);
        assertThat(message.getThreshold()).isEqualTo("<85%");
        assertThat(message.getWindowEndTime().getSeconds()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z").getEpochSecond());
        assertThat(message.getComplaintsList()).containsExactly("complaints/" + first.value(), "complaints/" + second.value());
    }

    @Test
    void a_published_warning_is_the_envelopes_early_warning_the_same_for_every_reader() {
        var event = new PublishedEvent(new EventId(UUID.randomUUID()), 7, first, 3, new OrgUnitId("gridco/east"), RAISED,
                new PublishedEvent.WarningRaised(warning));

        var full = PublishedEventMapper.toMessage(event, Disclosure.FULL, Optional.empty());
        var masked = PublishedEventMapper.toMessage(event, Disclosure.MASKED, Optional.empty());

        assertThat(full.getEventCase()).isEqualTo(org.complaintdesk.api.v1.PublishedEvent.EventCase.EARLY_WARNING);
        assertThat(full.getEarlyWarning()).isEqualTo(EarlyWarningMapper.toMessage(warning));
        assertThat(masked.getEarlyWarning()).isEqualTo(full.getEarlyWarning());
        assertThat(full.getComplaint()).isEqualTo("complaints/" + first.value());
    }
}
