package org.qsp.complaint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 12315 complaints and reports: intake, dispatch, acceptance, mediation, report decisions, clusters (DOMAIN.md §5). */
@SpringBootApplication
@EnableScheduling
public class ComplaintApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintApplication.class, args);
    }
}
