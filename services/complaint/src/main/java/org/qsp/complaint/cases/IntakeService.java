package org.qsp.complaint.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.complaint.ComplaintProperties;
import org.qsp.complaint.category.Categories;
import org.qsp.complaint.category.Category;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.store.AggregateStore;

/**
 * Intake (登记): checks a submission, derives its case ids from the filer and the Idempotency-Key, and files one case
 * (or two linked ones for a submission that is both a complaint and a report). The same key with the same submission
 * answers the cases filed the first time; with another submission 409. A crash between the two cases of a double
 * submission is healed by the client's retry, which files the missing one.
 */
@Service
public class IntakeService {

    /** How far back a receipt time may lie (a phone call logged late) and how far ahead clocks may disagree. */
    static final Duration OLDEST_RECEIPT = Duration.ofDays(30);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AggregateStore<ComplaintCase> cases;
    private final CaseDeadlines deadlines;
    private final ComplaintProperties properties;
    private final Clock clock;

    public IntakeService(AggregateStore<ComplaintCase> cases, CaseDeadlines deadlines, ComplaintProperties properties,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    /** Files the submission; {@code caller} is empty for an anonymous report. */
    public List<ComplaintCase> file(Optional<Caller> caller, String idempotencyKey, Submission submission) {
        Instant now = clock.instant();
        checkParties(caller, submission);
        Category category = Categories.require(submission.category());
        Map<String, Object> attributes = Categories.checkedAttributes(category, submission.attributes(),
                deadlines.today(now));
        Instant receivedAt = receivedAt(submission.receivedAt(), now);
        if (submission.attachments().size() > properties.maxAttachments()) {
            throw new InvalidField("too-many-attachments", "attachments",
                    "at most " + properties.maxAttachments() + " attachment references per case");
        }
        String filer = caller.map(Caller::subject).orElse(null);
        String scope = filer == null ? "anonymous" : "consumer:" + filer;
        CaseId primary = CaseId.forIntake(scope, idempotencyKey);
        String fingerprint = fingerprint(submission);
        List<ComplaintCase> filed = new ArrayList<>();
        switch (submission.kind()) {
            case COMPLAINT -> filed.add(fileOne(primary, new ComplaintCase.Filing(CaseKind.COMPLAINT, null,
                    fingerprint, filer, submission.complainant(), submission.respondent(), category.code(), attributes,
                    submission.request(), submission.facts(), submission.channel(), receivedAt,
                    submission.attachments())));
            case REPORT -> filed.add(fileOne(primary, new ComplaintCase.Filing(CaseKind.REPORT, null, fingerprint,
                    filer, submission.reporter(), submission.respondent(), category.code(), attributes, null,
                    submission.facts(), submission.channel(), receivedAt, submission.attachments())));
            case BOTH -> {
                CaseId twin = CaseId.reportTwin(scope, idempotencyKey);
                filed.add(fileOne(primary, new ComplaintCase.Filing(CaseKind.COMPLAINT, twin.value(), fingerprint,
                        filer, submission.complainant(), submission.respondent(), category.code(), attributes,
                        submission.request(), submission.facts(), submission.channel(), receivedAt,
                        submission.attachments())));
                filed.add(fileOne(twin, new ComplaintCase.Filing(CaseKind.REPORT, primary.value(), fingerprint, filer,
                        submission.complainant(), submission.respondent(), category.code(), attributes, null,
                        submission.facts(), submission.channel(), receivedAt, submission.attachments())));
            }
        }
        return filed;
    }

    private ComplaintCase fileOne(CaseId id, ComplaintCase.Filing filing) {
        Optional<ComplaintCase> existing = cases.find(id.value());
        ComplaintCase stored = existing.orElseGet(() -> cases.insertIfAbsent(
                ComplaintCase.file(id, filing, deadlines)).aggregate());
        if (!stored.fingerprint().equals(filing.fingerprint())) {
            throw CaseErrors.intakeConflict(id.value());
        }
        return stored;
    }

    private static void checkParties(Optional<Caller> caller, Submission submission) {
        boolean complaint = submission.kind() != Submission.Kind.REPORT;
        if (caller.isEmpty() && complaint) {
            throw new InvalidField("login-required", "kind", "only a report may be filed without logging in");
        }
        if (complaint && submission.complainant() == null) {
            throw new InvalidField("complainant-required", "complainant", "a complaint names its complainant");
        }
        if (complaint && submission.reporter() != null) {
            throw new InvalidField("reporter-not-allowed", "reporter",
                    "a complaint (or a submission of both) names the person as complainant only");
        }
        if (!complaint && submission.complainant() != null) {
            throw new InvalidField("complainant-not-allowed", "complainant",
                    "a report names its reporter (or nobody), not a complainant");
        }
        if (complaint && (submission.request() == null || submission.request().isBlank())) {
            throw new InvalidField("request-required", "request", "a complaint says what the complainant asks for");
        }
        if (!complaint && submission.request() != null) {
            throw new InvalidField("request-not-allowed", "request", "a report has no request of its own");
        }
    }

    private Instant receivedAt(Instant given, Instant now) {
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidField("received-in-future", "receivedAt", "must not be in the future");
        }
        if (given.isBefore(now.minus(OLDEST_RECEIPT))) {
            throw new InvalidField("received-too-long-ago", "receivedAt",
                    "must be within the last " + OLDEST_RECEIPT.toDays() + " days");
        }
        return given;
    }

    static String fingerprint(Submission submission) {
        return DerivedIds.fingerprint(submission.toString());
    }
}
