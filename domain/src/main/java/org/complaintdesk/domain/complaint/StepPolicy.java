package org.complaintdesk.domain.complaint;

import static org.complaintdesk.domain.organisation.Role.AGENT;
import static org.complaintdesk.domain.organisation.Role.DIRECTOR;
import static org.complaintdesk.domain.organisation.Role.HANDLER;
import static org.complaintdesk.domain.organisation.Role.SUPERVISOR;
import static org.complaintdesk.domain.organisation.Role.SYSTEM;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * Who may take which step: the one home of the rules of authority (004 二: intake, handling and
 * callback groups; the director and deputies decide on major cases). The contract's per-method
 * role lists and README's table are tested against it.
 *
 * <p>AUDITOR takes no step. SYSTEM stands for an integrated platform acting on a person's behalf
 * and may take the routine steps, never a decision that needs a person's judgement. A HANDLER acts
 * only for a department the complaint is dispatched to. Whoever proposed a resolution or asked for
 * an extension may not decide on it (four-eyes principle).
 */
public final class StepPolicy {
    /** The roles that decide on a resolution of a level-1 complaint (004 二: the director and deputies). */
    static final Set<Role> MAJOR_CASE_DECIDERS = EnumSet.of(DIRECTOR);

    private static final Map<Step, Set<Role>> ROLES = new EnumMap<>(Step.class);
    // Steps on which a handler must belong to a department the complaint is dispatched to.
    private static final Set<Step> DEPARTMENT_STEPS = EnumSet.of(Step.RECLASSIFY, Step.CHANGE_SEVERITY,
            Step.RETURN, Step.RECORD_CONTACT, Step.RECORD_INVESTIGATION, Step.RECORD_FINDING,
            Step.PROPOSE_RESOLUTION, Step.REPLY, Step.WAIT_ON_COMPLAINANT, Step.RESUME_HANDLING,
            Step.REQUEST_EXTENSION, Step.WITHDRAW);

