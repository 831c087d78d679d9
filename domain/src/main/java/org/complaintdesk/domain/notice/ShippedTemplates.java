package org.complaintdesk.domain.notice;

/**
 * The notices the service ships, for every unit, kind and channel, in the text form of
 * {@link TemplateText}; the comment above each is its source. SMS leave out the unit's name:
 * the gateway puts the registered signature (【…】) in front. Each SMS fits two segments.
 */
final class ShippedTemplates {

    static final String DEFAULTS = """
            # 000 二(一)3 受理告知: accepted, what happens next and by when; ISO 10002 asks for an immediate
            # acknowledgement. The code lets the complainant look the complaint up.
            * ACCEPTANCE SMS 您的投诉已受理，工单号{ticket_number}。我们将调查核实，于{reply_due}前答复您。查询进度请用工单号和查询码{verification_code}。
            * ACCEPTANCE WECHAT 【投诉受理告知】您的投诉已受理，工单号{ticket_number}。我们将安排专人调查核实，并于{reply_due}前答复处理结果。您可凭工单号和查询码{verification_code}查询办理进度；如有疑问，请致电{hotline}。{unit_name}
            * ACCEPTANCE EMAIL 您好：\\n\\n您的投诉已受理，工单号为{ticket_number}。\\n\\n接下来，我们将安排专人调查核实，并于{reply_due}前将处理结果答复您。\\n\\n您可凭工单号和查询码{verification_code}查询办理进度；如有疑问，请致电{hotline}。\\n\\n{unit_name}

            # 000 二(一)3, 004 三.3: not accepted, with the reason, and guided to where to turn
            * DECLINE SMS 您反映的事项（工单号{ticket_number}）未能受理，原因：{decline_reason}。建议您：{where_to_turn}。咨询电话{hotline}。
            * DECLINE WECHAT 【投诉不予受理告知】您反映的事项（工单号{ticket_number}）未能受理。原因：{decline_reason}。建议您：{where_to_turn}。如有疑问，请致电{hotline}。{unit_name}
            * DECLINE EMAIL 您好：\\n\\n您反映的事项（工单号{ticket_number}）经审核未能受理。\\n\\n原因：{decline_reason}\\n\\n建议您：{where_to_turn}\\n\\n如有疑问，请致电{hotline}。\\n\\n{unit_name}

            # 002 3.4 延期告知: told before the limit runs out, with a preliminary opinion
            * EXTENSION SMS 您的投诉（工单号{ticket_number}）需进一步核实，答复时间延至{new_due}前。初步意见：{preliminary_opinion}。敬请谅解。
            * EXTENSION WECHAT 【投诉延期告知】您的投诉（工单号{ticket_number}）需进一步调查核实，答复时间延至{new_due}前。初步处理意见：{preliminary_opinion}。给您带来不便，敬请谅解；如有疑问，请致电{hotline}。{unit_name}
            * EXTENSION EMAIL 您好：\\n\\n您的投诉（工单号{ticket_number}）需进一步调查核实，答复时间延至{new_due}前。\\n\\n初步处理意见：{preliminary_opinion}\\n\\n给您带来不便，敬请谅解。如有疑问，请致电{hotline}。\\n\\n{unit_name}

            # 003 三.3(4): in a major case the complainant hears of the progress at least every 2 hours
            * PROGRESS_UPDATE SMS 您的投诉（工单号{ticket_number}）正在紧急处理：{progress}。我们将于{next_update}前再告知进展。
            * PROGRESS_UPDATE WECHAT 【处理进展告知】您的投诉（工单号{ticket_number}）正在紧急处理。目前进展：{progress}。我们将于{next_update}前再次告知进展；如有紧急情况，请致电{hotline}。{unit_name}
            * PROGRESS_UPDATE EMAIL 您好：\\n\\n您的投诉（工单号{ticket_number}）正在紧急处理。\\n\\n目前进展：{progress}\\n\\n我们将于{next_update}前再次告知进展；如有紧急情况，请致电{hotline}。\\n\\n{unit_name}

            # 002 ch.5 答复: the reply is made; 000 二(四)2: with new facts or reasons a review may be asked for
            * REPLY SMS 您的投诉（工单号{ticket_number}）已答复。如对结果不满意且有新的事实或理由，可在{review_until}前申请复查。
            * REPLY WECHAT 【投诉答复告知】您的投诉（工单号{ticket_number}）已答复。答复要点：{reply_summary}。如对结果不满意且有新的事实或理由，可在{review_until}前申请复查；咨询电话{hotline}。{unit_name}
            * REPLY EMAIL 您好：\\n\\n您的投诉（工单号{ticket_number}）已答复，书面答复另行送达。\\n\\n答复要点：{reply_summary}\\n\\n如您对处理结果不满意，且有新的事实或理由，可在{review_until}前申请复查。如有疑问，请致电{hotline}。\\n\\n{unit_name}

            # 000 二(四)1, 003 三.2(5): a callback on the result and the complainant's satisfaction
            * CALLBACK_INVITATION SMS 您的投诉（工单号{ticket_number}）已办结，我们将于{callback_due}前回访，请您评价是否满意。也可致电{hotline}评价。
            * CALLBACK_INVITATION WECHAT 【回访邀请】您的投诉（工单号{ticket_number}）已办结。我们将于{callback_due}前与您联系回访，了解您对处理结果是否满意；您也可致电{hotline}评价。感谢您的监督。{unit_name}
            * CALLBACK_INVITATION EMAIL 您好：\\n\\n您的投诉（工单号{ticket_number}）已办结。我们将于{callback_due}前与您联系回访，了解您对处理结果是否满意，您也可致电{hotline}评价。\\n\\n感谢您的监督。\\n\\n{unit_name}
            """;

    private ShippedTemplates() {
    }
}
