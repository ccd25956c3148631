package org.qsp.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo users' regions are real: GB/T 2260 codes of the table the services check regions
 * against (platform's {@code qsp/regions/gbt2260.csv}, read from the source tree: identity does not
 * depend on platform), or QSP's national 100000. A made-up region would give a token whose holder
 * sees nothing and may file nothing.
 */
class DemoUserRegionsTest {

    private static final Path TABLE = Path.of("../platform/src/main/resources/qsp/regions/gbt2260.csv");

    @Test
    void every_shipped_demo_user_with_a_region_has_a_real_one() throws IOException {
        Set<String> known = Files.readAllLines(TABLE).stream().filter(line -> line.matches("\\d{6},.*"))
                .map(line -> line.substring(0, 6)).collect(Collectors.toSet());
        known.add("100000");

        UserProperties shipped = shipped();

        assertThat(shipped.users()).filteredOn(u -> u.region() != null).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(u -> assertThat(known).as("region of %s", u.username()).contains(u.region()));
        assertThat(known).doesNotContain("000000", "999999");
    }

    private static UserProperties shipped() throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment)).bind("qsp.identity", UserProperties.class)
                .get();
    }
}
