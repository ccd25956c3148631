package org.qsp.inspection.sample.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.inspection.sample.SampleProperties;
import org.qsp.inspection.sample.SampleService;
import org.qsp.platform.schedule.Periodic;

/**
 * Finalizes the FAILs whose window passed unopposed every {@code qsp.inspection.samples.window-check-interval}, and
 * settles the visits' pending task links every {@code qsp.inspection.samples.task-link-interval}.
 */
@Configuration(proxyBeanMethods = false)
class ContestWindowSchedule {

    @Bean
    Periodic contestWindowsEveryInterval(SampleService samples, SampleProperties properties) {
        return Periodic.every(properties.windowCheckInterval(), "contest window check", samples::closePassedWindows);
    }

    @Bean
    Periodic pendingTaskLinksEveryInterval(SampleService samples, SampleProperties properties) {
        return Periodic.every(properties.taskLinkInterval(), "task link check", samples::settlePendingTaskLinks);
    }
}
