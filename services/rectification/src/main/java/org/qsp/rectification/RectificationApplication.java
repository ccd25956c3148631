package org.qsp.rectification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Failed sample → rectification task → notice, acknowledgement, overdue escalation (DOMAIN.md §4). */
@SpringBootApplication
@EnableScheduling
public class RectificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(RectificationApplication.class, args);
    }
}
