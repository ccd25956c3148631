package org.qsp.recall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Product recalls (召回, DOMAIN.md §6): defect leads, investigations, voluntary and ordered recalls with their plans,
 * progress and summaries, deadlines, and the public recall feed.
 */
@SpringBootApplication
@EnableScheduling
public class RecallApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecallApplication.class, args);
    }
}
