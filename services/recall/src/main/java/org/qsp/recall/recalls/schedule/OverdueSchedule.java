package org.qsp.recall.recalls.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.schedule.Periodic;
import org.qsp.recall.RecallProperties;
import org.qsp.recall.recalls.OverdueCheck;

/** Runs the overdue check every {@code qsp.recall.overdue-check-interval}, first after one interval. */
@Configuration(proxyBeanMethods = false)
class OverdueSchedule {

    @Bean
    Periodic recallDeadlinesEveryInterval(OverdueCheck check, RecallProperties properties) {
        return Periodic.every(properties.overdueCheckInterval(), "recall overdue check", check::run);
    }
}
