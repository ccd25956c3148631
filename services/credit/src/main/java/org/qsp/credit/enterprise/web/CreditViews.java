package org.qsp.credit.enterprise.web;

import java.time.Instant;
import java.util.List;

import org.qsp.credit.enterprise.CreditFile;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.Assessment.Bound;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.web.PageResponse;

/** The HTTP shapes of credit files. Enterprises get a shape that has no risk class and no points at all. */
final class CreditViews {

    private CreditViews() {
    }

    sealed interface CreditFileView permits RegulatorView, OwnView {

        static CreditFileView of(CreditFile file) {
            Enterprise e = file.enterprise();
            return file.internal()
                    ? new RegulatorView(e.uscc(), e.name(), e.region(), e.score(), e.unboundedScore(),
                            bound(e), e.riskClass(), e.explanation().stream().map(ContributionView::of).toList(),
                            ScoredRecordView.of(file), file.records().total(), file.flags())
                    : new OwnView(e.uscc(), e.name(), e.score(), RecordView.of(file), file.records().total());
        }
    }

    /**
     * A regulator's view: score, internal risk class, the record types that moved it, and what each
     * record moved it by. The score is bounded ([0, 100] by default): {@code unboundedScore} is the
     * base score plus every line of the explanation, and {@code bound} says which bound held the
     * score (FLOOR, CEILING; null within them). {@code dataQualityFlags}: how many flags the
     * enterprise has (see {@code GET /api/credit/v1/data-quality/flags?uscc=}).
     */
    record RegulatorView(String uscc, String name, String region, int score, int unboundedScore, Bound bound,
            RiskClass riskClass, List<ContributionView> explanation, List<ScoredRecordView> records,
            long recordsTotal, long dataQualityFlags) implements CreditFileView {
    }

    private static Bound bound(Enterprise e) {
        return Bound.of(e.score(), e.unboundedScore()).orElse(null);
    }

    /**
     * The counted records of one type, the points of each, and of all of them together; {@code note} says when the
     * type decides the class by itself (listed on the serious-dishonesty list: class D whatever the score).
     */
    record ContributionView(RecordType type, int records, int pointsEach, int points, String note) {

        static ContributionView of(Contribution c) {
            return new ContributionView(c.type(), c.records(), c.pointsEach(), c.points(),
                    c.type().forcesLowestClass() ? "listed on the serious-dishonesty list: class "
                            + RiskClass.values()[RiskClass.values().length - 1] + " whatever the score" : null);
        }
    }

    /** An enterprise's view of its own file: its records and score, never its risk class. */
    record OwnView(String uscc, String name, int score, List<RecordView> records, long recordsTotal)
            implements CreditFileView {
    }

    /** One record as the list of records shows it: with its points to a regulator, without to the enterprise. */
    sealed interface RecordItem permits RecordView, ScoredRecordView {

        static PageResponse<? extends RecordItem> page(CreditFile file) {
            var records = file.records();
            List<? extends RecordItem> items = file.internal() ? ScoredRecordView.of(file) : RecordView.of(file);
            return new PageResponse<>(items, records.page(), records.size(), records.total());
        }
    }

    /** {@code ended}: why the record no longer counts ("repaired on …"), null while it counts. */
    record RecordView(String id, RecordType type, String sourceType, String sourceId, Instant occurredAt,
            String description, String ended) implements RecordItem {

        static List<RecordView> of(CreditFile file) {
            return file.records().items().stream().map(RecordView::of).toList();
        }

        static RecordView of(CreditRecord r) {
            return new RecordView(r.id(), r.type(), r.sourceType(), r.sourceId(), r.occurredAt(), r.description(),
                    r.endedBecause());
        }
    }

    /** A record and what it moved the score by (0 while it is not counted yet, and once it ended: see {@code ended}). */
    record ScoredRecordView(String id, RecordType type, String sourceType, String sourceId, Instant occurredAt,
            String description, int points, String ended) implements RecordItem {

        static List<ScoredRecordView> of(CreditFile file) {
            return file.records().items().stream().map(r -> new ScoredRecordView(r.id(), r.type(), r.sourceType(),
                    r.sourceId(), r.occurredAt(), r.description(), file.points(r), r.endedBecause())).toList();
        }
    }

    record EnterpriseSummary(String uscc, String name, String region, int score, RiskClass riskClass) {

        static EnterpriseSummary of(Enterprise e) {
            return new EnterpriseSummary(e.uscc(), e.name(), e.region(), e.score(), e.riskClass());
        }
    }
}
