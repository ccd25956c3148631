package org.qsp.credit.reclassification.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.support.CronTrigger;
import org.qsp.credit.reclassification.Reclassification;
import org.qsp.credit.reclassification.ReclassificationProperties;
import org.qsp.platform.schedule.Periodic;

/**
 * The monthly run on its cron (each instance fires it; the month's job id lets one start it), the sweep that resumes
 * a run whose instance died, and the same look once at start.
 */
@Configuration(proxyBeanMethods = false)
class ReclassificationSchedule {

    private final Reclassification reclassification;

    ReclassificationSchedule(Reclassification reclassification) {
        this.reclassification = reclassification;
    }

    @Bean
    SchedulingConfigurer monthlyReclassification(ReclassificationProperties properties) {
        return registrar -> registrar.addCronTask(new CronTask(() -> {
            try {
                reclassification.monthly();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ReclassificationSchedule.class)
                        .warn("the monthly re-classification did not start: {}", e.toString());
            }
        }, new CronTrigger(properties.cron(), ZoneId.of(properties.zone()))));
    }

    @Bean
    Periodic reclassificationResume(ReclassificationProperties properties) {
        return Periodic.every(properties.sweepInterval(), "re-classification resume", reclassification::resumeStale);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStart() {
        try {
            reclassification.resumeStale();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ReclassificationSchedule.class)
                    .warn("re-classification resume at start failed (the sweep tries again): {}", e.toString());
        }
    }
}
