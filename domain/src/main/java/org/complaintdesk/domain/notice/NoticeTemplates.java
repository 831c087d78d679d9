package org.complaintdesk.domain.notice;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * The templates in effect: the shipped defaults for every unit, overlaid by an organisation's own
 * (for every unit, or for a unit and the units below it). The most specific template wins, as a
 * unit's deadline profile does: {@code gridco/east} covers {@code gridco/east/cs} unless that
 * unit has its own.
 */
public final class NoticeTemplates {
    private final Map<TemplateText.Key, NoticeTemplate> templates;
    private final SmsLimit sms;
    private final int overlaid;

    private NoticeTemplates(Map<TemplateText.Key, NoticeTemplate> templates, SmsLimit sms, int overlaid) {
        this.templates = Map.copyOf(templates);
        this.sms = sms;
        this.overlaid = overlaid;
    }

    /** The shipped defaults, their SMS held to {@code sms}. */
    public static NoticeTemplates shipped(SmsLimit sms) {
        return new NoticeTemplates(TemplateText.parse(ShippedTemplates.DEFAULTS, sms), sms, 0);
    }

    /**
     * These templates with those of {@code text} (the form of {@link TemplateText}) laid over
     * them; refuses the text with every bad line.
     */
    public NoticeTemplates overlaidWith(String text) {
        Map<TemplateText.Key, NoticeTemplate> own = TemplateText.parse(text, sms);
        Map<TemplateText.Key, NoticeTemplate> all = new HashMap<>(templates);
        all.putAll(own);
        return new NoticeTemplates(all, sms, overlaid + own.size());
    }

    public SmsLimit smsLimit() {
        return sms;
    }

    /** The template for a notice of {@code kind} on {@code channel} to a complainant of {@code unit}. */
    public NoticeTemplate forUnit(OrgUnitId unit, NoticeKind kind, NoticeChannel channel) {
        return unit.pathFromTop().reversed().stream()
                .map(level -> templates.get(new TemplateText.Key(Optional.of(level), kind, channel)))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> templates.get(new TemplateText.Key(Optional.empty(), kind, channel)));
    }

    /** The notice the facts make for a complainant of {@code unit} on {@code channel}, times in {@code zone}. */
    public RenderedNotice render(OrgUnitId unit, NoticeChannel channel, NoticeFacts facts, ZoneId zone) {
        NoticeTemplate template = forUnit(unit, facts.kind(), channel);
        return new RenderedNotice(facts.kind(), channel, template.render(facts.values(zone), sms));
    }

    /** Which templates are in effect, for the log: counts by unit, no text and nothing personal. */
    public String describe() {
        Map<String, Integer> byUnit = new TreeMap<>(Comparator.naturalOrder());
        templates.keySet().forEach(key -> byUnit.merge(key.unit().map(OrgUnitId::value).orElse(TemplateText.EVERY_UNIT),
                1, Integer::sum));
        return "notice templates: " + templates.size() + " (" + overlaid + " from the templates file), SMS up to "
                + sms.segments() + " segments (" + sms.characters() + " characters); by unit " + byUnit;
    }

    @Override
    public String toString() {
        return "NoticeTemplates[" + templates.size() + " templates, SMS " + sms.segments() + " segments]";
    }
}
