package org.qsp.recall.recalls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.recall.RecallPlanAccepted;
import org.qsp.contracts.recall.RecallProgressReported;
import org.qsp.contracts.recall.RecallTerminated;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.DeadlineKind;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.RecallDeadlines;

/**
 * A recall (召回): voluntary or ordered, its classification, its plan and the regulator's reviews, its progress
 * reports and completion summary, its deadlines, and what the public sees of it ({@link Publication}). Each change
 * and the events it raises are one document write. An ordered recall is public from the order, a voluntary one from
 * the acceptance of its plan.
 */
@Document(Recall.COLLECTION)
@CompoundIndex(name = "region_newest_first", def = "{'region': 1, 'initiatedAt': -1}")
@CompoundIndex(name = "producer_newest_first", def = "{'producer.uscc': 1, 'initiatedAt': -1}")
@CompoundIndex(name = "next_deadline", def = "{'nextDueAt': 1}")
@CompoundIndex(name = "feed_order", def = "{'publication.dates.lastPublished': 1, '_id': 1}")
public class Recall extends OutboxDocument {

    public static final String COLLECTION = "recalls";
    public static final String DESCRIPTION = "recall";

    @Id
    private String id;
    private RecallKind kind;
    private String investigationId;
    private String region;
    private Producer producer;
    private Product product;
    private Classification classification;
    private HazardType hazardType;
    private String hazard;
    private RecallStatus status;
    private RecallPlan plan;
    private String filedBy;
    private String fingerprint;
    private String orderedBy;
    private Instant initiatedAt;
    private Instant classifiedAt;
    private Instant acceptedAt;
    private Instant closedAt;
    private Closure closure;
    private List<Review> reviews = new ArrayList<>();
    private List<ProgressReport> reports = new ArrayList<>();
    private Summary summary;
    private List<Deadline> deadlines = new ArrayList<>();
    private Instant nextDueAt;
    private boolean overdue;
    private Publication publication;
    private Instant updatedAt;

    private Recall() {
    }

    /** What an ordered recall is about (its investigation's subject), and how the regulator classified it. */
    public record Order(String investigationId, DefectSubject subject, Classification classification,
            HazardType hazardType, String orderedBy) {
    }

    /** The producer files a voluntary recall with its plan (raises RecallInitiated, kind VOLUNTARY). */
    public static Recall fileVoluntary(RecallId id, String investigationId, String region, RecallPlan plan,
            String filedBy, String fingerprint, Instant at) {
        Recall r = new Recall();
        r.id = id.value();
        r.kind = RecallKind.VOLUNTARY;
        r.investigationId = investigationId;
        r.region = region;
        r.takeDetailsOf(plan);
        r.status = RecallStatus.PLAN_SUBMITTED;
        r.plan = plan;
        r.filedBy = filedBy;
        r.fingerprint = fingerprint;
        r.initiatedAt = at;
        r.updatedAt = at;
        r.raise(r.initiated(null));
        return r;
    }

    /**
     * The regulator orders the recall (raises RecallInitiated, kind ORDERED) and publishes it. Its plan is due within
     * the food level's start time, or within the configured working days for a consumer product.
     */
    public static Recall order(RecallId id, Order order, Instant at, RecallDeadlines rules) {
        Recall r = new Recall();
        r.id = id.value();
        r.kind = RecallKind.ORDERED;
        r.investigationId = order.investigationId();
        r.region = order.subject().region();
        r.producer = order.subject().producer();
        r.product = order.subject().product();
        r.classification = order.classification();
        r.hazardType = order.hazardType();
        r.hazard = order.subject().hazard();
        r.status = RecallStatus.PLAN_REQUIRED;
        r.orderedBy = order.orderedBy();
        r.initiatedAt = at;
        r.classifiedAt = at;
        Deadline plan;
        if (r.classification.ofFood()) {
            plan = Deadline.due(DeadlineKind.START, null, rules.start(at, r.classification.level()));
        } else {
            LocalDate lastDay = rules.plan(at);
            plan = Deadline.due(DeadlineKind.PLAN, lastDay, rules.missedFrom(lastDay));
        }
        r.deadlines.add(plan);
        r.changed(at);
        r.publish(at);
        r.raise(r.initiated(plan.missedFrom()));
        return r;
    }

    /**
     * The producer files the plan of an ordered recall, or files it again after the regulator asked for changes. The
     * classification of an ordered recall is the order's. The same plan again changes nothing.
     */
    public void submitPlan(Caller caller, RecallPlan submitted, Instant at) {
        requireProducer(caller);
        if (!submitted.producer().uscc().equals(producer.uscc())) {
            throw new InvalidField("producer-differs", "producer.uscc", "recall " + id + " is of " + producer.uscc());
        }
        if (kind == RecallKind.ORDERED && !submitted.classification().equals(classification)) {
            throw new InvalidField("classification-set-by-order", classification.ofFood() ? "level" : "riskLevel",
                    "the order classified recall " + id + " as " + classification.productType() + " "
                            + (classification.ofFood() ? "level " + classification.level()
                                    : classification.riskLevel()));
        }
        if (status == RecallStatus.PLAN_SUBMITTED && submitted.equals(plan)) {
            return;
        }
        status = status.to(RecallStatus.PLAN_SUBMITTED, id);
        plan = submitted;
        meet(at, DeadlineKind.PLAN, DeadlineKind.START);
        changed(at);
    }

