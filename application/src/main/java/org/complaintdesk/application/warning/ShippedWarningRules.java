package org.complaintdesk.application.warning;

import java.util.List;

/** The warning rules the service runs without a rules file: the examples of 002 ch.7 3.4.15 as issue 14 reads them. */
public final class ShippedWarningRules {
    public static final String TEXT = """
            # 10 or more complaints on one topic in one unit within 24 hours: how an outage or a gas leak shows up first
            topic-surge metric=received per=topic scope=unit:0 window=24h threshold=>=10

            # A department's satisfaction rate below 85% this month, judged on at least 20 callbacks
            department-satisfaction metric=satisfaction scope=department:0 window=month threshold=<85% minimum=20

            # More than 5% of the replies of this week late (after a breach of the reply time limit), of at least 20
            late-replies metric=late-replies scope=unit:0 window=week threshold=>5% minimum=20
            """;

    private ShippedWarningRules() {
    }

    public static List<WarningRule> rules() {
        return WarningRuleText.parse(TEXT);
    }
}
