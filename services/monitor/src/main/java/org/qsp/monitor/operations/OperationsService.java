package org.qsp.monitor.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.alert.AlertService;

/**
 * The operators' view of the pipeline, read from the broker periodically (never per request): consumer lag per
 * group and topic, dead letters per topic. Dead letters on a topic raise an alert once a day; a group lagging
 * beyond the bound on a topic, once a day.
 */
@Service
public class OperationsService {

    private final Broker broker;
    private final AlertService alerts;
    private final MonitorProperties properties;
    private final Clock clock;
    private final AtomicReference<BrokerState> last = new AtomicReference<>(BrokerState.none());

    public OperationsService(Broker broker, AlertService alerts, MonitorProperties properties, Clock clock) {
        this.broker = broker;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
    }

    public BrokerState current() {
        return last.get();
    }

    public BrokerState check() {
        BrokerState state = broker.read();
        last.set(state);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        state.deadLetters().stream().filter(d -> d.count() > 0).forEach(d -> alerts.onPlatform(
                AlertService.DEAD_LETTERS, d.topic() + ":" + today, d.topic() + " 有 " + d.count() + " 条死信，待运维处理（重放或排查）"));
        long bound = properties.alerts().lagBound();
        state.consumerLag().stream().filter(l -> l.lag() > bound).forEach(l -> alerts.onPlatform(
                AlertService.CONSUMER_LAG, l.group() + "/" + l.topic() + ":" + today,
                "消费组 " + l.group() + " 在 " + l.topic() + " 上积压 " + l.lag() + " 条（上限 " + bound + "）"));
        return state;
    }
}
