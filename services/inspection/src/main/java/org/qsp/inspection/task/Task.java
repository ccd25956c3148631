package org.qsp.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.inspection.sample.TaskOutcome;
import org.qsp.platform.access.Caller;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A sampling task (抽样任务) for a pair of inspectors: what to sample (the enterprise by USCC when known, the product
 * category, for re-checks and product clusters the product), where (the GB/T 2260 region of the authority that
 * sees it), by when, and why (its type and source). A task's id derives from its source, so that a redelivered
 * event or a repeated draw opens nothing twice. A task of a draw also names the authority (region and level) and
 * year of its plan, which later draws exclude by (docs/adr/0018).
 *
 * <p>A visit that names the task fulfils it ({@link #record}): a sample or a refusal makes it DONE with that sample
 * id and outcome; a cannot-sample too, unless its reason permits a later visit, which is listed and leaves it OPEN.
 * Without a pair, any inspector acting for the task's region may take it (docs/adr/0022).
 */
@Document(Task.COLLECTION)
@CompoundIndex(name = "inspector_open_first", def = "{'inspectorIds': 1, 'status': 1, 'dueBy': 1}")
@CompoundIndex(name = "authority_category", def = "{'authorityRegion': 1, 'category': 1, 'openedAt': -1}")
@CompoundIndex(name = "year_category", def = "{'planYear': 1, 'category': 1}")
public class Task extends OutboxDocument {

    public static final String COLLECTION = "tasks";
    public static final String DESCRIPTION = "task";

    @Id
    private String id;
    private TaskType type;
    private String source;
    private String planId;
    private String authorityRegion;
    private String authorityLevel;
    private Integer planYear;
    private String uscc;
    private String region;
    private String category;
    private Product product;
    private Integer round;
    private List<String> inspectorIds;
    private TaskStatus status;
    private LocalDate dueBy;
    private Instant openedAt;
    private String sampleId;
    private TaskOutcome outcome;
    private Instant doneAt;
    private List<Visit> visits;

    private Task() {
    }

    /** A visit that did not close the task (could not sample, a later visit may): its sample id, outcome and time. */
    public record Visit(String sampleId, TaskOutcome outcome, Instant at) {
    }

    /** At most this many visits that left the task open are listed (a later one is still recorded as a sample). */
    public static final int MAX_VISITS = 20;

    /** What a targeted or re-check task is to sample, as its source named it (any part may be null). */
    public record Product(String name, String brand, String model, String batch) {
    }

    /** The id of a task from its type and source: {@code TK-} and 24 hex digits. */
    public static String idFor(TaskType type, String... source) {
        String[] parts = new String[source.length + 1];
        parts[0] = type.name();
        System.arraycopy(source, 0, parts, 1, source.length);
        return "TK-" + DerivedIds.hex(12, parts);
    }

    /** A task of a plan's draw: one per pick. */
    public static Task drawn(String drawId, String planId, String authorityRegion, String authorityLevel, int year,
            String uscc, String category, List<String> pair, LocalDate dueBy, Instant at) {
        Task task = open(idFor(TaskType.DRAWN, drawId, uscc), TaskType.DRAWN, drawId, authorityRegion, category, pair,
                dueBy, at);
        task.planId = planId;
        task.authorityLevel = authorityLevel;
        task.planYear = year;
        task.uscc = uscc;
        return task;
    }

    /** A targeted task for a complaint cluster, in the respondent's region. */
    public static Task targeted(String clusterId, String region, String uscc, String category, Product product,
            List<String> pair, LocalDate dueBy, Instant at) {
        Task task = open(idFor(TaskType.TARGETED, clusterId), TaskType.TARGETED, clusterId, region, category, pair,
                dueBy, at);
        task.uscc = uscc;
        task.product = product;
        return task;
    }

    /** A re-check (复查) of a rectification task's enterprise and product, round 1 or 2. */
    public static Task recheck(String rectificationTaskId, int round, String region, String uscc, Product product,
            List<String> pair, LocalDate dueBy, Instant at) {
        Task task = open(idFor(TaskType.RECHECK, rectificationTaskId, String.valueOf(round)), TaskType.RECHECK,
                rectificationTaskId, region, null, pair, dueBy, at);
        task.uscc = uscc;
        task.product = product;
        task.round = round;
        return task;
    }

    private static Task open(String id, TaskType type, String source, String region, String category,
            List<String> pair, LocalDate dueBy, Instant at) {
        Task task = new Task();
        task.id = id;
        task.type = type;
        task.source = source;
        task.region = region;
        task.authorityRegion = type == TaskType.DRAWN ? region : null;
        task.category = category;
        task.inspectorIds = List.copyOf(pair);
        task.status = TaskStatus.OPEN;
        task.dueBy = dueBy;
        task.openedAt = at;
        return task;
    }

    /**
     * Whether the inspector may fulfil this task: one of its pair; for a task without a pair (too few inspectors
     * free when it opened), any inspector whose authority covers its region.
     */
    public boolean takeableBy(Caller inspector) {
        return inspectorIds.isEmpty() ? inspector.actsFor(region) : inspectorIds.contains(inspector.subject());
    }

    /** Whether another visit than {@code visitId} closed the task. */
    public boolean doneByAnotherThan(String visitId) {
        return status == TaskStatus.DONE && !visitId.equals(sampleId) && !listed(visitId);
    }

    /**
     * Records a visit: one that {@code closes} makes the task DONE with its sample id and outcome (the same visit
     * again changes nothing); one that does not is listed and leaves the task as it is.
     *
     * @return false when another visit had closed the task (the caller's visit is not this task's), else true
     */
    public boolean record(String visitId, TaskOutcome visitOutcome, boolean closes, Instant at) {
        if (visitId.equals(sampleId) || listed(visitId)) {
            return true;
        }
        if (status == TaskStatus.DONE) {
            return false;
        }
        if (closes) {
            status = TaskStatus.DONE;
            sampleId = visitId;
            outcome = visitOutcome;
            doneAt = at;
        } else {
            List<Visit> listed = new java.util.ArrayList<>(visits());
            if (listed.size() < MAX_VISITS) {
                listed.add(new Visit(visitId, visitOutcome, at));
                visits = List.copyOf(listed);
            }
        }
        return true;
    }

    private boolean listed(String visitId) {
        return visits().stream().anyMatch(v -> v.sampleId().equals(visitId));
    }

    /** One of its pair, or a regulator whose authority covers its region. */
    public boolean isVisibleTo(Caller caller) {
        return inspectorIds.contains(caller.subject()) && caller.has(org.qsp.platform.access.Role.INSPECTOR)
                || caller.supervises(region);
    }

    public String id() {
        return id;
    }

    public TaskType type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String planId() {
        return planId;
    }

    public String authorityLevel() {
        return authorityLevel;
    }

    public Integer planYear() {
        return planYear;
    }

    public String uscc() {
        return uscc;
    }

    public String region() {
        return region;
    }

    public String category() {
        return category;
    }

    public Product product() {
        return product;
    }

    public Integer round() {
        return round;
    }

    public List<String> inspectorIds() {
        return inspectorIds;
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The visit that made the task DONE (null while OPEN). */
    public String sampleId() {
        return sampleId;
    }

    /** What the visit that made the task DONE did (null while OPEN). */
    public TaskOutcome outcome() {
        return outcome;
    }

    public Instant doneAt() {
        return doneAt;
    }

    /** The visits that left the task open (could not sample; a later visit may). */
    public List<Visit> visits() {
        return visits == null ? List.of() : visits;
    }
}
