package org.complaintdesk.adapters.report;

import java.util.Map;
import org.complaintdesk.application.statistics.Dimension;

/** The Chinese names the report shows for the keys of the statistics (enum names as stored). */
final class Labels {
    static final String NONE = "未填写";

    private static final Map<String, String> NATURES = Map.of(
            "SERVICE_QUALITY", "服务质量", "BILLING", "收费", "SAFETY", "安全", "MANAGEMENT", "管理",
            "GRID", "电网", "MARKETING", "营销", "SERVICE", "服务");
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("HOTLINE", "服务热线"), Map.entry("WEB", "网站"), Map.entry("APP", "手机应用"),
            Map.entry("WECHAT", "微信公众号"), Map.entry("EMAIL", "电子邮件"), Map.entry("LETTER", "信函"),
            Map.entry("WALK_IN", "营业厅来访"), Map.entry("SOCIAL_MEDIA", "社交媒体"),
            Map.entry("CITY_HOTLINE_12345", "12345热线"), Map.entry("REGULATOR", "监管机构"),
            Map.entry("CONSUMER_ASSOCIATION", "消费者协会"), Map.entry("MEDIA", "新闻媒体"));

    private Labels() {
    }

    static String nature(String key) {
        return label(NATURES, key);
    }

    static String channel(String key) {
        return label(CHANNELS, key);
    }

    /** A topic is shown as written. */
    static String topic(String key) {
        return key.equals(Dimension.NONE_KEY) ? NONE : key;
    }

    private static String label(Map<String, String> labels, String key) {
        // A value added to the domain after this table still shows, under its code.
        return key.equals(Dimension.NONE_KEY) ? NONE : labels.getOrDefault(key, key);
    }
}
