package org.qsp.credit.list.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.qsp.credit.list.ListPolicy;
import org.qsp.credit.list.ListService;
import org.qsp.platform.schedule.Periodic;

/** The daily list check: serious entries that served their time end, abnormal ones 3 years unfixed move. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ListSchedule {

    @Bean
    Periodic creditListCheck(ListService lists, ListPolicy policy) {
        return Periodic.every(policy.checkInterval(), "credit list check", lists::check);
    }
}