    /**
     * The regulator of the recall's region accepts the plan, which publishes the recall and starts its deadlines
     * (raises RecallPlanAccepted); or asks for changes with notes. The same review again changes nothing.
     */
    public void review(Caller caller, Review.Decision decision, String notes, Instant at, RecallDeadlines rules) {
        requireHandler(caller);
        if (decision == Review.Decision.ACCEPT) {
            if (status == RecallStatus.ONGOING) {
                return;
            }
            status = status.to(RecallStatus.ONGOING, id);
            acceptedAt = at;
            if (kind == RecallKind.VOLUNTARY) {
                classifiedAt = at;
            }
            takeDetailsOf(plan);
            startDeadlines(at, rules);
            reviews.add(new Review(decision, null, at));
            changed(at);
            publish(at);
            raise(new RecallPlanAccepted(id, kind.name(), producer.ref(), product.ref(),
                    classification.productType().name(), classification.level(), classification.riskLevelName(),
                    hazardType.name(), plan.remedies().stream().map(Enum::name).toList(), plan.quantityAffected(),
                    plan.schedule().start(), plan.schedule().end(), lastDayOf(DeadlineKind.COMPLETION),
                    lastDayOf(DeadlineKind.SUMMARY), lastDayOf(DeadlineKind.PROGRESS_REPORT), at));
            return;
        }
        if (status == RecallStatus.CHANGES_REQUESTED && notes.equals(reviews.getLast().notes())) {
            return;
        }
        status = status.to(RecallStatus.CHANGES_REQUESTED, id);
        reviews.add(new Review(decision, notes, at));
        changed(at);
    }

    /**
     * The producer reports progress {@code number} (1, 2, …): cumulative units, never above the units affected nor
     * below the last report; the next report is due at the level's cadence (raises RecallProgressReported). The same
     * report again changes nothing; the same number with other figures is a 409.
     */
    public void reportProgress(Caller caller, int number, Units units, String note, Instant at,
            RecallDeadlines rules) {
        requireProducer(caller);
        if (number >= 1 && number <= reports.size()) {
            ProgressReport filed = reports.get(number - 1);
            if (filed.units().equals(units) && Objects.equals(filed.note(), note)) {
                return;
            }
            throw new Conflict("progress-report-conflict", "progress report " + number + " of recall " + id
                    + " was filed with other figures");
        }
        if (status != RecallStatus.ONGOING) {
            throw new Rejected("illegal-transition", "recall " + id + " is " + status
                    + "; progress is reported while it is ONGOING");
        }
        if (number != reports.size() + 1) {
            throw new InvalidField("report-number-out-of-sequence", "reportNumber",
                    "the next progress report of recall " + id + " is number " + (reports.size() + 1));
        }
        units.check(plan.quantityAffected(), latestUnits());
        reports.add(new ProgressReport(number, units, note, at));
        meet(at, DeadlineKind.PROGRESS_REPORT);
        LocalDate next = rules.nextReport(at, classification);
        deadlines.add(Deadline.due(DeadlineKind.PROGRESS_REPORT, next, rules.missedFrom(next)));
        changed(at);
        publish(at);
        raise(new RecallProgressReported(id, producer.uscc(), number, plan.quantityAffected(), units.recovered(),
                units.repaired(), units.replaced(), units.refunded(), units.completionRate(plan.quantityAffected()),
                at));
    }

    /** The producer files the completion summary: the recall's work is done. The same summary again changes nothing. */
    public void submitSummary(Caller caller, Summary submitted, Instant at) {
        requireProducer(caller);
        if (status == RecallStatus.SUMMARY_SUBMITTED && submitted.sameAs(summary)) {
            return;
        }
        status = status.to(RecallStatus.SUMMARY_SUBMITTED, id);
        submitted.units().check(plan.quantityAffected(), latestUnits());
        summary = submitted;
        meet(at, DeadlineKind.SUMMARY, DeadlineKind.COMPLETION);
        cancel(at, DeadlineKind.PROGRESS_REPORT);
        changed(at);
        publish(at);
    }

