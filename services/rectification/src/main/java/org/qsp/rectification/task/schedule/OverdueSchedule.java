package org.qsp.rectification.task.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.qsp.rectification.RectificationProperties;
import org.qsp.rectification.task.OverdueCheck;

/** Runs the overdue check every {@code qsp.rectification.overdue-check-interval}, first after one interval. */
@Component
class OverdueSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OverdueSchedule.class);

    private final OverdueCheck check;
    private final RectificationProperties properties;

    OverdueSchedule(OverdueCheck check, RectificationProperties properties) {
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
            log.warn("overdue check failed; next run in {}: {}", properties.overdueCheckInterval(), e.toString());
        }
    }
}
