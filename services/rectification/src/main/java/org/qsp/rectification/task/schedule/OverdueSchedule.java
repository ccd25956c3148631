package org.qsp.rectification.task.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.schedule.Periodic;
import org.qsp.rectification.RectificationProperties;
import org.qsp.rectification.task.OverdueCheck;
import org.qsp.rectification.task.RecheckSchedule;

/**
 * Runs the overdue check, and then the due re-checks (round 1 of overdue tasks near their re-check day, round 2 from
 * day 60 after the public notice), every {@code qsp.rectification.overdue-check-interval}, first after one interval.
 */
@Configuration(proxyBeanMethods = false)
class OverdueSchedule {

    @Bean
    Periodic overdueCheckEveryInterval(OverdueCheck check, RectificationProperties properties) {
        return Periodic.every(properties.overdueCheckInterval(), "overdue check", check::run);
    }

    @Bean
    Periodic dueRechecksEveryInterval(RecheckSchedule schedule, RectificationProperties properties) {
        return Periodic.every(properties.overdueCheckInterval(), "re-check schedule", schedule::run);
    }
}