    /**
     * The regulator closes the recall: COMPLETED after the summary (raises RecallCompleted), or TERMINATED with a
     * reason from any open state (raises RecallTerminated). Open deadlines are cancelled. Closing it again the same
     * way changes nothing.
     */
    public void close(Caller caller, Closure.Outcome outcome, String reason, Instant at) {
        requireHandler(caller);
        if (closure != null && closure.outcome() == outcome) {
            return;
        }
        if (outcome == Closure.Outcome.COMPLETED) {
            status = status.to(RecallStatus.COMPLETED, id);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidField("reason-required", "reason", "a termination gives its reason");
            }
            status = status.to(RecallStatus.TERMINATED, id);
        }
        closure = new Closure(outcome, outcome == Closure.Outcome.TERMINATED ? reason : null);
        closedAt = at;
        cancel(at, DeadlineKind.values());
        changed(at);
        if (publication != null) {
            publish(at);
        }
        if (outcome == Closure.Outcome.COMPLETED) {
            Units units = summary.units();
            raise(new RecallCompleted(id, kind.name(), producer.ref(), product.ref(), plan.quantityAffected(),
                    units.recovered(), units.repaired(), units.replaced(), units.refunded(),
                    units.completionRate(plan.quantityAffected()), at));
        } else {
            raise(new RecallTerminated(id, kind.name(), producer.ref(), product.ref(), at));
        }
    }

    /** Marks every deadline that passed by {@code now} missed, once each (raises RecallOverdue for each). */
    public void markOverdue(Instant now) {
        boolean any = false;
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            if (d.pending() && !now.isBefore(d.missedFrom())) {
                deadlines.set(i, d.missed(now));
                raise(new RecallOverdue(id, kind.name(), producer.ref(), d.kind().name(), d.missedFrom(), d.lastDay(),
                        now));
                any = true;
            }
        }
        if (any) {
            changed(now);
        }
    }

    /** The producer enterprise, or a regulator whose authority covers the recall's region. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isEnterprise(producer.uscc()) || caller.supervises(region);
    }

    /** The units of the summary, else of the last progress report, else none yet. */
    public Units latestUnits() {
        if (summary != null) {
            return summary.units();
        }
        return reports.isEmpty() ? Units.NONE : reports.getLast().units();
    }

    private void takeDetailsOf(RecallPlan filed) {
        producer = filed.producer();
        product = filed.product();
        classification = filed.classification();
        hazardType = filed.defect().hazardType();
        hazard = filed.defect().description();
    }

    private void startDeadlines(Instant at, RecallDeadlines rules) {
        if (classification.ofFood()) {
            LocalDate completion = rules.completion(at, classification.level());
            deadlines.add(Deadline.due(DeadlineKind.COMPLETION, completion, rules.missedFrom(completion)));
        }
        LocalDate summaryDue = rules.summary(plan.schedule().end());
        deadlines.add(Deadline.due(DeadlineKind.SUMMARY, summaryDue, rules.missedFrom(summaryDue)));
        LocalDate report = rules.nextReport(at, classification);
        deadlines.add(Deadline.due(DeadlineKind.PROGRESS_REPORT, report, rules.missedFrom(report)));
    }

    private void meet(Instant at, DeadlineKind... kinds) {
        deadlines.replaceAll(d -> d.open() && List.of(kinds).contains(d.kind()) ? d.met(at) : d);
    }

    private void cancel(Instant at, DeadlineKind... kinds) {
        deadlines.replaceAll(d -> d.open() && List.of(kinds).contains(d.kind()) ? d.cancelled(at) : d);
    }

    private LocalDate lastDayOf(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind && d.open()).map(Deadline::lastDay).findFirst()
                .orElse(null);
    }

    /** Keeps what the queries read in step with the deadlines: the next one to watch, and whether one is missed. */
    private void changed(Instant at) {
        nextDueAt = deadlines.stream().filter(Deadline::pending).map(Deadline::missedFrom)
                .min(Comparator.naturalOrder()).orElse(null);
        overdue = deadlines.stream().anyMatch(d -> d.open() && d.missedAt() != null);
        updatedAt = at;
    }

    private void publish(Instant at) {
        publication = Publication.of(this, at);
    }

    private RecallInitiated initiated(Instant planDueAt) {
        return new RecallInitiated(id, kind.name(), investigationId, producer.ref(), product.ref(),
                classification.productType().name(), classification.level(), classification.riskLevelName(),
                hazardType == null ? null : hazardType.name(), plan == null ? null : plan.quantityAffected(),
                planDueAt, initiatedAt);
    }

    private void requireProducer(Caller caller) {
        if (!caller.isEnterprise(producer.uscc())) {
            throw new NotFound(DESCRIPTION, id);
        }
    }

    private void requireHandler(Caller caller) {
        if (!caller.supervises(region)) {
            throw new NotFound(DESCRIPTION, id);
        }
    }

    public String id() {
        return id;
    }

    public RecallKind kind() {
        return kind;
    }

    public String investigationId() {
        return investigationId;
    }

    public String region() {
        return region;
    }

    public Producer producer() {
        return producer;
    }

    public Product product() {
        return product;
    }

    public Classification classification() {
        return classification;
    }

    public HazardType hazardType() {
        return hazardType;
    }

    public String hazard() {
        return hazard;
    }

    public RecallStatus status() {
        return status;
    }

    public RecallPlan plan() {
        return plan;
    }

    public String filedBy() {
        return filedBy;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Instant initiatedAt() {
        return initiatedAt;
    }

    public Instant classifiedAt() {
        return classifiedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Closure closure() {
        return closure;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public List<ProgressReport> reports() {
        return List.copyOf(reports);
    }

    public Summary summary() {
        return summary;
    }

    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public boolean overdue() {
        return overdue;
    }

    public Publication publication() {
        return publication;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