    static {
        // 000 二(一): whoever receives a complaint registers it; an auditor only reads.
        allow(Step.REGISTER, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        allow(Step.ACCEPT, AGENT, SUPERVISOR, DIRECTOR);
        allow(Step.DECLINE, AGENT, SUPERVISOR, DIRECTOR);
        allow(Step.RECLASSIFY, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.CHANGE_SEVERITY, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.DISPATCH, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);
        // Only the lead department returns a dispatch (see authorize).
        allow(Step.RETURN, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.REDISPATCH, SUPERVISOR, DIRECTOR);
        allow(Step.RECORD_CONTACT, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        allow(Step.RECORD_INVESTIGATION, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.RECORD_FINDING, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.PROPOSE_RESOLUTION, HANDLER, SUPERVISOR, DIRECTOR);
        // A level-1 resolution narrows to MAJOR_CASE_DECIDERS.
        allow(Step.APPROVE_RESOLUTION, SUPERVISOR, DIRECTOR);
        allow(Step.SEND_BACK_RESOLUTION, SUPERVISOR, DIRECTOR);
        allow(Step.REPLY, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        // 004 二: the callback group, not the handlers, asks the complainant how it went.
        allow(Step.RECORD_CALLBACK, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);
        allow(Step.REQUEST_REVIEW, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);
        // 000 二(四)2: the review is decided a level above the handling.
        allow(Step.CONCLUDE_REVIEW, SUPERVISOR, DIRECTOR);
        // Stop-the-clock: whoever may contact the complainant records that the handling waits on them.
        allow(Step.WAIT_ON_COMPLAINANT, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        allow(Step.RESUME_HANDLING, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        // 催办: the leads of the complaint office urge the handling on.
        allow(Step.URGE, SUPERVISOR, DIRECTOR);
        // 002 3.4: whoever handles the complaint asks for more time; a lead decides.
        allow(Step.REQUEST_EXTENSION, AGENT, HANDLER, SUPERVISOR, DIRECTOR);
        allow(Step.APPROVE_EXTENSION, SUPERVISOR, DIRECTOR);
        allow(Step.REJECT_EXTENSION, SUPERVISOR, DIRECTOR);
        // 督办: the monitor escalates by policy; a lead may also put a complaint under supervision.
        allow(Step.SUPERVISE, SUPERVISOR, DIRECTOR, SYSTEM);
        // The monitor notes that a new calendar or policy moved the running clocks.
        allow(Step.RETIME_CLOCKS, SYSTEM);
        allow(Step.WITHDRAW, AGENT, HANDLER, SUPERVISOR, DIRECTOR, SYSTEM);
        allow(Step.CLOSE, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);
        // 004 二: the general group files the records.
        allow(Step.ARCHIVE, AGENT, SUPERVISOR, DIRECTOR, SYSTEM);
        // The SMS, WeChat and e-mail gateways are systems: they report what became of a notice, and
        // no person does, so that the timeline records only what a gateway saw.
        allow(Step.REPORT_NOTICE_DELIVERED, SYSTEM);
        allow(Step.REPORT_NOTICE_FAILED, SYSTEM);
        // The monitor notes a notice no gateway reported on in time.
        allow(Step.NOTE_NOTICE_UNCONFIRMED, SYSTEM);
        if (ROLES.size() != Step.values().length) {
            throw new IllegalStateException("every step needs its roles");
        }
    }

    private StepPolicy() {
    }

    private static void allow(Step step, Role first, Role... rest) {
        ROLES.put(step, EnumSet.of(first, rest));
    }

    /** The roles that may take {@code step} at all; a decision may narrow them (see {@link #deciders}). */
    public static Set<Role> roles(Step step) {
        return EnumSet.copyOf(ROLES.get(step));
    }

    /** Whether a HANDLER takes {@code step} only for a department the complaint is dispatched to. */
    public static boolean limitedToHandlingDepartments(Step step) {
        return DEPARTMENT_STEPS.contains(step);
    }

    /** The roles that may decide on a resolution of a complaint of this severity. */
    public static Set<Role> deciders(Step step, Severity severity) {
        return severity == Severity.LEVEL_1 ? EnumSet.copyOf(MAJOR_CASE_DECIDERS) : roles(step);
    }

    /**
     * Refuses {@code actor} the step on {@code complaint} unless their role may take it and, for a
     * handler, their department handles the complaint (the lead department, for a return).
     */
    static void authorize(Step step, Actor actor, Complaint complaint) {
        authorizeRole(step, actor);
        Set<Role> permitted = ROLES.get(step);
        if (actor.role() == HANDLER && DEPARTMENT_STEPS.contains(step)) {
            Optional<Assignment> assignment = complaint.handling().investigation().dispatch().map(Dispatch::assignment);
            OrgUnitId unit = actor.orgUnit();
            if (step == Step.RETURN && assignment.isPresent() && !assignment.get().leadDepartment().equals(unit)) {
                throw new StepNotPermittedException(StepNotPermittedException.NOT_LEAD_DEPARTMENT, step, actor.role(),
                        permitted, "only the lead department returns a dispatch");
            }
            if (!handles(unit, complaint)) {
                throw new StepNotPermittedException(StepNotPermittedException.NOT_HANDLING_DEPARTMENT, step,
                        actor.role(), permitted, "a handler acts only on complaints dispatched to their department");
            }
        }
    }

    /**
     * Whether {@code unit} is a department that handles the complaint: the lead or a co-handling
     * department of its dispatch, or, before any dispatch, the unit that owns it.
     */
    static boolean handles(OrgUnitId unit, Complaint complaint) {
        return complaint.handling().investigation().dispatch().map(Dispatch::assignment)
                .map(a -> a.involves(unit))
                .orElse(unit.equals(complaint.registration().orgUnit()));
    }

    /**
     * Refuses {@code actor} the registration of a complaint unless their role may register. A
     * complaint may be registered for any unit: a hotline takes complaints in for the units that
     * own them, and keeps them in its reach as their intake unit ({@link UnitScope}).
     */
    static void authorizeRegistration(Actor actor) {
        authorizeRole(Step.REGISTER, actor);
    }

    /** Refuses a decision on a resolution to a role that may not decide at the complaint's severity. */
    static void authorizeDecision(Step step, Actor actor, Severity severity) {
        authorizeRole(step, actor);
        Set<Role> deciders = deciders(step, severity);
        if (!deciders.contains(actor.role())) {
            throw new StepNotPermittedException(StepNotPermittedException.ROLE_NOT_PERMITTED, step, actor.role(),
                    deciders, "a " + severity + " resolution is decided by " + names(deciders)
                    + ", not by " + actor.role());
        }
    }

    /** Refuses a decision to the person who made the proposal it decides on. */
    static void requireOtherThanProposer(Step step, Actor actor, UserId proposer, Set<Role> permitted, String what) {
        if (proposer.equals(actor.userId())) {
            throw new StepNotPermittedException(StepNotPermittedException.APPROVER_IS_PROPOSER, step, actor.role(),
                    permitted, "the person who " + what + " may not decide on it");
        }
    }

    private static void authorizeRole(Step step, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Set<Role> permitted = ROLES.get(step);
        if (!permitted.contains(actor.role())) {
            throw new StepNotPermittedException(StepNotPermittedException.ROLE_NOT_PERMITTED, step, actor.role(),
                    permitted, "the step " + step.phrase() + " is taken by " + names(permitted)
                    + ", not by " + actor.role());
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
