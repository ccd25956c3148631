package org.qsp.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at the in-process MongoDB-wire store, database
 * {@code qsp_<service>_it}, unless the test class set {@code spring.mongodb.uri} itself.
 */
public class InProcessMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("qsp.test.own-store", Boolean.class, false)) {
            return;
        }
        String service = environment.getProperty("qsp.service.name", "service");
        environment.getPropertySources().addFirst(new MapPropertySource("qspInProcessMongo",
                Map.of("spring.mongodb.uri", InProcessMongo.uri("qsp_" + service + "_it"))));
    }
}
