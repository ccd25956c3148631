package org.qsp.monitor.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.Uscc;
import tools.jackson.databind.JsonNode;

/**
 * What the monitor reads from any payload, by the conventions every contract follows rather than by type: ids are
 * fields named {@code <kind>Id} (or lists {@code <kind>Ids}), a {@code sourceId} is of the kind its
 * {@code sourceType} names, the enterprise is the {@code enterprise}, {@code producer} or {@code respondent} (or a
 * top-level {@code uscc}), the region the event's {@code region} or {@code authorityRegion} or the enterprise's; an
 * event addressed to another region's authority ({@code toRegion}, a referral) is placed there, so that its regulators
 * see it, while the enterprise keeps its own region.
 * A new event type that follows them is linked and placed without a change here.
 */
public final class EventFacts {

    private static final List<String> ENTERPRISE_FIELDS = List.of("enterprise", "producer", "respondent");
    private static final List<String> REGION_FIELDS = List.of("region", "authorityRegion");
    private static final Map<String, String> SOURCE_KINDS = Map.of("SAMPLE_FAILED", "sample",
            "COMPLAINT_CLUSTER", "cluster", "REPORT", "case", "RECALL", "recall", "MANUAL", "lead");

    private final ObservedEvent event;

    private EventFacts(ObservedEvent event) {
        this.event = event;
    }

    public static EventFacts of(ObservedEvent event) {
        return new EventFacts(event);
    }

    /**
     * The event's own aggregate: {@code ce_subject}, of the kind of the payload field that holds it (a recall topic
     * carries leads, investigations and recalls) or that it is the stem of (a cluster's subject is its id without
     * the window day), else of the kind its topic is keyed by.
     */
    public SubjectRef own() {
        String subject = event.subject();
        for (SubjectRef ref : named()) {
            if (ref.id().equals(subject)) {
                return ref;
            }
        }
        if (subject != null && subject.equals(uscc().orElse(null))) {
            return new SubjectRef(subject, SubjectRef.ENTERPRISE);
        }
        for (SubjectRef ref : named()) {
            if (subject != null && ref.id().startsWith(subject)) {
                return new SubjectRef(subject, ref.kind());
            }
        }
        String key = EventCatalog.byType(event.type()).map(EventType::topic).map(t -> t.key()).orElse("subjectId");
        return new SubjectRef(subject, kindOf(key).orElse("uscc".equals(key) ? SubjectRef.ENTERPRISE : "subject"));
    }

    /** Every id the payload names, in field order, without repeats. */
    public List<SubjectRef> named() {
        Map<String, SubjectRef> refs = new LinkedHashMap<>();
        JsonNode payload = event.payload();
        for (String field : payload.propertyNames()) {
            JsonNode value = payload.get(field);
            if (field.equals("sourceId")) {
                String kind = SOURCE_KINDS.getOrDefault(payload.path("sourceType").asString(""), "source");
                add(refs, value, kind);
            } else if (field.endsWith("Ids") && value.isArray()) {
                String kind = kindOf(field.substring(0, field.length() - 1)).orElse("subject");
                value.forEach(v -> add(refs, v, kind));
            } else {
                kindOf(field).ifPresent(kind -> add(refs, value, kind));
            }
        }
        return new ArrayList<>(refs.values());
    }

    /** The ids besides the event's own aggregate: what it is linked to (a task's sample, a recall's investigation). */
    public List<SubjectRef> linked() {
        String own = event.subject();
        return named().stream().filter(r -> !r.id().equals(own)).toList();
    }

    public Optional<String> uscc() {
        JsonNode payload = event.payload();
        for (String field : ENTERPRISE_FIELDS) {
            String uscc = text(payload.path(field).path("uscc"));
            if (uscc != null) {
                return Optional.of(uscc);
            }
        }
        return Optional.ofNullable(text(payload.path("uscc")));
    }

    public Optional<String> enterpriseName() {
        JsonNode payload = event.payload();
        return ENTERPRISE_FIELDS.stream().map(f -> payload.path(f))
                .filter(e -> text(e.path("uscc")) != null && text(e.path("name")) != null)
                .map(e -> text(e.path("name"))).findFirst();
    }

    /**
     * The region the payload places the event in: the region it is addressed to ({@code toRegion}) when it names one,
     * else {@link #homeRegion()}; without one, the caller falls back on the enterprise's.
     */
    public Optional<String> region() {
        String addressed = text(event.payload().path("toRegion"));
        return Regions.isKnown(addressed) ? Optional.of(addressed) : homeRegion();
    }

    /** The region of the event's own place or enterprise ({@code region}, {@code authorityRegion}, the enterprise's). */
    public Optional<String> homeRegion() {
        JsonNode payload = event.payload();
        for (String field : REGION_FIELDS) {
            String region = text(payload.path(field));
            if (Regions.isKnown(region)) {
                return Optional.of(region);
            }
        }
        for (String field : ENTERPRISE_FIELDS) {
            String region = text(payload.path(field).path("region"));
            if (Regions.isKnown(region)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The region a well-formed USCC names (its characters 3 to 8, GB 32100), when that is a known region. */
    public static Optional<String> regionOfUscc(String uscc) {
        return uscc != null && Uscc.isWellFormed(uscc)
                ? Optional.of(new Uscc(uscc, true).regionCode()).filter(Regions::isKnown)
                : Optional.empty();
    }

    /** A text field of the payload by its dotted path, or null. */
    public String text(String path) {
        return text(at(event.payload(), path));
    }

    /** The node at a dotted path of a payload ({@code enterprise.name}); a missing node where there is none. */
    static JsonNode at(JsonNode payload, String path) {
        JsonNode node = payload;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    public Optional<Instant> instant(String path) {
        try {
            return Optional.ofNullable(text(path)).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Optional<LocalDate> date(String path) {
        try {
            return Optional.ofNullable(text(path)).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean flag(String path) {
        return at(event.payload(), path).asBoolean(false);
    }

    /**
     * The product type the payload states ({@code productClass}, as inspection's sample events carry it: FOOD,
     * MANUFACTURED or AGRICULTURAL; or {@code productType}, or {@code product.type}), upper case; payloads that
     * state none count as {@code UNCLASSIFIED}.
     */
    public String productType() {
        String type = Optional.ofNullable(text("productClass")).or(() -> Optional.ofNullable(text("productType")))
                .orElseGet(() -> text("product.type"));
        return type == null || type.isBlank() ? UNCLASSIFIED : type.toUpperCase(Locale.ROOT);
    }

    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    private static Optional<String> kindOf(String field) {
        if (field.length() > 2 && field.endsWith("Id") && !field.equals("sourceId")) {
            String kind = field.substring(0, field.length() - 2);
            return Optional.of(kind.startsWith("linked") && kind.length() > 6
                    ? Character.toLowerCase(kind.charAt(6)) + kind.substring(7) : kind);
        }
        return Optional.empty();
    }

    private static void add(Map<String, SubjectRef> refs, JsonNode value, String kind) {
        String id = text(value);
        if (id != null && !id.isBlank()) {
            refs.putIfAbsent(id, new SubjectRef(id, kind));
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
