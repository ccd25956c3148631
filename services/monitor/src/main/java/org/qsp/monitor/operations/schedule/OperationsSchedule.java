package org.qsp.monitor.operations.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.qsp.monitor.operations.OperationsService;

@Component
class OperationsSchedule {

    private static final Logger log = LoggerFactory.getLogger(OperationsSchedule.class);

    private final OperationsService operations;

    OperationsSchedule(OperationsService operations) {
        this.operations = operations;
    }

    @Scheduled(fixedDelayString = "${qsp.monitor.alerts.operations-interval:30s}", initialDelayString = "5s")
    void check() {
        try {
            operations.check();
        } catch (RuntimeException e) {
            log.warn("could not read consumer lag and dead letters from the broker: {}", e.getMessage());
        }
    }
}
