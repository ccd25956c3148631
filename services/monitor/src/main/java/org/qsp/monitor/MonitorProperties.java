package org.qsp.monitor;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.qsp.platform.region.Regions;

/**
 * How the monitor projects, streams, counts and alerts.
 *
 * @param zone      the time zone that decides which month an event counts in
 * @param summaries a Chinese summary template per event type: {@code {a.b}} is the payload's field {@code a.b},
 *                  {@code {a#}} the length of the list {@code a}; a type without one gets a generic summary
 * @param stream    the live stream
 * @param kpis      the KPI targets
 * @param alerts    the alert rules
 * @param services  the services whose outbox backlog the operations view shows, by name: each one's base URI,
 *                  where {@code /actuator/prometheus} answers the scrape credential
 * @param scrape    how those metrics are read
 */
@Validated
@ConfigurationProperties("qsp.monitor")
public record MonitorProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @NotNull @DefaultValue Map<String, String> summaries,
        @Valid @NotNull @DefaultValue Stream stream,
        @Valid @NotNull @DefaultValue Kpis kpis,
        @Valid @NotNull @DefaultValue Alerts alerts,
        @NotNull @DefaultValue Map<String, URI> services,
        @Valid @NotNull @DefaultValue Scrape scrape) {

    public MonitorProperties {
        summaries = Map.copyOf(summaries);
        services = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(services));
    }

    /**
     * @param password the password of the {@code prometheus} user on the services' {@code /actuator/prometheus}
     *                 (the stack's scrape credential); none: every scrape is refused and shown so
     * @param timeout  how long one service's scrape may take, connect to last byte; the services are read at once,
     *                 so one check takes at most this long
     */
    public record Scrape(
            String password,
            @NotNull @DurationMin(millis = 50) @DefaultValue("2s") Duration timeout) {
    }

    /**
     * @param ringSize      how many of the newest events one instance keeps for viewers that resume
     * @param viewerQueue   events waiting for one viewer; a viewer that lets it fill up is dropped
     * @param heartbeat     how often an idle stream gets a comment line (below every proxy's read timeout)
     * @param maxConnection how long one stream stays open before the browser reconnects (and resumes)
     */
    public record Stream(
            @Min(16) @Max(1_000_000) @DefaultValue("10000") int ringSize,
            @Min(1) @Max(100_000) @DefaultValue("256") int viewerQueue,
            @NotNull @DurationMin(millis = 100) @DefaultValue("15s") Duration heartbeat,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration maxConnection) {
    }

    /**
     * @param targets       the pass-rate target per product type (DOMAIN.md §1)
     * @param regionTargets targets of a region (and the regions it covers) that differ from {@code targets}
     * @param months        how many months a KPI request without {@code from} covers
     */
    public record Kpis(
            @NotNull @DefaultValue({"FOOD=0.985", "MANUFACTURED=0.94", "AGRICULTURAL=0.98"})
            Map<String, BigDecimal> targets,
            @NotNull @DefaultValue Map<String, Map<String, BigDecimal>> regionTargets,
            @Min(1) @Max(60) @DefaultValue("12") int months) {

        public Kpis {
            targets = Map.copyOf(targets);
            regionTargets = Map.copyOf(regionTargets);
        }

        /** The target of the most specific configured region that covers {@code region}, else the default one. */
        public Optional<BigDecimal> target(String region, String productType) {
            return regionTargets.entrySet().stream()
                    .filter(e -> e.getValue().containsKey(productType) && covers(e.getKey(), region))
                    .max(Comparator.comparingInt(e -> significantDigits(e.getKey())))
                    .map(e -> e.getValue().get(productType))
                    .or(() -> Optional.ofNullable(targets.get(productType)));
        }

        private static boolean covers(String configured, String region) {
            return Regions.covers(configured, region);
        }

        private static int significantDigits(String region) {
            return Regions.prefix(region).length();
        }
    }

    /**
     * @param rules              the rules by name, each enabled or not
     * @param passRateMinimum    samples tested in a region and month before its pass rate can raise an alert
     * @param lagBound           records a consumer group may lag behind on one topic before it raises an alert
     * @param operationsInterval how often consumer lag and dead letters are read from the broker
     */
    public record Alerts(
            @NotNull @DefaultValue Map<String, Rule> rules,
            @Min(1) @DefaultValue("20") int passRateMinimum,
            @Min(1) @DefaultValue("1000") long lagBound,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration operationsInterval) {

        public Alerts {
            rules = Map.copyOf(rules);
        }

        public Optional<Rule> rule(String name) {
            return Optional.ofNullable(rules.get(name)).filter(Rule::enabled);
        }
    }

    /**
     * One alert rule.
     *
     * @param enabled  whether it raises alerts
     * @param severity INFO, WARNING or CRITICAL
     * @param title    the alert's title (Chinese first)
     * @param types    for a rule on events: the event types it watches
     * @param field    for a rule on events: a payload field that must equal {@code equals} (none: every event)
     * @param equals   the value {@code field} must have
     */
    public record Rule(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("WARNING") Severity severity,
            @NotNull String title,
            @NotNull @DefaultValue List<String> types,
            String field,
            String equals) {

        public Rule {
            types = List.copyOf(types);
        }
    }

    public enum Severity {
        INFO, WARNING, CRITICAL
    }
}
