package org.complaintdesk.domain.deadline;

/**
 * The policies the service ships, as data in the text form of {@link RuleText}: the seed
 * documents' time limits (domain.md "Time limits") and two profiles an organisation unit may
 * choose instead. Each rule's comment is its source, shown with every clock it times.
 */
final class ShippedRules {

    /** Working days follow the official calendar (calendar-cn.md); hours and days run on the wall clock. */
    static final String SEED = """
            REGISTRATION period=1wd once
                start=REGISTERED@receipt met=ACCEPTED,DECLINED stop=WITHDRAWN
                # 002 5.2.7: registered within 1 working day of receipt; registering is done once the scope check
                # of 5.2.6 is, i.e. on acceptance or decline

            FORWARD_TO_DEPARTMENT kind=COMPLAINT period=1h
                start=REGISTERED@receipt,DISPATCH_RETURNED met=DISPATCHED stop=DECLINED,WITHDRAWN,CLOSED
                # 003 三.2(1): passed to the handling department within 1 hour (again after a returned dispatch)
            FORWARD_TO_DEPARTMENT severity=LEVEL_1 kind=COMPLAINT period=15m
                start=REGISTERED@receipt,DISPATCH_RETURNED met=DISPATCHED stop=DECLINED,WITHDRAWN,CLOSED
                # 003 三.3(1): the emergency team is called at once, read as within 15 minutes

            FIRST_CONTACT kind=COMPLAINT period=2h pause=all
                start=DISPATCHED,REDISPATCHED met=CONTACT_RECORDED stop=DISPATCH_RETURNED,WITHDRAWN,CLOSED
                # 003 三.2(2): the department contacts the complainant within 2 hours of receiving the complaint
            FIRST_CONTACT severity=LEVEL_1 kind=COMPLAINT period=30m pause=all
                start=DISPATCHED,REDISPATCHED
                met=CONTACT_RECORDED[method=IN_PERSON],INVESTIGATION_RECORDED[method=SITE_INSPECTION]
                stop=DISPATCH_RETURNED,WITHDRAWN,CLOSED
                # 003 三.3(2): the emergency team is on site within 30 minutes

            INVESTIGATION_REPORT kind=COMPLAINT period=3wd pause=all
                start=DISPATCHED met=FINDING_RECORDED stop=DISPATCH_RETURNED,WITHDRAWN,CLOSED
                # 002 5.2.8: the investigation report within 3 working days, counted from dispatch

            RESOLUTION domain=HEATING severity=LEVEL_2,LEVEL_3 kind=COMPLAINT period=24h pause=all once
                start=CONTACT_RECORDED met=RESOLUTION_PROPOSED[approval_required=false],RESOLUTION_APPROVED
                stop=WITHDRAWN,CLOSED
                # 003 三.2(3): heating complaints handled within 24 hours of the contact; level 1 is handled
                # "as fast as possible", which sets no number

            FEEDBACK_AFTER_DECISION kind=COMPLAINT period=5wd pause=all
                start=RESOLUTION_PROPOSED[approval_required=false],RESOLUTION_APPROVED met=REPLIED stop=WITHDRAWN,CLOSED
                # 002 5.2.9: the result fed back within 5 working days of the decision on it

            REPLY channel=LETTER,REGULATOR,CONSUMER_ASSOCIATION,MEDIA period=5wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 002 ch.5 §2 3.1: complaints in writing within 5 working days; third parties refer in writing
            REPLY channel=HOTLINE,CITY_HOTLINE_12345,WALK_IN period=2wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 002 ch.5 §2 3.2: complaints by phone within 2 working days; a walk-in complaint is spoken too
            REPLY channel=WEB,APP,WECHAT,EMAIL,SOCIAL_MEDIA period=3wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 002 ch.5 §2 3.3: complaints on online platforms within 3 working days

            CALLBACK kind=COMPLAINT period=24h
                start=REPLIED met=CALLBACK_RECORDED stop=WITHDRAWN,CLOSED
                # 003 三.2(5): the callback within 24 hours of the reply
            CALLBACK severity=LEVEL_1 kind=COMPLAINT period=48h
                start=REPLIED met=CALLBACK_RECORDED stop=WITHDRAWN,CLOSED
                # 003 三.3(7): after a major complaint, the callback within 48 hours of the reply

            FOLLOW_UP kind=COMPLAINT period=48h repeat=7d pause=all
                start=REGISTERED@receipt,CALLBACK_RECORDED[reopened=true],REVIEW_CONCLUDED[reopened=true]
                met=CONTACT_RECORDED stop=REPLIED,DECLINED,WITHDRAWN,CLOSED
                # 002 3.4.6(2),(3): the first follow-up within 48 hours of receipt, then at least weekly
            FOLLOW_UP severity=LEVEL_1 kind=COMPLAINT period=24h repeat=7d pause=all
                start=REGISTERED@receipt,CALLBACK_RECORDED[reopened=true],REVIEW_CONCLUDED[reopened=true]
                met=CONTACT_RECORDED stop=REPLIED,DECLINED,WITHDRAWN,CLOSED
                # 002 3.4.6(1),(3): an urgent complaint's first follow-up within 24 hours, then at least weekly

            PROGRESS_UPDATE severity=LEVEL_1 kind=COMPLAINT period=2h repeat=2h pause=all
                start=DISPATCHED,CALLBACK_RECORDED[reopened=true],REVIEW_CONCLUDED[reopened=true]
                met=CONTACT_RECORDED stop=REPLIED,DECLINED,WITHDRAWN,CLOSED
                # 003 三.3(4): the complainant hears of the progress at least every 2 hours until the result

            REVIEW_WINDOW period=30d window
                start=REPLIED met=REVIEW_REQUESTED stop=WITHDRAWN,CLOSED
                # 000 二(四)2: the complainant may ask for a review; 30 days as HandlingPolicy.reviewWindow
                # (信访工作条例 §35)
            """;

