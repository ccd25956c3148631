package org.qsp.credit.enterprise.web;

import java.time.Instant;
import java.util.List;

import org.qsp.credit.enterprise.CreditFile;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;

/** The HTTP shapes of credit files. Enterprises get a shape that has no risk class at all. */
final class CreditViews {

    private CreditViews() {
    }

    sealed interface CreditFileView permits RegulatorView, OwnView {

        static CreditFileView of(CreditFile file) {
            Enterprise e = file.enterprise();
            List<RecordView> records = file.records().stream().map(RecordView::of).toList();
            return file.internal()
                    ? new RegulatorView(e.uscc(), e.name(), e.region(), e.score(), e.riskClass(),
                            e.explanation().stream().map(ContributionView::of).toList(), records)
                    : new OwnView(e.uscc(), e.name(), e.score(), records);
        }
    }

    /** A regulator's view: score, internal risk class and which records moved the score. */
    record RegulatorView(String uscc, String name, String region, int score, RiskClass riskClass,
            List<ContributionView> explanation, List<RecordView> records) implements CreditFileView {
    }

    /** One record that moved the score, and by how many points. */
    record ContributionView(String recordId, RecordType type, int points) {

        static ContributionView of(Contribution c) {
            return new ContributionView(c.recordId(), c.type(), c.points());
        }
    }

    /** An enterprise's view of its own file: its records and score, never its risk class. */
    record OwnView(String uscc, String name, int score, List<RecordView> records) implements CreditFileView {
    }

    record RecordView(String id, RecordType type, String sourceType, String sourceId, Instant occurredAt,
            String description) {

        static RecordView of(CreditRecord r) {
            return new RecordView(r.id(), r.type(), r.sourceType(), r.sourceId(), r.occurredAt(), r.description());
        }
    }

    record EnterpriseSummary(String uscc, String name, String region, int score, RiskClass riskClass) {

        static EnterpriseSummary of(Enterprise e) {
            return new EnterpriseSummary(e.uscc(), e.name(), e.region(), e.score(), e.riskClass());
        }
    }
}
