package org.complaintdesk.adapters.grpc;

import java.util.Optional;
import java.util.function.Function;
import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.ListPersonalDataAccessesRequest;
import org.complaintdesk.api.v1.PersonalDataAccess.PersonalField;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses.Subject;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** ListPersonalDataAccesses: the request as the use case's query, checked all at once, and each record as the contract shows it. */
final class AccessQueryMapper {
    static final String PARENT = "parent";
    static final String USER_ID = "user_id";
    /** AIP-159: the wildcard for "any complaint". */
    static final String ANY_COMPLAINT = ComplaintName.PREFIX + "-";

    private AccessQueryMapper() {
    }

    /**
     * @param complaints resolves a complaint's name to its id, refusing one out of the caller's reach
     * @throws org.complaintdesk.domain.validation.InvalidValueException listing every broken rule
     */
    static ListPersonalDataAccesses.Query toQuery(ListPersonalDataAccessesRequest request,
                                                  Function<ComplaintName, ComplaintId> complaints) {
        var violations = new Violations();
        boolean anyComplaint = ANY_COMPLAINT.equals(request.getParent());
        ComplaintName parent = anyComplaint ? null
                : violations.check(PARENT, () -> ComplaintName.parse(PARENT, request.getParent()));
        UserId user = null;
        if (anyComplaint && request.getUserId().isBlank()) {
            violations.add(USER_ID, Text.REQUIRED, "must be set when parent is " + ANY_COMPLAINT);
        } else if (!anyComplaint && !request.getUserId().isEmpty()) {
            violations.add(USER_ID, "NOT_WITH_COMPLAINT", "is only for parent " + ANY_COMPLAINT
                    + "; a complaint's accesses are listed for every user");
        } else if (anyComplaint) {
            user = violations.check(USER_ID, () -> new UserId(request.getUserId()));
        }
        if (request.getPageSize() < 0) {
            violations.add("page_size", ListQueryMapper.NEGATIVE, "must not be negative");
        }
        violations.throwIfAny();
        Subject subject = anyComplaint ? new Subject.ByUser(user) : new Subject.OfComplaint(complaints.apply(parent));
        String token = request.getPageToken();
        Optional<PersonalDataAccess.Cursor> after = token.isEmpty()
                ? Optional.empty() : Optional.of(AccessPageToken.read(token, subject));
        return new ListPersonalDataAccesses.Query(subject, request.getPageSize(), after);
    }

    static org.complaintdesk.api.v1.PersonalDataAccess toMessage(PersonalDataAccess access) {
        var message = org.complaintdesk.api.v1.PersonalDataAccess.newBuilder()
                .setName(ComplaintName.of(access.complaintId()) + "/personalDataAccesses/" + access.id())
                .setActor(Actor.newBuilder()
                        .setUserId(access.user().value())
                        .setRole(ProtoEnums.ROLE.toProto(access.role()))
                        .setOrgUnit(access.orgUnit().value()))
                .setAccessTime(ProtoTime.toTimestamp(access.accessedAt()))
                .setMethod(access.method());
        // In the order of the contract's enum, so that equal records read equally.
        access.fields().stream().sorted().map(field -> PersonalField.valueOf("PERSONAL_FIELD_" + field.name()))
                .forEach(message::addFields);
        return message.build();
    }
}
