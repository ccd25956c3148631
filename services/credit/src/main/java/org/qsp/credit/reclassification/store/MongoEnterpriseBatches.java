package org.qsp.credit.reclassification.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.reclassification.EnterpriseBatches;

/**
 * Two cursors: {@code enterprises} by its id index, {@code records} by the {@code uscc} prefix of its
 * {@code uscc_occurredAt} index, each with the fields counting needs, merged by USCC as the run goes.
 */
@Repository
class MongoEnterpriseBatches implements EnterpriseBatches {

    /** Records read per round trip: about ten batches' worth of enterprises with 5 records each. */
    private static final int RECORDS_PER_READ = 5_000;

    private final MongoTemplate mongo;

    MongoEnterpriseBatches(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long count() {
        return mongo.estimatedCount(Enterprise.class);
    }

    @Override
    public Cursor after(String uscc, int batchSize) {
        Query enterprises = (uscc == null ? new Query() : Query.query(where("_id").gt(uscc))).with(Sort.by("_id"))
                .cursorBatchSize(batchSize);
        Query records = (uscc == null ? new Query() : Query.query(where("uscc").gt(uscc))).with(Sort.by("uscc"))
                .cursorBatchSize(RECORDS_PER_READ);
        records.fields().include("uscc", "type", "pending", "endedAt");
        return new Merged(mongo.stream(enterprises, Enterprise.class), mongo.stream(records, CreditRecord.class),
                batchSize);
    }

    /** Enterprises and records, both in USCC order: each enterprise takes the records of its USCC as they come. */
    private static final class Merged implements Cursor {

        private final Stream<Enterprise> enterpriseStream;
        private final Stream<CreditRecord> recordStream;
        private final Iterator<Enterprise> enterprises;
        private final Iterator<CreditRecord> records;
        private final int batchSize;
        private CreditRecord ahead;

        Merged(Stream<Enterprise> enterprises, Stream<CreditRecord> records, int batchSize) {
            this.enterpriseStream = enterprises;
            this.recordStream = records;
            this.enterprises = enterprises.iterator();
            this.records = records.iterator();
            this.batchSize = batchSize;
        }

        @Override
        public List<Entry> next() {
            List<Entry> batch = new ArrayList<>(batchSize);
            while (batch.size() < batchSize && enterprises.hasNext()) {
                Enterprise enterprise = enterprises.next();
                batch.add(new Entry(enterprise, recordsOf(enterprise.uscc())));
            }
            return batch;
        }

        /** The records of that USCC; those of a USCC before it (no enterprise has it) are passed over. */
        private List<CreditRecord> recordsOf(String uscc) {
            List<CreditRecord> of = new ArrayList<>();
            while (true) {
                if (ahead == null) {
                    if (!records.hasNext()) {
                        return of;
                    }
                    ahead = records.next();
                }
                int order = ahead.uscc().compareTo(uscc);
                if (order > 0) {
                    return of;
                }
                if (order == 0) {
                    of.add(ahead);
                }
                ahead = null;
            }
        }

        @Override
        public void close() {
            try (recordStream) {
                enterpriseStream.close();
            }
        }
    }
}
