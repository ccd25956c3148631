package org.qsp.inspection.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.inspection.inspector.InspectorDirectory;
import org.qsp.platform.access.Caller;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/**
 * Use cases of a sample: record its form, record its result, read it, list a region's or an enterprise's samples;
 * and the way from a FAIL to its final verdict: the enterprise accepts or contests it, the regulator decides the
 * objection or records the re-test, the window check finalizes what nobody contested in time.
 */
@Service
public class SampleService {

    private static final Logger log = LoggerFactory.getLogger(SampleService.class);
    static final int WINDOW_BATCH = 200;

    private final AggregateStore<Sample> samples;
    private final AggregateStore<SamplingAttempt> attempts;
    private final Samples queries;
    private final Clock clock;
    private final InspectorDirectory inspectors;
    private final TimeBounds bounds;
    private final ContestWindows windows;
    private final SampleTasks tasks;

    SampleService(AggregateStore<Sample> samples, AggregateStore<SamplingAttempt> attempts, Samples queries,
            Clock clock, SampleProperties properties, InspectorDirectory inspectors, Deadlines deadlines,
            SampleTasks tasks) {
        this.tasks = tasks;
        this.samples = samples;
        this.attempts = attempts;
        this.queries = queries;
        this.clock = clock;
        this.bounds = properties.bounds();
        this.inspectors = inspectors;
        this.windows = new ContestWindows(deadlines, properties.objectionDays(), properties.retestWorkingDays());
    }

    /**
     * Records the form of an inspector who acts for the enterprise's region, co-signed by a known
     * inspector of the same authority; the same form again is answered as before, another form is a
     * conflict. A form that names its task must be one the inspector may fulfil for that enterprise (checked
     * before anything is written, {@link SampleTasks#requireTakeable}); the task then records the sample and is
     * DONE (a replay finishes what a crash left between the two writes).
     */
    public Recorded recordForm(SampleId id, SamplingForm form, Caller inspector) {
        Signatures.check(form, inspector, inspectors);
        if (attempts.find(id.value()).isPresent()) {
            throw new SampleConflict(id.value(), false);
        }
        TaskRef task = form.taskId() == null ? null
                : tasks.requireTakeable(form.taskId(), id.value(), form.enterprise().uscc(), inspector);
        var outcome = samples.insertIfAbsent(
                Sample.record(id, form, inspector.subject(), clock.instant(), bounds, task));
        if (!outcome.changed()) {
            outcome.aggregate().requireSameForm(form);
        }
        Sample sample = outcome.aggregate().taskPending()
                ? samples.update(id.value(), this::linkTask) : outcome.aggregate();
        if (sample.taskConflict()) {
            throw TaskRefused.done(form.taskId(), "another sample");
        }
        return new Recorded(sample, outcome.changed());
    }

    /**
     * Records a visit that took no sample (cannot sample, refusal) under the sample id the phone gave it, by the
     * rules a form's filer and co-signer follow; a refusal's event the platform publishes. The same report again is
     * answered as before; another one, or a form under that id, is a conflict.
     */
    public AttemptRecorded recordAttempt(SampleId id, AttemptReport report, Caller inspector) {
        Signatures.check(report.inspectorIds(), report.enterprise().region(), inspector, inspectors);
        if (samples.find(id.value()).isPresent()) {
            throw new SampleConflict(id.value(), false);
        }
        TaskRef task = report.taskId() == null ? null
                : tasks.requireTakeable(report.taskId(), id.value(), report.enterprise().uscc(), inspector);
        var outcome = attempts.insertIfAbsent(SamplingAttempt.record(id, report, inspector.subject(), clock.instant(),
                bounds, task));
        if (!outcome.changed()) {
            outcome.aggregate().requireSameReport(report);
        }
        SamplingAttempt attempt = outcome.aggregate().taskPending()
                ? attempts.update(id.value(), this::linkTask) : outcome.aggregate();
        if (attempt.taskConflict()) {
            throw TaskRefused.done(report.taskId(), "another visit");
        }
        return new AttemptRecorded(attempt, outcome.changed());
    }

    /**
     * Settles the task links that a crash left pending (the visit written, its task not yet told), each once: the
     * task's write is idempotent, so a link settled twice changes the task once.
     *
     * @return how many links this run settled
     */
    public int settlePendingTaskLinks() {
        int settled = samples.changeEach(queries::withPendingTask, WINDOW_BATCH, this::linkTask)
                + attempts.changeEach(queries::attemptsWithPendingTask, WINDOW_BATCH, this::linkTask);
        if (settled > 0) {
            log.info("{} visits' task links settled after a restart", settled);
        }
        return settled;
    }

    private void linkTask(Sample sample) {
        sample.task().filter(t -> sample.taskPending()).ifPresent(task -> sample.taskRecorded(tasks.record(task,
                sample.id().value(), TaskOutcome.SAMPLED, true, sample.recordedAt())));
    }

