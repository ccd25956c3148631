package org.qsp.inspection.draw.schedule;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.inspection.draw.DrawService;
import org.qsp.platform.schedule.Periodic;

/** A draw saved by a process that stopped before its tasks were open gets them (each task once: ids derive). */
@Configuration(proxyBeanMethods = false)
class PendingDrawTasks {

    @Bean
    Periodic drawTasksOpen(DrawService draws) {
        return Periodic.every(Duration.ofMinutes(1), "pending draw tasks", draws::openPendingTasks);
    }
}
