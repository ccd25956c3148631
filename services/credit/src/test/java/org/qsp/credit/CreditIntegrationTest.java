package org.qsp.credit;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecords;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;

/**
 * The whole service against an embedded KRaft broker and the in-process MongoDB-wire store. Every
 * integration test class extends this, so that they share one Spring context. Three consumers per
 * topic, as with three replicas: events of one enterprise on different partitions run concurrently.
 */
@QspServiceTest
@TestPropertySource(properties = "spring.kafka.listener.concurrency=3")
@Import(StoreTraffic.Configuration.class)
public abstract class CreditIntegrationTest {

    @Autowired
    protected ServiceTestKit kit;
    @Autowired
    protected CreditRecording recording;
    @Autowired
    protected CreditRecords records;
    @Autowired
    protected StoreTraffic traffic;

    /** Every record of the enterprise, newest first. */
    protected List<CreditRecord> recordsOf(String uscc) {
        return records.newest(uscc, 0, Integer.MAX_VALUE).items();
    }

    /** The enterprise once everything it raised has reached the broker. */
    protected Enterprise awaitPublished(String uscc) {
        return kit.awaitPublished(Enterprise.class, uscc);
    }

    /** The enterprise's class changes, as a final answer (call it after {@link #awaitPublished}). */
    protected List<CreditClassChanged> classChanges(String uscc) {
        return kit.published(EventCatalog.CREDIT_CLASS_CHANGED, uscc).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.CREDIT_CLASS_CHANGED)).toList();
    }

    /** An event as the platform hands it to the use case: {@code eventKey()} is {@code <source>/<id>}. */
    protected static <T> IncomingEvent<T> event(EventType<T> type, String id, String key, T payload) {
        return new IncomingEvent<>(id, type.source(), type, key, Instant.now(), key, payload);
    }
}
