package org.qsp.inspection.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The shipped directory is identity's demo inspectors, with the same regions (read from identity's
 * application.yml in the source tree: inspection does not depend on identity), so that the demo
 * users can file and co-sign forms; and a directory entry is checked when the service starts.
 */
class InspectorDirectoryTest {

    record IdentityUser(String username, List<String> roles, String region) {
    }

    @Test
    void the_shipped_directory_holds_exactly_identitys_demo_inspectors_with_their_regions() throws IOException {
        Map<String, String> identityInspectors = binder(
                new FileSystemResource(Path.of("../identity/src/main/resources/application.yml")))
                .bind("qsp.identity.users", Bindable.listOf(IdentityUser.class)).get().stream()
                .filter(u -> u.roles().contains("INSPECTOR"))
                .collect(Collectors.toMap(IdentityUser::username, IdentityUser::region));

        InspectorProperties shipped = binder(new ClassPathResource("application.yml"))
                .bind("qsp.inspection.inspectors", InspectorProperties.class).get();
        var directory = new ConfiguredInspectors(shipped);

        assertThat(identityInspectors).containsEntry("inspector1", "330100").hasSizeGreaterThanOrEqualTo(2);
        assertThat(shipped.directory().keySet()).isEqualTo(identityInspectors.keySet());
        identityInspectors.forEach((id, region) -> assertThat(directory.find(id)).contains(new Inspector(id, region)));
        assertThat(directory.find("ent-a")).isEmpty();
        assertThat(directory.find("nobody-xyz")).isEmpty();
    }

    @Test
    void an_inspector_id_that_no_token_could_carry_is_refused_at_start() {
        assertThatThrownBy(() -> new InspectorProperties(Map.of("bad id!", new InspectorProperties.Entry("330100", null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad id!");
        assertThat(new InspectorProperties(null).directory()).isEmpty();
    }

    private static Binder binder(Resource yaml) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load(yaml.getFilename(), yaml).forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
