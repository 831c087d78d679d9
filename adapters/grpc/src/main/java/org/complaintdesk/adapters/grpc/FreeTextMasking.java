package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintdesk.api.v1.AnnotationsProto;

/**
 * Replaces every field the contract marks {@code (complaintdesk.v1.free_text)} with
 * {@value ComplainantMasking#WITHHELD}, at any depth. The contract is the one list of such fields:
 * a field marked there is masked here without a change to this class.
 */
final class FreeTextMasking {
    // Whether a message type holds a marked field at any depth, so that masking skips the rest.
    private static final Map<Descriptor, Boolean> HOLDS_FREE_TEXT = new ConcurrentHashMap<>();

    private FreeTextMasking() {
    }

    @SuppressWarnings("unchecked")
    static <M extends Message> M mask(M message) {
        if (!holdsFreeText(message.getDescriptorForType())) {
            return message;
        }
        Message.Builder masked = message.toBuilder();
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor descriptor = field.getKey();
            if (isFreeText(descriptor)) {
                if (descriptor.isRepeated()) {
                    for (int i = 0; i < message.getRepeatedFieldCount(descriptor); i++) {
                        masked.setRepeatedField(descriptor, i, ComplainantMasking.WITHHELD);
                    }
                } else {
                    masked.setField(descriptor, ComplainantMasking.WITHHELD);
                }
            } else if (descriptor.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !descriptor.isMapField()) {
                if (descriptor.isRepeated()) {
                    for (int i = 0; i < message.getRepeatedFieldCount(descriptor); i++) {
                        masked.setRepeatedField(descriptor, i, mask((Message) message.getRepeatedField(descriptor, i)));
                    }
                } else {
                    masked.setField(descriptor, mask((Message) field.getValue()));
                }
            }
        }
        return (M) masked.build();
    }

    private static boolean isFreeText(FieldDescriptor field) {
        return field.getJavaType() == FieldDescriptor.JavaType.STRING
                && field.getOptions().getExtension(AnnotationsProto.freeText);
    }

    private static boolean holdsFreeText(Descriptor type) {
        Boolean known = HOLDS_FREE_TEXT.get(type);
        if (known != null) {
            return known;
        }
        // Marked provisionally so that a recursive type does not recurse forever.
        HOLDS_FREE_TEXT.put(type, false);
        boolean holds = type.getFields().stream().anyMatch(field -> isFreeText(field)
                || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && holdsFreeText(field.getMessageType()));
        HOLDS_FREE_TEXT.put(type, holds);
        return holds;
    }
}
