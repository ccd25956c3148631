package org.qsp.complaint.cases.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.qsp.complaint.ComplaintProperties;
import org.qsp.complaint.cases.AcceptanceOverdueCheck;

/** Runs the acceptance-overdue check every {@code qsp.complaint.overdue-check-interval}. */
@Component
class AcceptanceOverdueSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceOverdueSchedule.class);

    private final AcceptanceOverdueCheck check;
    private final ComplaintProperties properties;

    AcceptanceOverdueSchedule(AcceptanceOverdueCheck check, ComplaintProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runOnce, properties.overdueCheckInterval(),
                properties.overdueCheckInterval()));
    }

    void runOnce() {
        try {
            check.run();
        } catch (RuntimeException e) {
            log.warn("acceptance overdue check failed; next run in {}: {}", properties.overdueCheckInterval(),
                    e.toString());
        }
    }
}