    private void linkTask(SamplingAttempt attempt) {
        attempt.task().filter(t -> attempt.taskPending()).ifPresent(task -> attempt.taskRecorded(tasks.record(task,
                attempt.id().value(), attempt.outcome(), attempt.closesTask(), attempt.recordedAt())));
    }

    /** A visit recorded, and whether this request recorded it or replayed it. */
    public record AttemptRecorded(SamplingAttempt attempt, boolean created) {
    }

    /** Records the result, whose event the platform publishes; the same report again is answered as before. */
    public Recorded recordResult(SampleId id, ResultReport report, Caller caller) {
        return Recorded.of(samples.change(id.value(), sample -> {
            if (!SampleAccess.mayRecordResult(caller, sample)) {
                throw notFound(id);
            }
            sample.conclude(report, caller.subject(), clock.instant(), bounds, windows);
        }));
    }

    /** The sampled enterprise accepts its FAIL: final (again: the same answer). */
    public Recorded accept(SampleId id, Caller enterprise) {
        return Recorded.of(samples.change(id.value(), sample -> {
            requireOwner(id, sample, enterprise);
            sample.accept(enterprise, clock.instant());
        }));
    }

    /** The sampled enterprise objects to its FAIL (manufactured products) within the window. */
    public Recorded object(SampleId id, String reason, Caller enterprise) {
        return contest(id, Contest.Kind.OBJECTION, reason, enterprise);
    }

    /** The sampled enterprise applies for a re-test of its FAIL (food and agricultural products) within the window. */
    public Recorded applyForRetest(SampleId id, String reason, Caller enterprise) {
        return contest(id, Contest.Kind.RETEST, reason, enterprise);
    }

    /** A regulator supervising the enterprise's region decides the objection. */
    public Recorded decideObjection(SampleId id, ObjectionDecision decision, Caller regulator) {
        return Recorded.of(samples.change(id.value(), sample -> {
            requireSupervisor(id, sample, regulator);
            sample.decideObjection(decision, regulator, clock.instant());
        }));
    }

    /** A regulator supervising the enterprise's region records the re-test's conclusion. */
    public Recorded concludeRetest(SampleId id, RetestConclusion conclusion, Caller regulator) {
        return Recorded.of(samples.change(id.value(), sample -> {
            requireSupervisor(id, sample, regulator);
            sample.concludeRetest(conclusion, regulator, clock.instant());
        }));
    }

    /**
     * Finalizes every FAIL whose window passed with no objection or re-test application, each once (a second run,
     * or another replica, finds it final).
     *
     * @return how many this run finalized
     */
    public int closePassedWindows() {
        Instant now = clock.instant();
        LocalDate today = windows.today(now);
        int closed = samples.changeEach(limit -> queries.openWithLastDayBefore(today, limit), WINDOW_BATCH,
                sample -> sample.closeWindowIfPassed(today, now));
        if (closed > 0) {
            log.info("{} failed samples became final: their objection window passed by {}", closed, today);
        }
        return closed;
    }

    public Sample get(SampleId id, Caller caller) {
        return samples.find(id.value()).filter(s -> SampleAccess.mayRead(caller, s)).orElseThrow(() -> notFound(id));
    }

    /**
     * The samples of the regions the regulator supervises (never beyond them), newest first,
     * optionally narrowed to one region ({@code region}, may be null).
     */
    public SamplePage list(String region, String uscc, Verdict verdict, int page, int size, Caller regulator) {
        return regulator.supervisedPrefixWithin(region)
                .map(prefix -> queries.search(new SampleSearch(prefix, uscc, verdict), page, size))
                .orElseGet(() -> new SamplePage(List.of(), 0));
    }

    /** The enterprise's own samples, newest first (403 {@code claim-missing} without a USCC claim). */
    public SamplePage listOwn(Verdict verdict, int page, int size, Caller enterprise) {
        return queries.search(new SampleSearch(null, enterprise.requireUscc(), verdict), page, size);
    }

    private Recorded contest(SampleId id, Contest.Kind kind, String reason, Caller enterprise) {
        return Recorded.of(samples.change(id.value(), sample -> {
            requireOwner(id, sample, enterprise);
            sample.contest(kind, reason, enterprise, clock.instant(), windows);
        }));
    }

    private static void requireOwner(SampleId id, Sample sample, Caller enterprise) {
        if (!enterprise.isEnterprise(sample.form().enterprise().uscc())) {
            throw notFound(id);
        }
    }

    private static void requireSupervisor(SampleId id, Sample sample, Caller regulator) {
        if (!regulator.supervises(sample.form().enterprise().region())) {
            throw notFound(id);
        }
    }

    private static NotFound notFound(SampleId id) {
        return new NotFound("sample", id.value());
    }
}
