package org.qsp.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Supervisory sampling (监督抽查): plans, pools and their reproducible draws, inspector tasks, sampling forms, test
 * results, the objection window before a verdict is final, and the events they raise.
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class InspectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(InspectionApplication.class, args);
    }
}
