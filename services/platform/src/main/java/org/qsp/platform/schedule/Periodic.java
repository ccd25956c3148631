package org.qsp.platform.schedule;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A job that runs every {@code interval} (first after one interval), on the service's scheduler
 * ({@code @EnableScheduling}). A run that fails is logged at WARN and the next run comes as planned: a store that is
 * away for a while delays the job, it does not stop it. Declare it as a {@code @Bean} in the feature's
 * {@code schedule} package: {@code Periodic.every(properties.overdueCheckInterval(), "overdue check", check::run)}.
 */
public final class Periodic implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Periodic.class);

    private final Duration interval;
    private final String name;
    private final Runnable job;

    private Periodic(Duration interval, String name, Runnable job) {
        this.interval = interval;
        this.name = name;
        this.job = job;
    }

    public static Periodic every(Duration interval, String name, Runnable job) {
        return new Periodic(interval, name, job);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runOnce, interval, interval));
    }

    /** One run, failures logged (what the scheduler calls). */
    public void runOnce() {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; next run in {}: {}", name, interval, e.toString());
        }
    }
}