    /** Laid over {@link #SEED}: the rules here win where they match, the seed's hold elsewhere. */
    static final String STATE_GRID_COMMITMENT = """
            FIRST_CONTACT kind=COMPLAINT period=1wd pause=all once
                start=ACCEPTED met=CONTACT_RECORDED stop=WITHDRAWN,CLOSED
                # State Grid service commitment (供电服务“十项承诺”): the complainant is contacted within
                # 1 working day of acceptance
            FIRST_CONTACT severity=LEVEL_1 kind=COMPLAINT period=30m pause=all
                start=DISPATCHED,REDISPATCHED
                met=CONTACT_RECORDED[method=IN_PERSON],INVESTIGATION_RECORDED[method=SITE_INSPECTION]
                stop=DISPATCH_RETURNED,WITHDRAWN,CLOSED
                # 003 三.3(2), kept: the commitment does not relax the emergency team's 30 minutes on site
            REPLY kind=COMPLAINT period=7wd pause=all once
                start=ACCEPTED met=REPLIED stop=WITHDRAWN,CLOSED
                # State Grid service commitment: the handling opinion is answered within 7 working days of
                # acceptance
            """;

    /** Laid over {@link #SEED}: the limits of a city 12345 hotline's work orders. */
    static final String HOTLINE_12345 = """
            REPLY period=15wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 12345 hotline: a complaint is answered within 15 working days of receipt; suggestions alike,
                # as the hotline sets no other limit
            REPLY kind=CONSULTATION period=2wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # 12345 hotline: a consultation is answered within 2 working days of receipt
            CALLBACK kind=COMPLAINT period=1wd
                start=REPLIED met=CALLBACK_RECORDED stop=WITHDRAWN,CLOSED
                # 12345 hotline: the callback by the end of the working day after the ticket is closed
                # (办结, here: replied)
            """;

    private ShippedRules() {
    }
}
