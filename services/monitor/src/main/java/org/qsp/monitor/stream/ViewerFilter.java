package org.qsp.monitor.stream;

import java.util.List;
import java.util.Locale;

import org.qsp.monitor.timeline.TimelineEntry;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.region.Regions;

/**
 * What one viewer may see (the events of the regions it supervises; an operator or a national regulator sees all)
 * and what it asked for: type prefixes ({@code inspection.sample} or {@code org.qsp.inspection.sample.failed.v1}),
 * a region (a division code, or a prefix of digits), an enterprise, a text in the summary, ids or type.
 */
public record ViewerFilter(Caller caller, List<String> typePrefixes, String regionPrefix, String uscc, String text) {

    private static final String TYPE_ROOT = "org.qsp.";
    private static final int REGION_CODE = 6;

    public ViewerFilter {
        typePrefixes = typePrefixes == null ? List.of() : typePrefixes.stream().map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.startsWith(TYPE_ROOT) ? t : TYPE_ROOT + t).toList();
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        uscc = uscc == null || uscc.isBlank() ? null : uscc.strip();
        regionPrefix = regionPrefix == null || regionPrefix.isBlank() ? null : asPrefix(regionPrefix.strip());
    }

    /**
     * A whole division code means that division and every one under it (330100: the city and its counties, 330000:
     * the province, 100000: the nation, with the events of no region such as platform alerts), as a regulator means it;
     * fewer digits are a literal prefix.
     */
    private static String asPrefix(String region) {
        return region.length() == REGION_CODE ? Regions.prefix(region) : region;
    }

    public boolean accepts(TimelineEntry entry) {
        return visible(entry.region())
                && (typePrefixes.isEmpty() || typePrefixes.stream().anyMatch(entry.type()::startsWith))
                && (regionPrefix == null || regionPrefix.isEmpty()
                        || entry.region() != null && entry.region().startsWith(regionPrefix))
                && (uscc == null || uscc.equals(entry.uscc()))
                && (text == null || mentions(entry));
    }

    private boolean visible(String region) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        if (region == null) {
            return caller.supervises(Regions.NATIONAL);
        }
        return caller.supervises(region);
    }

    private boolean mentions(TimelineEntry entry) {
        return contains(entry.summary()) || contains(entry.type()) || contains(entry.uscc())
                || entry.subjects().stream().anyMatch(this::contains);
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}
