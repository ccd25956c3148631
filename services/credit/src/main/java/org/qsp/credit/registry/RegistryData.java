package org.qsp.credit.registry;

import java.util.List;

/**
 * What a source says of an enterprise of the registry (an import row, a PUT): every field, checked already.
 *
 * @param checkOverridden the USCC fails its check character and a person confirmed it is an early code that is
 *                        legal all the same (DOMAIN.md §7)
 */
public record RegistryData(String name, String region, List<Licence> licences, List<String> categories,
        RegistryStatus status, boolean checkOverridden) {

    public RegistryData {
        licences = List.copyOf(licences);
        categories = categories.stream().distinct().sorted().toList();
    }
}
