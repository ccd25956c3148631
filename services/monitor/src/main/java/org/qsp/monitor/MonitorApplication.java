package org.qsp.monitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The regulator console's data (ARCHITECTURE.md §9): every catalogued event projected into timelines per subject and
 * per enterprise, KPI counters per region and month, alerts from configured rules, and a live stream of what the
 * viewer may see.
 */
@SpringBootApplication
@EnableScheduling
public class MonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonitorApplication.class, args);
    }
}
