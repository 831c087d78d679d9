package org.complaintdesk.adapters.grpc;

import com.google.type.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.complaintdesk.api.v1.ApproveComplaintResolutionRequest;
import org.complaintdesk.api.v1.ProposeComplaintResolutionRequest;
import org.complaintdesk.api.v1.SendBackComplaintResolutionRequest;
import org.complaintdesk.application.handling.ApproveResolution;
import org.complaintdesk.application.handling.ProposeResolution;
import org.complaintdesk.application.handling.SendBackResolution;
import org.complaintdesk.domain.handling.Remedy;
import org.complaintdesk.domain.handling.RemedyKind;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** Resolution requests (propose, approve, send back) as commands, every field checked at once. */
final class ResolutionMapper {
    static final String CURRENCY = "CNY";

    private static final String REMEDY = "remedy";
    private static final long NANOS_PER_FEN = 10_000_000L;
    private static final long FEN_PER_YUAN = 100L;

    private ResolutionMapper() {
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ProposeResolution.Command propose(ProposeComplaintResolutionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var measures = StepRequests.statement("measures", request.getMeasures(), violations);
        Optional<Remedy> remedy = request.hasRemedy() ? remedy(request.getRemedy(), violations) : Optional.empty();
        violations.throwIfAny();
        return new ProposeResolution.Command(context.on(target, ProposeResolution.OPERATION, request), measures, remedy);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static ApproveResolution.Command approve(ApproveComplaintResolutionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var note = StepRequests.optionalStatement("note", request.getNote(), violations);
        violations.throwIfAny();
        return new ApproveResolution.Command(context.on(target, ApproveResolution.OPERATION, request), note);
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule */
    static SendBackResolution.Command sendBack(SendBackComplaintResolutionRequest request, StepContext context) {
        var violations = new Violations();
        var target = StepRequests.target(request.getName(), request.getEtag(), request.getRequestId(), violations);
        var reason = StepRequests.reason("reason", request.getReason(), violations);
        violations.throwIfAny();
        return new SendBackResolution.Command(context.on(target, SendBackResolution.OPERATION, request), reason);
    }

    private static Optional<Remedy> remedy(org.complaintdesk.api.v1.Remedy remedy, Violations violations) {
        RemedyKind kind = ProtoEnums.REMEDY_KIND.required(remedy.getKind(), REMEDY + ".kind", violations);
        String amountPath = REMEDY + "." + Remedy.AMOUNT_FIELD;
        BigDecimal yuan = remedy.hasAmount() ? yuan(remedy.getAmount(), amountPath, violations)
                : missing(amountPath, violations);
        if (yuan == null) {
            return Optional.empty();
        }
        // The amount's rules (more than zero, at most the maximum, whole fen) are judged together on
        // the exact amount, and do not depend on the kind: they are checked even when the kind is missing.
        Remedy checked = violations.check(amountPath,
                () -> Remedy.ofYuan(kind == null ? RemedyKind.COMPENSATION : kind, yuan));
        return kind == null ? Optional.empty() : Optional.ofNullable(checked);
    }

    /** google.type.Money in CNY as fen, the unit the domain counts in; null after a violation. */
    static Long fen(Money amount, String path, Violations violations) {
        BigDecimal yuan = yuan(amount, path, violations);
        if (yuan == null) {
            return null;
        }
        Remedy checked = violations.check(path, () -> Remedy.ofYuan(RemedyKind.COMPENSATION, yuan));
        return checked == null ? null : checked.amountFen();
    }

    /**
     * The exact amount of a google.type.Money in CNY; null after a violation. A currency that is
     * not CNY or a value that is not a Money leaves the amount unjudged: its limits are in CNY.
     */
    private static BigDecimal yuan(Money amount, String path, Violations violations) {
        if (amount.getCurrencyCode().isBlank()) {
            violations.add(path + ".currency_code", Text.REQUIRED, "must be " + CURRENCY);
            return null;
        }
        if (!CURRENCY.equals(amount.getCurrencyCode())) {
            violations.add(path + ".currency_code", Text.FORMAT, "must be " + CURRENCY);
            return null;
        }
        long units = amount.getUnits();
        int nanos = amount.getNanos();
        // google.type.Money: nanos within ±999,999,999 and of the same sign as units.
        if (Math.abs(nanos) > 999_999_999 || (units > 0 && nanos < 0) || (units < 0 && nanos > 0)) {
            violations.add(path, Text.FORMAT, "is not a valid google.type.Money");
            return null;
        }
        return BigDecimal.valueOf(units).add(BigDecimal.valueOf(nanos, 9));
    }

    /** A remedy's amount in fen as google.type.Money in CNY. */
    static Money money(long fen) {
        return Money.newBuilder()
                .setCurrencyCode(CURRENCY)
                .setUnits(fen / FEN_PER_YUAN)
                .setNanos((int) (fen % FEN_PER_YUAN * NANOS_PER_FEN))
                .build();
    }

    private static BigDecimal missing(String path, Violations violations) {
        violations.add(path, Text.REQUIRED, "must be set");
        return null;
    }
}
