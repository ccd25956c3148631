package org.qsp.monitor.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.alert.AlertService;

/**
 * The operators' view of the pipeline, read periodically (never per request): consumer lag per group and topic and
 * dead letters per topic from the broker, and each service's outbox backlog from its own metrics (the monitor reads
 * no other service's database). Dead letters on a topic raise an alert once a day; a group lagging beyond the bound
 * on a topic, once a day.
 */
@Service
public class OperationsService {

    private final Broker broker;
    private final ServiceMetrics metrics;
    private final AlertService alerts;
    private final MonitorProperties properties;
    private final Clock clock;
    private final AtomicReference<BrokerState> lastBroker = new AtomicReference<>(BrokerState.none());
    private final AtomicReference<OperationsState> last;

    public OperationsService(Broker broker, ServiceMetrics metrics, AlertService alerts, MonitorProperties properties,
            Clock clock) {
        this.broker = broker;
        this.metrics = metrics;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
        this.last = new AtomicReference<>(OperationsState.of(BrokerState.none(), properties.alerts().lagBound(), null,
                List.of()));
    }

    public OperationsState current() {
        return last.get();
    }

    /**
     * Reads the services' outboxes, then the broker; the outboxes are shown even when the broker does not answer
     * (its last state stays, and the broker's failure is thrown).
     */
    public OperationsState check() {
        List<OutboxPending> outbox = metrics.outboxPending();
        var outboxAt = clock.instant();
        long bound = properties.alerts().lagBound();
        BrokerState state;
        try {
            state = broker.read();
        } catch (RuntimeException e) {
            last.set(OperationsState.of(lastBroker.get(), bound, outboxAt, outbox));
            throw e;
        }
        lastBroker.set(state);
        OperationsState view = OperationsState.of(state, bound, outboxAt, outbox);
        last.set(view);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        state.deadLetters().stream().filter(d -> d.count() > 0).forEach(d -> alerts.onPlatform(
                AlertService.DEAD_LETTERS, d.topic() + ":" + today, d.topic() + " 有 " + d.count() + " 条死信，待运维处理（重放或排查）"));
        state.consumerLag().stream().filter(l -> l.lag() > bound).forEach(l -> alerts.onPlatform(
                AlertService.CONSUMER_LAG, l.group() + "/" + l.topic() + ":" + today,
                "消费组 " + l.group() + " 在 " + l.topic() + " 上积压 " + l.lag() + " 条（上限 " + bound + "）"));
        return view;
    }
}
