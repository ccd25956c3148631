package org.qsp.complaint.cases.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.complaint.ComplaintProperties;
import org.qsp.complaint.cases.AcceptanceOverdueCheck;
import org.qsp.platform.schedule.Periodic;

/** Runs the acceptance-overdue check every {@code qsp.complaint.overdue-check-interval}, first after one interval. */
@Configuration(proxyBeanMethods = false)
class AcceptanceOverdueSchedule {

    @Bean
    Periodic acceptanceOverdueEveryInterval(AcceptanceOverdueCheck check, ComplaintProperties properties) {
        return Periodic.every(properties.overdueCheckInterval(), "acceptance overdue check", check::run);
    }
}
