package org.qsp.platform.kafka;

import java.net.ConnectException;
import java.util.Set;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.qsp.contracts.ContractViolation;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.events.InvalidEvent;

/**
 * The error handling of every QSP listener (ARCHITECTURE.md §5):
 * <ul>
 * <li>transient faults (store or broker unreachable, optimistic-lock races) are retried in place,
 *     with exponential back-off, for as long as they last: never skipped;</li>
 * <li>malformed or schema-invalid events and domain rejections go to {@code <topic>-dlt} at once,
 *     with Spring Kafka's exception headers;</li>
 * <li>anything else is retried a few times, then dead-lettered.</li>
 * </ul>
 * Retries are blocking, so the order of a key's events holds.
 */
public final class ListenerErrors {

    private static final Logger log = LoggerFactory.getLogger(ListenerErrors.class);

    private static final Set<Class<? extends Throwable>> TRANSIENT = Set.of(DataAccessResourceFailureException.class,
            TransientDataAccessException.class, OptimisticLockingFailureException.class, MongoSocketException.class,
            MongoTimeoutException.class, RetriableException.class, ConnectException.class);

    private ListenerErrors() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> deadLetters,
            QspKafkaProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, ex) -> new TopicPartition(deadLetterTopic(record), record.partition()));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, properties.otherAttempts()));
        handler.addNotRetryableExceptions(InvalidEvent.class, ContractViolation.class, DomainException.class);
        handler.setBackOffFunction((record, ex) -> isTransient(ex) ? transientBackOff(properties) : null);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int attempt) {
                log.warn("delivery {} of {}-{}@{} failed: {}", attempt, record.topic(), record.partition(),
                        record.offset(), rootCause(ex).toString());
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
                log.warn("{}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                        deadLetterTopic(record), rootCause(ex).toString());
            }
        });
        return handler;
    }

    private static BackOff transientBackOff(QspKafkaProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(properties.transientBackOffMax().toMillis());
        return backOff;
    }

    static boolean isTransient(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            Throwable current = t;
            if (TRANSIENT.stream().anyMatch(c -> c.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static String deadLetterTopic(ConsumerRecord<?, ?> record) {
        return record.topic() + "-dlt";
    }
}
