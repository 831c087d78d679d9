package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Money;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ProposeComplaintResolutionRequest;
import org.complaintdesk.api.v1.Remedy;
import org.complaintdesk.api.v1.RemedyKind;
import org.complaintdesk.domain.validation.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Remedies in google.type.Money, CNY, and the domain's fen. */
class RemedyMappingTest {
    private static final Complaint READ = Complaint.newBuilder().setName(ComplaintName.of(Complaints.ID)).setEtag("7").build();

    @ParameterizedTest
    @CsvSource({
            "35, 500000000, 3550",
            "0, 10000000, 1",
            "10000000, 0, 1000000000",
            "1, 990000000, 199"})
    void an_amount_in_yuan_becomes_fen_and_back(long units, int nanos, long fen) {
        Money money = Money.newBuilder().setCurrencyCode("CNY").setUnits(units).setNanos(nanos).build();

        assertThat(ResolutionMapper.fen(money, "amount", new Violations())).isEqualTo(fen);
        assertThat(ResolutionMapper.money(fen)).isEqualTo(money);
    }

    @Test
    void a_proposed_remedy_reaches_the_command_in_fen() {
        var request = propose(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION).setAmount(cny(120, 0)));

        var remedy = ResolutionMapper.propose(request, StepMappingTest.CONTEXT).remedy().orElseThrow();

        assertThat(remedy.kind()).isEqualTo(org.complaintdesk.domain.handling.RemedyKind.COMPENSATION);
        assertThat(remedy.amountFen()).isEqualTo(12_000);
    }

    @Test
    void a_remedy_needs_a_kind_and_an_amount_and_both_are_reported() {
        var request = propose(Remedy.newBuilder());

        assertThat(StepMappingTest.violations(() -> ResolutionMapper.propose(request, StepMappingTest.CONTEXT)))
                .containsExactly("remedy.kind REQUIRED", "remedy.amount REQUIRED");
    }

    @Test
    void the_amount_limits_are_reported_even_without_a_kind() {
        var request = propose(Remedy.newBuilder().setAmount(cny(0, 0)));

        assertThat(StepMappingTest.violations(() -> ResolutionMapper.propose(request, StepMappingTest.CONTEXT)))
                .containsExactly("remedy.kind REQUIRED", "remedy.amount NOT_POSITIVE");
    }

    @ParameterizedTest
    @CsvSource({
            "USD, 10, 0, remedy.amount.currency_code FORMAT",
            "'', 10, 0, remedy.amount.currency_code REQUIRED",
            "CNY, 10, 5000000, remedy.amount WHOLE_FEN",
            "CNY, 1, -500000000, remedy.amount FORMAT",
            "CNY, -5, 0, remedy.amount NOT_POSITIVE",
            "CNY, 10000001, 0, remedy.amount TOO_LARGE",
            "CNY, 9223372036854775807, 0, remedy.amount TOO_LARGE"})
    void an_amount_that_is_not_whole_fen_in_cny_within_the_limit_is_refused(String currency, long units, int nanos,
                                                                             String violation) {
        var amount = Money.newBuilder().setCurrencyCode(currency).setUnits(units).setNanos(nanos);
        var request = propose(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_FEE_REDUCTION).setAmount(amount));

        assertThat(StepMappingTest.violations(() -> ResolutionMapper.propose(request, StepMappingTest.CONTEXT)))
                .containsExactly(violation);
    }

    @ParameterizedTest
    @CsvSource({
            "20000000, 5000000, remedy.amount TOO_LARGE, remedy.amount WHOLE_FEN",
            "10000000, 5000000, remedy.amount TOO_LARGE, remedy.amount WHOLE_FEN",
            "0, -5000000, remedy.amount NOT_POSITIVE, remedy.amount WHOLE_FEN"})
    void an_amount_that_breaks_its_limit_and_is_not_whole_fen_reports_both_rules(long units, int nanos, String limit,
                                                                                 String wholeFen) {
        var request = propose(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION).setAmount(cny(units, nanos)));

        assertThat(StepMappingTest.violations(() -> ResolutionMapper.propose(request, StepMappingTest.CONTEXT)))
                .containsExactlyInAnyOrder(limit, wholeFen);
    }

    private static ProposeComplaintResolutionRequest propose(Remedy.Builder remedy) {
        return StepCalls.proposeResolution(READ, "r").setRemedy(remedy).build();
    }

    private static Money.Builder cny(long units, int nanos) {
        return Money.newBuilder().setCurrencyCode("CNY").setUnits(units).setNanos(nanos);
    }
}
