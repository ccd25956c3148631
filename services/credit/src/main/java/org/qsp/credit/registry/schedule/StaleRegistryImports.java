package org.qsp.credit.registry.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.registry.RegistryImports;
import org.qsp.credit.registry.RegistryProperties;
import org.qsp.platform.schedule.Periodic;

/** Registry imports whose worker died with its process end FAILED (they already read so; this records it). */
@Configuration(proxyBeanMethods = false)
class StaleRegistryImports {

    @Bean
    Periodic staleRegistryImportsFail(RegistryImports imports, RegistryProperties properties) {
        return Periodic.every(properties.staleAfter(), "stale registry import check", imports::failStale);
    }
}
