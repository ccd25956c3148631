package org.qsp.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code qsp-platform-defaults.properties} as the lowest-precedence property source, early
 * enough for logging and every auto-configuration: a service's application.yml, its profile
 * files and the environment all win over it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "qsp-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("qspPlatformDefaults", new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
