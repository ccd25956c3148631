package org.qsp.platform.test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at the in-process MongoDB-wire store, a database of its own per
 * Spring context ({@code qsp_<service>_it_<n>}): a cached context's relay keeps sweeping, and must
 * not publish what another context's test left in an outbox. A test class that brings its own store
 * (e.g. one it stops) sets {@code qsp.test.own-store=true} and {@code spring.mongodb.uri} itself.
 */
public class InProcessMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("qsp.test.own-store", Boolean.class, false)) {
            return;
        }
        String service = environment.getProperty("qsp.service.name", "service");
        environment.getPropertySources().addFirst(new MapPropertySource("qspInProcessMongo",
                Map.of("spring.mongodb.uri", InProcessMongo.uri("qsp_" + service + "_it_" + CONTEXTS.incrementAndGet()))));
    }
}
