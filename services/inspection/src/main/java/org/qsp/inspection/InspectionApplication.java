package org.qsp.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Supervisory sampling (监督抽查): sampling forms, test results and the events they raise. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(InspectionApplication.class, args);
    }
}
