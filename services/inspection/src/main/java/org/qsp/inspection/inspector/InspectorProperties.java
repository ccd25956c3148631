package org.qsp.inspection.inspector;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.qsp.platform.region.KnownRegion;

/**
 * The inspector directory as configuration, checked at start: every inspector id is 1 to 64
 * letters, digits, dots, hyphens or underscores (what identity's user names are), and every region a
 * real GB/T 2260 code. A map by id, so that a deployment or a test adds inspectors to the shipped
 * ones instead of replacing the list.
 *
 * @param directory the inspectors by id (the {@code sub} of their tokens); none when not configured
 */
@Validated
@ConfigurationProperties("qsp.inspection.inspectors")
public record InspectorProperties(Map<String, @Valid @NotNull Entry> directory) {

    /**
     * @param region         the GB/T 2260 region of the inspector's authority
     * @param qualifications the product category codes the inspector may sample (the draw's inspector pool)
     * @param conflicts      USCCs of enterprises the inspector declared a conflict of interest with (回避)
     */
    public record Entry(@NotNull @KnownRegion String region, List<String> qualifications, List<String> conflicts) {

        public Entry {
            qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }
    }

    public InspectorProperties {
        directory = directory == null ? Map.of() : Map.copyOf(directory);
        directory.keySet().stream().filter(id -> !id.matches("[A-Za-z0-9._-]{1,64}")).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("qsp.inspection.inspectors.directory: '" + id
                    + "' is not an inspector id (1 to 64 letters, digits, '.', '-' or '_')");
        });
    }
}
