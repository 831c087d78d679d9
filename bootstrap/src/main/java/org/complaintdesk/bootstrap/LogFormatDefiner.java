package org.complaintdesk.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Tells logback.xml which format {@code COMPLAINTS_LOG_FORMAT} chooses. An unknown value gets the
 * plain one, so that Config's refusal of it is printed readably, rather than logback's own
 * complaint about a missing file followed by no log at all.
 */
public final class LogFormatDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogFormat.parse(System.getenv(LogFormat.FORMAT_VARIABLE)).orElse(LogFormat.PLAIN).resourceName();
    }
}
