package org.complaintdesk.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.notice.SmsLimit;
import org.complaintdesk.domain.validation.InvalidValueException;

/** The notice templates as configured: the shipped defaults, overlaid by an organisation's own file. */
final class NoticeSettings {
    static final String TEMPLATES_FILE = "COMPLAINTS_NOTICE_TEMPLATES_FILE";
    static final String SMS_SEGMENTS = "COMPLAINTS_NOTICE_SMS_SEGMENTS";
    static final String SENDERS = "COMPLAINTS_NOTICE_SENDERS";
    static final String CONFIRM_MINUTES = "COMPLAINTS_NOTICE_CONFIRM_MINUTES";
    /** Gateways report within seconds; half an hour leaves room for a gateway's own retries before an alert. */
    static final Duration DEFAULT_CONFIRM_WITHIN = Duration.ofMinutes(30);

    private NoticeSettings() {
    }

    /** Who signs each unit's notices; a bad entry is added to {@code problems}. */
    static NoticeSenders senders(Map<String, String> env, List<String> problems) {
        try {
            return NoticeSenders.parse(env.get(SENDERS));
        } catch (InvalidValueException e) {
            problems.add(SENDERS + " must read org-unit=name:hotline (* for every unit), comma-separated: " + e.getMessage());
            return NoticeSenders.parse(null);
        }
    }

    /** How long a gateway has to report a notice's delivery before it counts as unconfirmed. */
    static Duration confirmWithin(Map<String, String> env, List<String> problems) {
        return Duration.ofMinutes(Config.intSetting(env, CONFIRM_MINUTES, (int) DEFAULT_CONFIRM_WITHIN.toMinutes(), 1,
                7 * 24 * 60, problems));
    }

    /** The templates in effect; every problem is added to {@code problems}, a bad template with its line. */
    static NoticeTemplates read(Map<String, String> env, List<String> problems) {
        int segments = Config.intSetting(env, SMS_SEGMENTS, SmsLimit.DEFAULT.segments(), SmsLimit.MIN_SEGMENTS,
                SmsLimit.MAX_SEGMENTS, problems);
        NoticeTemplates shipped = NoticeTemplates.shipped(new SmsLimit(segments));
        String file = env.get(TEMPLATES_FILE);
        if (file == null || file.isBlank()) {
            return shipped;
        }
        try {
            return shipped.overlaidWith(Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException e) {
            problems.add(TEMPLATES_FILE + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (InvalidValueException e) {
            problems.add(TEMPLATES_FILE + " " + file.strip() + " has bad templates: " + e.getMessage());
        }
        return shipped;
    }
}
