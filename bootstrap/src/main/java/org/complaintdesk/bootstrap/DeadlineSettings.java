package org.complaintdesk.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.DeadlinePolicy;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The deadline rules as configured: the seed documents' time limits, or the rules of a file that
 * replaces them, and the profiles organisation units chose instead.
 */
final class DeadlineSettings {
    static final String PROFILES = "COMPLAINTS_DEADLINE_PROFILES";
    static final String RULES_FILE = "COMPLAINTS_DEADLINE_RULES_FILE";
    /** The name of the policy a rules file defines, as clocks and logs show it. */
    static final String RULES_FILE_POLICY = "rules-file";

    private DeadlineSettings() {
    }

    /**
     * The policies of {@link #PROFILES} over the default of {@link #RULES_FILE} (the seed defaults
     * without one). The shipped profiles lie over that default, so that a unit on the State Grid
     * commitment keeps the organisation's own rules wherever the commitment says nothing; the
     * profile {@value DeadlinePolicy#SEED} stays the documents' values. Every problem is added to
     * {@code problems}, a bad rule with its line.
     */
    static DeadlinePolicies read(Map<String, String> env, List<String> problems) {
        DeadlinePolicy base = DeadlinePolicy.seedDefaults();
        String file = env.get(RULES_FILE);
        if (file != null && !file.isBlank()) {
            try {
                base = rulesFile(Path.of(file.strip()));
            } catch (IOException | InvalidPathException e) {
                problems.add(RULES_FILE + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            } catch (InvalidValueException e) {
                problems.add(RULES_FILE + " " + file.strip() + " has bad rules: " + e.getMessage());
            }
        }
        DeadlinePolicy fallback = base;
        Map<String, DeadlinePolicy> profiles = new HashMap<>();
        DeadlinePolicy.shipped().forEach((name, shipped) -> profiles.put(name, name.equals(DeadlinePolicy.SEED)
                ? shipped : fallback.overlaidWith(name, shipped.rules())));
        try {
            return DeadlinePolicies.parse(env.get(PROFILES), profiles, fallback);
        } catch (InvalidValueException e) {
            problems.add(PROFILES + " must read org-unit=profile, comma-separated: " + e.getMessage());
            return DeadlinePolicies.of(fallback, Map.of());
        }
    }

    /**
     * The same policies with the review window of the handling rules, which decide whether a
     * review may still be asked for: the clock must show the window the step enforces.
     */
    static DeadlinePolicies agreeingWith(HandlingPolicy handling, DeadlinePolicies policies) {
        var window = handling.reviewWindow();
        return DeadlinePolicies.of(policies.fallback().withReviewWindow(window), policies.choices().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, choice -> choice.getValue().withReviewWindow(window))));
    }

    private static DeadlinePolicy rulesFile(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        DeadlinePolicy policy = DeadlinePolicy.parse(RULES_FILE_POLICY, text);
        if (policy.rules().isEmpty()) {
            // An empty file would silently switch every time limit off.
            throw new InvalidValueException("file", "NO_RULES", "holds no rule; leave the variable unset for the seed defaults");
        }
        return policy;
    }
}
