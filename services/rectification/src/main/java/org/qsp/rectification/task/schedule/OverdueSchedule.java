package org.qsp.rectification.task.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.schedule.Periodic;
import org.qsp.rectification.RectificationProperties;
import org.qsp.rectification.task.OverdueCheck;

/** Runs the overdue check every {@code qsp.rectification.overdue-check-interval}, first after one interval. */
@Configuration(proxyBeanMethods = false)
class OverdueSchedule {

    @Bean
    Periodic overdueCheckEveryInterval(OverdueCheck check, RectificationProperties properties) {
        return Periodic.every(properties.overdueCheckInterval(), "overdue check", check::run);
    }
}
