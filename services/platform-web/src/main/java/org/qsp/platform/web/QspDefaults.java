package org.qsp.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds QSP's default properties as the lowest-precedence property sources, early enough for logging and every
 * auto-configuration: a server's application.yml, its profile files and the environment all win over them.
 * {@code qsp-web-defaults.properties} (this module: every HTTP server, the gateway too) comes after
 * {@code qsp-platform-defaults.properties} (the services' platform), so a service's platform default wins over an
 * edge default.
 */
public class QspDefaults implements EnvironmentPostProcessor {

    static final String[] RESOURCES = {"qsp-platform-defaults.properties", "qsp-web-defaults.properties"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String resource : RESOURCES) {
            ClassPathResource file = new ClassPathResource(resource);
            if (!file.exists()) {
                continue;
            }
            try {
                new PropertiesPropertySourceLoader().load(resource, file)
                        .forEach(source -> environment.getPropertySources().addLast(source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
