package org.qsp.inspection.inspector;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The inspector directory of {@code qsp.inspection.inspectors.directory} (until issue 10's pool). */
@Component
class ConfiguredInspectors implements InspectorDirectory {

    private final InspectorProperties properties;

    ConfiguredInspectors(InspectorProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<Inspector> find(String id) {
        return Optional.ofNullable(properties.directory().get(id)).map(entry -> new Inspector(id, entry.region()));
    }
}
