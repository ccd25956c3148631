package org.qsp.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.inspection.draw.DrawAlgorithm;
import org.qsp.inspection.pool.InspectorPool;
import org.qsp.inspection.pool.PoolInspector;
import org.qsp.platform.access.Caller;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.paging.Page;
import org.qsp.platform.region.Regions;
import org.qsp.platform.store.AggregateStore;

/**
 * Opens sampling tasks (one per pick of a draw, one per complaint cluster, one per re-check request and round) and
 * shows them to their inspectors and regulators. Each task's id derives from its source: opening again opens nothing.
 */
@Service
public class TaskService {

    private final AggregateStore<Task> tasks;
    private final TaskSearch search;
    private final InspectorPool inspectors;
    private final Deadlines deadlines;
    private final TaskProperties properties;
    private final Clock clock;

    public TaskService(AggregateStore<Task> tasks, TaskSearch search, InspectorPool inspectors, Deadlines deadlines,
            TaskProperties properties, Clock clock) {
        this.tasks = tasks;
        this.search = search;
        this.inspectors = inspectors;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    /** The tasks of a draw's picks, due on the last working day on or after 31 December of the plan year... */
    public void openForDraw(String drawId, String planId, String region, String level, int year,
            List<DrawAlgorithm.Pick> picks) {
        LocalDate due = dueForYear(year);
        var now = clock.instant();
        search.insertMissing(picks.stream().map(p -> Task.drawn(drawId, planId, region, level, year, p.uscc(),
                p.category(), p.inspectorIds(), due, now)).toList());
    }

    /** A targeted task in the respondent's region (the cluster's when it names none); once per cluster. */
    public boolean openFor(ComplaintClusterDetected cluster) {
        var respondent = cluster.respondent();
        String region = respondent != null && respondent.region() != null ? respondent.region() : cluster.region();
        String uscc = respondent == null ? null : respondent.uscc();
        var mention = cluster.product();
        Task.Product product = mention == null ? null
                : new Task.Product(mention.name(), mention.brand(), mention.model(), null);
        String id = Task.idFor(TaskType.TARGETED, cluster.clusterId());
        List<String> pair = pairFor(id, region, uscc, cluster.category());
        LocalDate due = deadlines.workingDaysAfter(cluster.detectedAt(), properties.targetedWorkingDays());
        return tasks.insertIfAbsent(Task.targeted(cluster.clusterId(), region, uscc, cluster.category(), product,
                pair, due, clock.instant())).changed();
    }

    /** A re-check task for the enterprise and product; once per rectification task and round. */
    public boolean openFor(RectificationRecheckRequested request) {
        var enterprise = request.enterprise();
        var p = request.product();
        String id = Task.idFor(TaskType.RECHECK, request.taskId(), String.valueOf(request.round()));
        List<String> pair = pairFor(id, enterprise.region(), enterprise.uscc(), null);
        return tasks.insertIfAbsent(Task.recheck(request.taskId(), request.round(), enterprise.region(),
                enterprise.uscc(), new Task.Product(p.name(), p.brand(), p.model(), p.batch()), pair,
                request.dueBy(), clock.instant())).changed();
    }

    public Page<Task> mine(Caller inspector, int page, int size) {
        return search.assignedTo(inspector.subject(), page, size);
    }

    public Task visibleTo(Caller caller, String id) {
        return tasks.find(id).filter(t -> t.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound(Task.DESCRIPTION, id));
    }

    /** The working day on or after 31 December of the plan year: a draw's tasks are done within its year. */
    LocalDate dueForYear(int year) {
        return deadlines.workingDaysAfter(LocalDate.of(year, 12, 31).minusDays(1), 1);
    }

    /**
     * A pair of the inspectors whose authority covers the region, qualified for the category when one is named (all
     * otherwise); the local ones (not national) when there are two of them. None when fewer than two are free: the
     * task opens unassigned, for a regulator to assign.
     */
    private List<String> pairFor(String taskId, String region, String uscc, String category) {
        List<DrawAlgorithm.Examiner> covering = inspectors.withRegionPrefix("").stream()
                .filter(i -> Regions.covers(i.region(), region))
                .filter(i -> category == null || i.qualifiedFor(category)).map(TaskService::examiner).toList();
        List<DrawAlgorithm.Examiner> local = covering.stream()
                .filter(e -> !Regions.NATIONAL.equals(regionOf(e.id()))).toList();
        List<String> pair = DrawAlgorithm.pairOrNone(taskId, uscc, local);
        return pair.isEmpty() ? DrawAlgorithm.pairOrNone(taskId, uscc, covering) : pair;
    }

    private String regionOf(String inspectorId) {
        return inspectors.entry(inspectorId).map(PoolInspector::region).orElse("");
    }

    private static DrawAlgorithm.Examiner examiner(PoolInspector i) {
        return new DrawAlgorithm.Examiner(i.id(), i.qualifications(), i.conflicts());
    }
}
